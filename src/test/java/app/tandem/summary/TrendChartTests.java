package app.tandem.summary;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.entity.XYAnnotationEntity;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;

import app.tandem.i18n.Messages;
import app.tandem.i18n.MessagesTestAccess;
import app.tandem.medication.DoseAmount;
import app.tandem.medication.DoseChange;
import app.tandem.medication.DoseRecord;
import app.tandem.medication.DoseStatus;
import app.tandem.medication.Medication;
import app.tandem.medication.MedicationStatus;
import app.tandem.store.PrivateText;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the chart shows, read from its datasets, legend and the geometry JFreeChart records when it draws: where each
 * day's points and bar land, the dose-change labels, the legend, and the font of every word.
 */
class TrendChartTests {

	final Messages messages = MessagesTestAccess.english();

	final WeeklyChartRenderer renderer = new WeeklyChartRenderer(null, messages);

	@Test
	void shouldPlaceEachDaysSleepBarMoodAndAnxietyAtTheMiddleOfThatDay() {
		JFreeChart chart = renderer.build(SeededWeek.data(), Locale.ENGLISH);
		XYPlot plot = chart.getXYPlot();
		XYDataset lines = plot.getDataset(TrendChart.LINES);
		IntervalXYDataset bars = (IntervalXYDataset) plot.getDataset(TrendChart.BARS);

		List<LocalDate> dates = SeededWeek.WEEK.dates();
		for (int day = 0; day < dates.size(); day++) {
			double noon = dates.get(day).atTime(12, 0).toInstant(ZoneOffset.UTC).toEpochMilli();
			assertThat(lines.getXValue(0, day)).as("mood x on %s", dates.get(day)).isEqualTo(noon);
			assertThat(lines.getXValue(1, day)).as("anxiety x on %s", dates.get(day)).isEqualTo(noon);
			assertThat(bars.getXValue(0, day)).isEqualTo(noon);
			assertThat((bars.getStartXValue(0, day) + bars.getEndXValue(0, day)) / 2).as("bar centre on %s",
					dates.get(day)).isEqualTo(noon);
		}

		// and as drawn: each sleep bar's centre is under that day's mood point, to the pixel
		ChartRenderingInfo info = draw(chart);
		List<XYItemEntity> items = entities(info, XYItemEntity.class);
		for (XYItemEntity bar : items.stream().filter(item -> item.getDataset() == bars).toList()) {
			XYItemEntity point = items.stream()
				.filter(item -> item.getDataset() == lines && item.getSeriesIndex() == 0
						&& item.getItem() == bar.getItem())
				.findFirst()
				.orElseThrow();
			assertThat(bar.getArea().getBounds2D().getCenterX())
				.isCloseTo(point.getArea().getBounds2D().getCenterX(), org.assertj.core.data.Offset.offset(1.0));
		}
		assertThat(items.stream().filter(item -> item.getDataset() == bars)).hasSize(5);
	}

	@Test
	void shouldNameTheDaysInTheSameStyleAsTheReportAndSummary() {
		DateAxis axis = (DateAxis) renderer.build(SeededWeek.data(), Locale.ENGLISH).getXYPlot().getDomainAxis();

		assertThat(axis.getDateFormatOverride().format(new java.util.Date(TrendChart.middle(SeededWeek.MONDAY))))
			.isEqualTo(SummaryText.day(SeededWeek.MONDAY, Locale.ENGLISH))
			.isEqualTo("Mon 23 Nov");
	}

