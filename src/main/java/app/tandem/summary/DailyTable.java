package app.tandem.summary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import app.tandem.checkin.CheckIn;
import app.tandem.checkin.SideEffectReport;
import app.tandem.store.PrivateText;

/**
 * The report's day-by-day table: a row per check-in with its side effects and their severity and the start of the
 * note for the therapist (the whole note is in the notes section), and one line for each run of days without a
 * check-in ("No check-ins Sat 31 Oct – Sun 22 Nov (23 days)"), so a long period with little data stays short.
 * Notes the person kept for themself never appear.
 */
final class DailyTable {

	/** Longer notes are cut at a word and point to the notes section. */
	static final int NOTE_LENGTH = 60;

	static final float[] PROPORTIONS = { 2.1f, 1, 1.3f, 1.4f, 1.3f, 3.5f, 3.5f };

	private final ReportWords words;

	DailyTable(ReportWords words) {
		this.words = words;
	}

	List<String> header() {
		return Stream.of("date", "mood", "anxiety", "sleep", "quality", "side-effects", "note")
			.map(column -> words.get("report.col." + column))
			.toList();
	}

	List<List<String>> rows(Period period, List<CheckIn> entries) {
		Map<LocalDate, CheckIn> byDate = entries.stream()
			.collect(Collectors.toMap(CheckIn::date, Function.identity(), (a, b) -> a));
		List<List<String>> rows = new ArrayList<>();
		LocalDate emptySince = null;
		for (LocalDate date : period.dates()) {
			CheckIn entry = byDate.get(date);
			if (entry == null) {
				emptySince = (emptySince == null) ? date : emptySince;
				continue;
			}
			if (emptySince != null) {
				rows.add(List.of(empty(emptySince, date.minusDays(1))));
				emptySince = null;
			}
			rows.add(List.of(words.day(date), value(entry.mood()), value(entry.anxiety()), value(entry.sleepHours()),
					value(entry.sleepQuality()), sideEffects(entry), note(entry)));
		}
		if (emptySince != null) {
			rows.add(List.of(empty(emptySince, period.to())));
		}
		return rows;
	}

	private String empty(LocalDate from, LocalDate to) {
		int days = new Period(from, to).days();
		return words.get("report.no-check-ins", days, words.day(from), words.day(to));
	}

	private String sideEffects(CheckIn entry) {
		return entry.sideEffectsOrEmpty().stream().map(this::sideEffect).collect(Collectors.joining(", "));
	}

	private String sideEffect(SideEffectReport effect) {
		String name = words.getOr("side-effect." + effect.effect(), effect.effect());
		if (effect.severity() == null) {
			return name;
		}
		return name + " (" + words.get("checkin.severity." + effect.severity().name().toLowerCase(Locale.ROOT))
			.toLowerCase(words.locale()) + ")";
	}

	private String note(CheckIn entry) {
		List<String> parts = new ArrayList<>();
		if (entry.note() != null && Boolean.TRUE.equals(entry.noteForTherapist())) {
			parts.add(entry.note().text());
		}
		if (entry.agenda() != null) {
			entry.agenda().stream().map(PrivateText::text).forEach(parts::add);
		}
		String note = String.join(" · ", parts).strip().replaceAll("\\s+", " ");
		if (note.codePointCount(0, note.length()) <= NOTE_LENGTH) {
			return note;
		}
		String start = note.substring(0, note.offsetByCodePoints(0, NOTE_LENGTH));
		int space = start.lastIndexOf(' ');
		if (space > NOTE_LENGTH / 2) {
			start = start.substring(0, space);
		}
		return start.strip() + "… " + words.get("report.see-notes");
	}

	/** A score as is, hours with one decimal as the report's language writes it ("7.5", "7,5"). */
	private String value(Number number) {
		return (number == null) ? "–"
				: (number instanceof Double hours) ? String.format(words.locale(), "%.1f", hours) : number.toString();
	}

}
