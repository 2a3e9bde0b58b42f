package app.tandem.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import app.tandem.checkin.CheckIn;
import app.tandem.i18n.Messages;
import app.tandem.medication.DoseChange;
import app.tandem.medication.Medication;
import app.tandem.summary.SummaryStats.MedicationAdherence;
import app.tandem.user.UserProfile;

/**
 * The PDF for a clinician: a title block, the chart for the period with dose changes marked, the daily table
 * ({@link DailyTable}), medication adherence with dose changes, a comparison of the 14 days before and after each
 * dose change, side effects, questionnaire scores and the notes flagged for the therapist; page numbers and the
 * footer on every page. When a few lines would be left alone on a last page, the chart is drawn smaller (down to
 * {@value #SMALLEST_CHART} of the width) to pull them back.
 */
@Component
class ClinicianReport {

	/** Less than this many points of text alone on the last page is worth a smaller chart to avoid. */
	static final float ORPHAN = 60;

	/** The chart is never drawn smaller than this share of the page width. */
	static final float SMALLEST_CHART = 0.6f;

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
		byte[] chart = charts.chart(data, locale);
		Layout full = layout(profile, data, stats, chart, 1, locale);
		// a few lines alone on the last page: a smaller chart on page one pulls them back
		for (int tenths = 9; full.orphaned() && tenths >= Math.round(SMALLEST_CHART * 10); tenths--) {
			Layout tighter = layout(profile, data, stats, chart, tenths / 10f, locale);
			if (tighter.pages() < full.pages() || !tighter.orphaned()) {
				return tighter.pdf();
			}
		}
		return full.pdf();
	}

	private Layout layout(UserProfile profile, SummaryData data, SummaryStats stats, byte[] chart, float chartScale,
			Locale locale) {
		ReportWords words = new ReportWords(messages, locale);
		try (PdfWriter pdf = new PdfWriter()) {
			pdf.title(messages.get(locale, "report.title"));
			if (profile.displayName() != null && !profile.displayName().isBlank()) {
				pdf.paragraph(profile.displayName());
			}
			pdf.paragraph(words.get("report.period", data.period().label(locale), data.period().days(),
					stats.checkIns(), words.dayWithYear(LocalDate.now(clock.withZone(profile.zoneOrUtc())))));
			pdf.space(8);
			pdf.image(chart, pdf.width() * chartScale);
			overview(pdf, stats, words);
			daily(pdf, data, words);
			medications(pdf, stats, locale);
			doseChanges(pdf, data, profile.zoneOrUtc(), locale);
			sideEffects(pdf, stats, words);
			scores(pdf, stats, locale);
			notes(pdf, stats, locale);
			byte[] bytes = pdf.finish(messages.get(locale, "report.footer"),
					(page, pages) -> messages.get(locale, "report.page", page, pages));
			return new Layout(bytes, pdf.pages(), pdf.usedOnLastPage());
		}
	}

	private void overview(PdfWriter pdf, SummaryStats stats, ReportWords words) {
		pdf.heading(words.get("report.overview"));
		if (stats.mood().hasData()) {
			pdf.paragraph(words.get("report.scale", words.get("chart.mood"), stats.mood().average(),
					stats.mood().lowest(), stats.mood().highest()));
		}
		if (stats.anxiety().hasData()) {
			pdf.paragraph(words.get("report.scale", words.get("chart.anxiety"), stats.anxiety().average(),
					stats.anxiety().lowest(), stats.anxiety().highest()));
		}
		if (stats.sleep().hasData()) {
			pdf.paragraph(words.get("report.sleep", stats.sleep().averageHours(), stats.sleep().averageQuality(),
					stats.sleep().shortNights()));
		}
		if (stats.lifestyle().hasData()) {
			pdf.paragraph(words.get("report.lifestyle", stats.lifestyle().exerciseDays(),
					stats.lifestyle().mindfulnessDays(), stats.lifestyle().socialDays()));
		}
	}

	private void daily(PdfWriter pdf, SummaryData data, ReportWords words) {
		pdf.heading(words.get("report.daily"));
		DailyTable table = new DailyTable(words);
		pdf.table(table.header(), table.rows(data.period(), data.inPeriod()), DailyTable.PROPORTIONS);
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
			pdf.paragraph(medication.name() + " " + medication.dose().text(messages.in(locale))
					+ (figures.isEmpty() ? "" : (medication.asNeededOnly() ? ", " : ": ") + figures));
			List<String> details = new ArrayList<>(adherence.details(medication));
			for (DoseChange change : medication.changes()) {
				details.add(messages.get(locale, "report.dose-change", SummaryText.day(change.from(), locale),
						change.before().text(messages.in(locale)), change.after().text(messages.in(locale))));
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
				lines.add(messages.get(locale, "report.compare.title", medication.displayName(),
						change.before().text(messages.in(locale)), change.after().text(messages.in(locale)), SummaryText.day(change.from(), locale)));
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

	private void sideEffects(PdfWriter pdf, SummaryStats stats, ReportWords words) {
		if (stats.sideEffects().isEmpty()) {
			return;
		}
		pdf.heading(words.get("report.side-effects"));
		stats.sideEffects()
			.forEach(effect -> pdf.paragraph(words.getOr("side-effect." + effect.effect(), effect.effect()) + ": "
					+ words.get("report.side-effect", effect.days(), (effect.worst() != null)
							? words.get("checkin.severity." + effect.worst().name().toLowerCase(Locale.ROOT))
								.toLowerCase(words.locale())
							: "–", effect.medications().isEmpty() ? "–" : String.join(", ", effect.medications()))));
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

	private record Layout(byte[] pdf, int pages, float usedOnLastPage) {

		boolean orphaned() {
			return pages > 1 && usedOnLastPage < ORPHAN;
		}

	}

}
