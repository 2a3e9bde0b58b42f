package app.tandem.checkin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import app.tandem.chat.Html;

/**
 * A fixed-width table for Telegram's {@code <pre>}: one line per day, "–" where nothing was recorded.
 */
final class HistoryTable {

	static final String HEADER = "Date       Mood Anx Sleep  SE Note";

	private static final int EFFECTS_SHOWN = 2;

	private HistoryTable() {
	}

	static String row(LocalDate date, CheckIn entry, Locale locale) {
		String day = DateTimeFormatter.ofPattern("EEE dd MMM", locale).format(date);
		if (entry == null) {
			return String.format(Locale.ROOT, "%-10.10s %4s %3s %5s %3s %s", day, "–", "–", "–", "–", "");
		}
		String sleep = (entry.sleepHours() != null) ? CheckInRecap.hours(entry.sleepHours()) + "h" : "–";
		String effects = (entry.sideEffects() == null) ? "–"
				: entry.sideEffects().isEmpty() ? "0" : Integer.toString(entry.sideEffects().size());
		String note = (entry.note() == null) ? "" : Boolean.TRUE.equals(entry.noteForTherapist()) ? "✎★" : "✎";
		return String.format(Locale.ROOT, "%-10.10s %4s %3s %5s %3s %s", day, value(entry.mood()),
				value(entry.anxiety()), sleep, effects, note);
	}

	static String render(List<String> rows) {
		return "<pre>" + Html.escape(HEADER + "\n" + rows.stream().collect(Collectors.joining("\n"))) + "</pre>";
	}

	private static String value(Integer value) {
		return (value == null) ? "–" : value.toString();
	}

}