	@Test
	void shouldLabelADoseChangeWithDrugAndDosesInsideThePlotEvenOnTheLastDay() {
		Period week = SeededWeek.WEEK;
		Medication sertraline = medication("med-1", "Sertraline", List.of(change(week.from().plusDays(2), "50 mg", "75 mg")));
		Medication quetiapine = medication("med-2", "Quetiapine",
				List.of(change(week.to(), "25 mg", "50 mg")));
		Medication lamotrigine = medication("med-3", "Lamotrigine extended release",
				List.of(change(week.to(), "100 mg", "2 tablets")));
		SummaryData data = new SummaryData(week, SeededWeek.checkIns(), List.of(),
				List.of(sertraline, quetiapine, lamotrigine), List.of());
		JFreeChart chart = renderer.build(data, Locale.ENGLISH);

		ChartRenderingInfo info = draw(chart);
		Rectangle2D plotArea = info.getPlotInfo().getDataArea();
		List<XYAnnotationEntity> labels = entities(info, XYAnnotationEntity.class);

		assertThat(labels).extracting(XYAnnotationEntity::getToolTipText)
			.containsExactly("Sertraline 50 → 75 mg",
					"Quetiapine 25 → 50 mg\nLamotrigine extended release 100 mg → 2 tablets");
		for (XYAnnotationEntity label : labels) {
			Rectangle2D bounds = label.getArea().getBounds2D();
			assertThat(plotArea.contains(bounds)).as("%s at %s inside %s", label.getToolTipText(), bounds, plotArea)
				.isTrue();
		}
		assertThat(labels.get(0).getArea().getBounds2D().intersects(labels.get(1).getArea().getBounds2D()))
			.as("stacked, not overlapping")
			.isFalse();
		assertThat(chart.getXYPlot().getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(2);
	}

	@Test
	void shouldShortenALabelTooLongForThePlotRatherThanCutItOff() {
		String name = "Sertraline hydrochloride film-coated tablets from the hospital pharmacy, the white ones with "
				+ "a line across, taken with breakfast and never on an empty stomach";
		Medication sertraline = medication("med-1", name, List.of(change(SeededWeek.WEEK.to(), "50 mg", "75 mg")));
		JFreeChart chart = renderer.build(new SummaryData(SeededWeek.WEEK, SeededWeek.checkIns(), List.of(),
				List.of(sertraline), List.of()), Locale.ENGLISH);

		ChartRenderingInfo info = draw(chart);
		XYAnnotationEntity label = entities(info, XYAnnotationEntity.class).get(0);

		assertThat(info.getPlotInfo().getDataArea().contains(label.getArea().getBounds2D())).isTrue();
		assertThat(label.getToolTipText()).startsWith("Sertraline hydrochloride film-coated").endsWith("…");
	}

	@Test
	void shouldNameTheMedicationOfAMissedDoseInTheLegendOnlyWhenOneIsShown() {
		List<String> seeded = legend(renderer.build(SeededWeek.data(), Locale.ENGLISH));
		assertThat(seeded).contains("Mood (10 = best)", "Anxiety (10 = worst)", "Sleep (hours)",
				"Missed dose: Sertraline")
			.doesNotContain("Missed dose");

		List<DoseRecord> allTaken = SeededWeek.doses()
			.stream()
			.map(dose -> new DoseRecord(dose.id(), dose.userId(), dose.medicationId(), dose.dueAt(), dose.localDate(),
					DoseStatus.TAKEN, dose.dueAt(), null, null, null, false, false, false))
			.toList();
		SummaryData noneMissed = new SummaryData(SeededWeek.WEEK, SeededWeek.checkIns(), allTaken,
				List.of(SeededWeek.sertraline()), List.of());
		assertThat(legend(renderer.build(noneMissed, Locale.ENGLISH))).noneMatch(item -> item.startsWith("Missed"))
			.noneMatch(item -> item.startsWith("PHQ-9"));

		Medication lithium = medication("med-2", "Lithium", List.of());
		List<DoseRecord> twoMedications = new ArrayList<>(SeededWeek.doses());
		Instant due = SeededWeek.MONDAY.atTime(20, 0).toInstant(ZoneOffset.UTC);
		twoMedications.add(new DoseRecord("med-2@1", SeededWeek.USER, "med-2", due, SeededWeek.MONDAY,
				DoseStatus.MISSED, null, null, null, null, false, false, false));
		XYPlot plot = renderer
			.build(new SummaryData(SeededWeek.WEEK, SeededWeek.checkIns(), twoMedications,
					List.of(SeededWeek.sertraline(), lithium), List.of()), Locale.ENGLISH)
			.getXYPlot();
		assertThat(legend(plot.getLegendItems())).contains("Missed dose: Lithium", "Missed dose: Sertraline");
		XYDataset lines = plot.getDataset(TrendChart.LINES);
		int lithiumSeries = lines.indexOf("Missed dose: Lithium");
		assertThat(lines.getItemCount(lithiumSeries)).isEqualTo(1);
		assertThat(lines.getXValue(lithiumSeries, 0)).isEqualTo(TrendChart.middle(SeededWeek.MONDAY));
	}

	@Test
	void shouldPlotQuestionnaireScoresTakenInThePeriodOnTheirOwnAxis() {
		XYPlot plot = renderer.build(SeededWeek.data(), Locale.ENGLISH).getXYPlot();

		XYDataset scores = plot.getDataset(TrendChart.SCORES);
		assertThat(scores.getSeriesCount()).isEqualTo(1);
		assertThat(scores.getSeriesKey(0)).isEqualTo("PHQ-9 (27 = most severe)");
		assertThat(scores.getItemCount(0)).as("the PHQ-9 of the week before is left out").isEqualTo(1);
		assertThat(scores.getXValue(0, 0)).isEqualTo(TrendChart.middle(SeededWeek.MONDAY.plusDays(5)));
		assertThat(scores.getYValue(0, 0)).isEqualTo(11);
		ValueAxis axis = plot.getRangeAxisForDataset(TrendChart.SCORES);
		assertThat(axis.getLabel()).isEqualTo("PHQ-9 / GAD-7 score");
		assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(27);
		assertThat(legend(plot.getLegendItems())).contains("PHQ-9 (27 = most severe)");
	}

	@Test
	void shouldDrawCyrillicLabelsInTheBundledFont() {
		Medication sertraline = medication("med-1", "Сертралин",
				List.of(change(SeededWeek.MONDAY.plusDays(2), "50 mg", "75 mg")));
		List<DoseRecord> doses = SeededWeek.doses()
			.stream()
			.map(dose -> new DoseRecord(dose.id(), dose.userId(), "med-1", dose.dueAt(), dose.localDate(),
					dose.status(), dose.takenAt(), dose.skipReason(), null, null, false, false, false))
			.toList();
		Locale russian = Locale.forLanguageTag("ru");
		JFreeChart chart = renderer.build(
				new SummaryData(SeededWeek.WEEK, SeededWeek.checkIns(), doses, List.of(sertraline), List.of()), russian);
		XYPlot plot = chart.getXYPlot();

		List<Font> fonts = new ArrayList<>(List.of(chart.getLegend().getItemFont(),
				((TextTitle) chart.getSubtitle(1)).getFont(), plot.getDomainAxis().getTickLabelFont()));
		for (int i = 0; i < plot.getRangeAxisCount(); i++) {
			fonts.add(plot.getRangeAxis(i).getLabelFont());
			fonts.add(plot.getRangeAxis(i).getTickLabelFont());
		}
		String ticks = ((DateAxis) plot.getDomainAxis()).getDateFormatOverride()
			.format(java.util.Date.from(SeededWeek.MONDAY.atTime(12, 0).toInstant(ZoneOffset.UTC)));
		assertThat(ticks).as("Russian day names").containsPattern("\\p{IsCyrillic}");
		for (Font font : fonts) {
			assertThat(font.getFamily(Locale.ROOT)).isEqualTo("DejaVu Sans");
			assertThat(font.canDisplayUpTo("Пропущенная доза: Сертралин " + ticks)).isEqualTo(-1);
		}
		assertThat(legend(plot.getLegendItems())).contains("Пропущенный приём: Сертралин");
		assertThat(entities(draw(chart), XYAnnotationEntity.class)).extracting(XYAnnotationEntity::getToolTipText)
			.containsExactly("Сертралин 50 → 75 mg");
	}

	static ChartRenderingInfo draw(JFreeChart chart) {
		ChartRenderingInfo info = new ChartRenderingInfo(new StandardEntityCollection());
		chart.createBufferedImage(TrendChart.WIDTH, TrendChart.HEIGHT, BufferedImage.TYPE_INT_RGB, info);
		return info;
	}

	static <T extends ChartEntity> List<T> entities(ChartRenderingInfo info, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Object entity : info.getEntityCollection().getEntities()) {
			if (type.isInstance(entity)) {
				found.add(type.cast(entity));
			}
		}
		return found;
	}

	static List<String> legend(JFreeChart chart) {
		return legend(chart.getXYPlot().getLegendItems());
	}

	static List<String> legend(LegendItemCollection items) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < items.getItemCount(); i++) {
			labels.add(items.get(i).getLabel());
		}
		return labels;
	}

	static Medication medication(String id, String name, List<DoseChange> changes) {
		DoseAmount dose = changes.isEmpty() ? new DoseAmount(new BigDecimal("400"), "mg")
				: changes.get(changes.size() - 1).after();
		return new Medication(id, SeededWeek.USER, new PrivateText(name), dose, List.of(LocalTime.of(8, 0)),
				EnumSet.allOf(DayOfWeek.class), 1, SeededWeek.MONDAY.minusDays(30), MedicationStatus.ACTIVE, null,
				null, null, changes, Instant.parse("2026-10-01T00:00:00Z"), null);
	}

	static DoseChange change(LocalDate from, String before, String after) {
		return new DoseChange(from, DoseAmount.parse(before).orElseThrow(), DoseAmount.parse(after).orElseThrow());
	}

}
