package app.tandem.checkin;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import app.tandem.chat.Html;

/**
 * A fixed-width table for Telegram's {@code <pre>}: one line per day, "–" where nothing was recorded. The column
 * titles come from the bundle ({@code history.col.*}), cut to the column's width.
 */
final class HistoryTable {

	private static final String COLUMNS = "%-10.10s %4.4s %3.3s %5.5s %3.3s %s";

	private final BiFunction<String, Object[], String> words;

	private final Locale locale;

	/** @param words the text for a key and its arguments in the person's language */
	HistoryTable(BiFunction<String, Object[], String> words, Locale locale) {
		this.words = words;
		this.locale = locale;
	}

	String header() {
		return String.format(Locale.ROOT, COLUMNS, word("history.col.date"), word("history.col.mood"),
				word("history.col.anxiety"), word("history.col.sleep"), word("history.col.side-effects"),
				word("history.col.note"));
	}

	String row(LocalDate date, CheckIn entry) {
		String day = CheckInRecap.dayLabel(date, locale);
		if (entry == null) {
			return String.format(Locale.ROOT, COLUMNS, day, "–", "–", "–", "–", "");
		}
		String sleep = (entry.sleepHours() != null)
				? words.apply("history.sleep-hours", new Object[] { entry.sleepHours() }) : "–";
		String effects = (entry.sideEffects() == null) ? "–"
				: entry.sideEffects().isEmpty() ? "0" : Integer.toString(entry.sideEffects().size());
		String note = (entry.note() == null) ? "" : Boolean.TRUE.equals(entry.noteForTherapist()) ? "✎★" : "✎";
		return String.format(Locale.ROOT, COLUMNS, day, value(entry.mood()),
				value(entry.anxiety()), sleep, effects, note);
	}

	String render(List<String> rows) {
		return "<pre>" + Html.escape(header() + "\n" + rows.stream().collect(Collectors.joining("\n"))) + "</pre>";
	}

	private String word(String key) {
		return words.apply(key, new Object[0]);
	}

	private static String value(Integer value) {
		return (value == null) ? "–" : value.toString();
	}

}
