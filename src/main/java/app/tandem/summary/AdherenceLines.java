package app.tandem.summary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.tandem.i18n.Messages;
import app.tandem.medication.DoseRecord;
import app.tandem.summary.SummaryStats.LateDose;
import app.tandem.summary.SummaryStats.MedicationAdherence;
import app.tandem.summary.SummaryStats.SkippedDose;

/**
 * One medication's adherence in words, the same in the weekly summary and the PDF: the figures line, then one line
 * each for late, skipped, missed and open doses and for as-needed or extra doses. Dose changes are left to the
 * caller (the PDF cannot draw every arrow).
 */
final class AdherenceLines {

	private final Messages messages;

	private final Locale locale;

	private final Function<String, String> escape;

	/**
	 * @param escape applied to the person's own words (medication names): HTML escaping for Telegram, none for the
	 * PDF
	 */
	AdherenceLines(Messages messages, Locale locale, Function<String, String> escape) {
		this.messages = messages;
		this.locale = locale;
		this.escape = escape;
	}

	/** "taken 5 of 7 scheduled (71 %): 4 on time, 1 late", or "as needed: taken 2× (…)", or empty. */
	String figures(MedicationAdherence medication) {
		if (medication.asNeededOnly()) {
			return medication.asNeeded().isEmpty() ? ""
					: messages.get(locale, "adherence.as-needed", medication.asNeeded().size(),
							days(medication.asNeeded()));
		}
		if (medication.scheduled() == 0) {
			return "";
		}
		return messages.get(locale, "adherence.scheduled", medication.taken(), medication.scheduled(),
				medication.percent(), medication.onTime(), medication.late().size());
	}

	/** The detail lines under the figures. */
	List<String> details(MedicationAdherence medication) {
		List<String> lines = new ArrayList<>();
		if (!medication.late().isEmpty()) {
			lines.add(messages.get(locale, "adherence.late",
					medication.late().stream().map(this::late).collect(Collectors.joining(", "))));
		}
		if (!medication.skipped().isEmpty()) {
			lines.add(messages.get(locale, "adherence.skipped",
					medication.skipped().stream().map(this::skipped).collect(Collectors.joining(", "))));
		}
		if (!medication.missed().isEmpty()) {
			lines.add(messages.get(locale, "adherence.missed",
					medication.missed().stream().map(this::day).collect(Collectors.joining(", "))));
		}
		if (medication.open() > 0) {
			lines.add(messages.get(locale, "adherence.open", medication.open()));
		}
		if (!medication.asNeededOnly() && !medication.asNeeded().isEmpty()) {
			lines.add(messages.get(locale, "adherence.extra", medication.asNeeded().size(),
					days(medication.asNeeded())));
		}
		return lines;
	}

	String name(MedicationAdherence medication) {
		return escape.apply(medication.name());
	}

	private String late(LateDose dose) {
		return messages.get(locale, "adherence.late.one", day(dose.date()), delay(dose.delay()));
	}

	private String skipped(SkippedDose dose) {
		String reason = (dose.reason() != null) ? messages.getOrNull(locale, "adherence.reason." + dose.reason())
				: null;
		return messages.get(locale, "adherence.skipped.one", day(dose.date()),
				(reason != null) ? reason : messages.get(locale, "adherence.reason.none"));
	}

	/** "Mon 23 Nov, Fri 27 Nov ×2". */
	private String days(List<DoseRecord> doses) {
		Map<LocalDate, Long> perDay = doses.stream()
			.collect(Collectors.groupingBy(DoseRecord::localDate, TreeMap::new, Collectors.counting()));
		return perDay.entrySet()
			.stream()
			.map(entry -> day(entry.getKey()) + ((entry.getValue() > 1) ? " ×" + entry.getValue() : ""))
			.collect(Collectors.joining(", "));
	}

	private String day(LocalDate date) {
		return SummaryText.day(date, locale);
	}

	/** "1 h 40 min", "3 h", "25 min". */
	String delay(Duration delay) {
		long minutes = delay.toMinutes();
		long hours = minutes / 60;
		long rest = minutes % 60;
		if (hours == 0) {
			return messages.get(locale, "adherence.delay.minutes", rest);
		}
		return (rest > 0) ? messages.get(locale, "adherence.delay.hours-minutes", hours, rest)
				: messages.get(locale, "adherence.delay.hours", hours);
	}

}
