package app.tandem.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.tandem.checkin.CheckIn;
import app.tandem.i18n.Messages;
import app.tandem.medication.DoseChange;
import app.tandem.medication.Medication;
import app.tandem.summary.SummaryStats.MedicationAdherence;
import app.tandem.user.UserProfile;

/**
 * The PDF for a clinician: a title block, the chart for the period with dose changes marked, the daily table,
 * medication adherence with dose changes, a comparison of the 14 days before and after each dose change,
 * side effects, questionnaire scores and the notes flagged for the therapist; page numbers and the footer on every
 * page.
 */
@Component
class ClinicianReport {

	private final SummaryReader reader;

	private final WeeklyChartRenderer charts;

	private final Messages messages;

	private final Clock clock;

	ClinicianReport(SummaryReader reader, WeeklyChartRenderer charts, Messages messages, Clock clock) {
		this.reader = reader;
		this.charts = charts;
		this.messages = messages;
		this.clock = clock;
	}

	byte[] render(UserProfile profile, Period period, Locale locale) {
		SummaryData data = reader.read(profile.userId(), period);
		SummaryStats stats = SummaryStats.of(data);
		try (PdfWriter pdf = new PdfWriter()) {
			pdf.title(messages.get(locale, "report.title"));
			if (profile.displayName() != null && !profile.displayName().isBlank()) {
				pdf.paragraph(profile.displayName());
			}
			pdf.paragraph(messages.get(locale, "report.period", period.label(locale), period.days(),
					stats.checkIns(), LocalDate.now(clock.withZone(profile.zoneOrUtc()))));
			pdf.space(8);
			pdf.image(charts.chart(data, locale), pdf.width());
			overview(pdf, stats, locale);
			daily(pdf, data, locale);
			medications(pdf, stats, locale);
			doseChanges(pdf, data, profile.zoneOrUtc(), locale);
			sideEffects(pdf, stats, locale);
			scores(pdf, stats, locale);
			notes(pdf, stats, locale);
			return pdf.finish(messages.get(locale, "report.footer"));
		}
	}

	private void overview(PdfWriter pdf, SummaryStats stats, Locale locale) {
		pdf.heading(messages.get(locale, "report.overview"));
		if (stats.mood().hasData()) {
			pdf.paragraph(messages.get(locale, "report.scale", messages.get(locale, "chart.mood"),
					stats.mood().average(), stats.mood().lowest(), stats.mood().highest()));
		}
		if (stats.anxiety().hasData()) {
			pdf.paragraph(messages.get(locale, "report.scale", messages.get(locale, "chart.anxiety"),
					stats.anxiety().average(), stats.anxiety().lowest(), stats.anxiety().highest()));
		}
		if (stats.sleep().hasData()) {
			pdf.paragraph(messages.get(locale, "report.sleep", stats.sleep().averageHours(),
					stats.sleep().averageQuality(), stats.sleep().shortNights()));
		}
		if (stats.lifestyle().hasData()) {
			pdf.paragraph(messages.get(locale, "report.lifestyle", stats.lifestyle().exerciseDays(),
					stats.lifestyle().mindfulnessDays(), stats.lifestyle().socialDays()));
		}
	}

	private void daily(PdfWriter pdf, SummaryData data, Locale locale) {
		pdf.heading(messages.get(locale, "report.daily"));
		Map<LocalDate, CheckIn> byDate = data.inPeriod()
			.stream()
			.collect(Collectors.toMap(CheckIn::date, Function.identity()));
		List<List<String>> rows = new ArrayList<>();
		for (LocalDate date : data.period().dates()) {
			CheckIn entry = byDate.get(date);
			if (entry == null) {
				rows.add(List.of(SummaryText.day(date, locale), "-", "-", "-", "-", "", ""));
				continue;
			}
			rows.add(List.of(SummaryText.day(date, locale), value(entry.mood()), value(entry.anxiety()),
					value(entry.sleepHours()), value(entry.sleepQuality()),
					entry.sideEffectsOrEmpty().stream().map(effect -> label(effect.effect(), locale))
						.collect(Collectors.joining(", ")),
					(entry.note() != null && Boolean.TRUE.equals(entry.noteForTherapist())) ? "yes" : ""));
		}
		pdf.table(List.of(messages.get(locale, "report.col.date"), messages.get(locale, "report.col.mood"),
				messages.get(locale, "report.col.anxiety"), messages.get(locale, "report.col.sleep"),
				messages.get(locale, "report.col.quality"), messages.get(locale, "report.col.side-effects"),
				messages.get(locale, "report.col.note")), rows, new float[] { 2.2f, 1, 1.2f, 1, 1.2f, 4, 1 });
	}

	private void medications(PdfWriter pdf, SummaryStats stats, Locale locale) {
		if (stats.medications().isEmpty()) {
			return;
		}
		pdf.heading(messages.get(locale, "report.medications"));
		pdf.paragraph(messages.get(locale, "report.on-time"));
		AdherenceLines adherence = new AdherenceLines(messages, locale, Function.identity());
		for (MedicationAdherence medication : stats.medications()) {
			String figures = adherence.figures(medication);
			pdf.paragraph(medication.name() + " " + medication.dose()
					+ (figures.isEmpty() ? "" : (medication.asNeededOnly() ? ", " : ": ") + figures));
			List<String> details = new ArrayList<>(adherence.details(medication));
			for (DoseChange change : medication.changes()) {
				details.add(messages.get(locale, "report.dose-change", SummaryText.day(change.from(), locale),
						change.before().toString(), change.after().toString()));
			}
			details.forEach(detail -> pdf.paragraph("   " + detail));
		}
	}

	/**
	 * For each dose change in the period: the 14 days before against the 14 days from the change, each figure with
	 * the days it rests on, or "too few days to compare" with fewer than 5 on either side.
	 */
	private void doseChanges(PdfWriter pdf, SummaryData data, ZoneId zone, Locale locale) {
		List<String> lines = new ArrayList<>();
		for (Medication medication : data.medications()) {
			for (DoseChange change : medication.doseChangesOrEmpty()) {
				if (!data.period().contains(change.from())) {
					continue;
				}
				DoseChangeComparison comparison = DoseChangeComparison.of(change, data.checkIns(), zone);
				lines.add(messages.get(locale, "report.compare.title", medication.displayName(), change.before(),
						change.after(), SummaryText.day(change.from(), locale)));
				lines.add("   " + compare(comparison, locale, "report.compare.mood", CheckIn::mood));
				lines.add("   " + compare(comparison, locale, "report.compare.anxiety", CheckIn::anxiety));
				lines.add("   " + compare(comparison, locale, "report.compare.sleep", CheckIn::sleepHours));
				lines.add("   " + compare(comparison, locale, "report.compare.side-effects",
						entry -> (entry.sideEffects() == null) ? null : entry.sideEffects().isEmpty() ? 0 : 1));
			}
		}
		if (lines.isEmpty()) {
			return;
		}
		pdf.heading(messages.get(locale, "report.dose-changes"));
		lines.forEach(pdf::paragraph);
	}

	private String compare(DoseChangeComparison comparison, Locale locale, String labelKey,
			Function<CheckIn, ? extends Number> value) {
		DoseChangeComparison.Side before = comparison.before(value);
		DoseChangeComparison.Side after = comparison.after(value);
		String label = messages.get(locale, labelKey);
		if (!DoseChangeComparison.comparable(before, after)) {
			return messages.get(locale, "report.compare.too-few", label, before.days(), after.days(),
					DoseChangeComparison.MIN_DAYS);
		}
		if ("report.compare.side-effects".equals(labelKey)) {
			return messages.get(locale, "report.compare.side-effect-days", label,
					Math.round(before.sum()), before.days(), Math.round(after.sum()), after.days());
		}
		return messages.get(locale, "report.compare", label, String.format(locale, "%.1f", before.average()),
				before.days(), String.format(locale, "%.1f", after.average()), after.days());
	}

	private void sideEffects(PdfWriter pdf, SummaryStats stats, Locale locale) {
		if (stats.sideEffects().isEmpty()) {
			return;
		}
		pdf.heading(messages.get(locale, "report.side-effects"));
		stats.sideEffects()
			.forEach(effect -> pdf.paragraph(label(effect.effect(), locale) + ": "
					+ messages.get(locale, "report.side-effect", effect.days(),
							(effect.worst() != null) ? effect.worst().name().toLowerCase(Locale.ROOT) : "-",
							effect.medications().isEmpty() ? "-" : String.join(", ", effect.medications()))));
	}

	private void scores(PdfWriter pdf, SummaryStats stats, Locale locale) {
		if (stats.scores().isEmpty()) {
			return;
		}
		pdf.heading(messages.get(locale, "report.scores"));
		stats.scores()
			.forEach(score -> pdf.paragraph(score.label() + " " + SummaryText.day(score.date(), locale) + ": "
					+ score.total() + " (" + messages.get(locale, "questionnaire.band." + score.band()) + ")"
					+ ((score.item9() != null) ? ". " + messages.get(locale, "report.item9",
							messages.get(locale, "questionnaire.answer." + score.item9()).toLowerCase(locale)) : "")));
	}

	private void notes(PdfWriter pdf, SummaryStats stats, Locale locale) {
		if (stats.notes().isEmpty()) {
			return;
		}
		pdf.heading(messages.get(locale, "report.notes"));
		stats.notes().forEach(note -> pdf.paragraph(SummaryText.day(note.date(), locale) + ": \"" + note.text() + "\""));
	}

	private String label(String effect, Locale locale) {
		String label = messages.getOrNull(locale, "side-effect." + effect);
		return (label != null) ? label : effect;
	}

	private static String value(Number number) {
		return (number == null) ? "-" : number.toString();
	}

}
