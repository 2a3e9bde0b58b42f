package app.tandem.summary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.StandardXYItemLabelGenerator;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYBarDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import app.tandem.checkin.CheckIn;

/**
 * The chart sent with a summary and drawn into reports, with JFreeChart: mood and anxiety per day as lines (gaps
 * where there was no check-in), sleep hours as bars on a second axis, all three at the middle of their day; missed
 * doses marked on their days, one legend entry per medication that missed one; dose changes as dashed lines at the
 * start of the day they took effect, labelled inside the plot; PHQ-9/GAD-7 scores on their own axis when taken in the
 * period. Every word is drawn in the bundled DejaVu Sans, so any script it covers renders. Large fonts and a legend,
 * readable on a phone.
 */
final class TrendChart {

	static final int WIDTH = 1200;

	static final int HEIGHT = 700;

	static final long DAY = 86_400_000L;

	/** Dataset indexes in the plot. */
	static final int LINES = 0;

	static final int BARS = 1;

	static final int SCORES = 2;

	static final Color DOSE_CHANGE = new Color(120, 60, 160);

	private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

	private static final Color[] MISSED = { new Color(200, 30, 30), new Color(140, 20, 60), new Color(230, 60, 140),
			new Color(120, 70, 20) };

	private static final Color[] SCORE_COLOURS = { new Color(20, 140, 140), new Color(150, 110, 20) };

	private TrendChart() {
	}

	static byte[] png(Period period, List<CheckIn> entries, Marks marks, Labels labels, Locale locale) {
		JFreeChart chart = chart(period, entries, marks, labels, locale);
		return png(chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null));
	}

	/** The chart, not yet drawn. */
	static JFreeChart chart(Period period, List<CheckIn> entries, Marks marks, Labels labels, Locale locale) {
		XYPlot plot = new XYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(220, 220, 220));
		plot.setDomainGridlinesVisible(false);
		DateAxis dates = dates(period, locale);
		plot.setDomainAxis(dates);
		NumberAxis scale = new NumberAxis(ReportFonts.forChart(labels.scale()));
		scale.setRange(0, 10.5);
		scale.setTickUnit(new NumberTickUnit(2));
		plot.setRangeAxis(0, scale);
		plot.setDataset(LINES, lines(period, entries, marks, labels));
		plot.setRenderer(LINES, lineRenderer(marks.missed().size()));

		NumberAxis hours = new NumberAxis(ReportFonts.forChart(labels.sleep()));
		hours.setRange(0, 14);
		plot.setRangeAxis(1, hours);
		plot.setDataset(BARS, bars(period, entries, labels));
		XYBarRenderer barRenderer = new XYBarRenderer();
		barRenderer.setShadowVisible(false);
		barRenderer.setBarPainter(new StandardXYBarPainter());
		barRenderer.setSeriesPaint(0, new Color(120, 180, 120, 150));
		plot.setRenderer(BARS, barRenderer);
		plot.mapDatasetToRangeAxis(BARS, 1);
		List<NumberAxis> axes = new java.util.ArrayList<>(List.of(scale, hours));
		if (!marks.scores().isEmpty()) {
			axes.add(scores(plot, period, marks, labels));
		}
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
		doseChanges(plot, marks);

		JFreeChart chart = new JFreeChart(null, ReportFonts.chart(true, 34), plot, true);
		chart.addSubtitle(new TextTitle(ReportFonts.forChart(labels.title()), ReportFonts.chart(true, 34)));
		chart.setBackgroundPaint(Color.WHITE);
		chart.getLegend().setItemFont(ReportFonts.chart(false, 22));
		dates.setTickLabelFont(ReportFonts.chart(false, 20));
		for (NumberAxis axis : axes) {
			axis.setTickLabelFont(ReportFonts.chart(false, 20));
			axis.setLabelFont(ReportFonts.chart(false, 22));
		}
		return chart;
	}

	/** Ticks under the middle of a day, in the report's one date style; at most seven of them. */
	private static DateAxis dates(Period period, Locale locale) {
		DateAxis dates = new DateAxis();
		dates.setTimeZone(UTC);
		dates.setDateFormatOverride(new DayAxisFormat(locale));
		dates.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, Math.max(1, (period.days() + 6) / 7)));
		dates.setTickMarkPosition(DateTickMarkPosition.MIDDLE);
		dates.setRange(start(period.from()), start(period.to().plusDays(1)));
		return dates;
	}

	private static XYSeriesCollection lines(Period period, List<CheckIn> entries, Marks marks, Labels labels) {
		XYSeries mood = new XYSeries(ReportFonts.forChart(labels.mood()), false, true);
		XYSeries anxiety = new XYSeries(ReportFonts.forChart(labels.anxiety()), false, true);
		Map<LocalDate, CheckIn> byDate = byDate(entries);
		for (LocalDate date : period.dates()) {
			CheckIn entry = byDate.get(date);
			mood.add(middle(date), (entry != null) ? entry.mood() : null);
			anxiety.add(middle(date), (entry != null) ? entry.anxiety() : null);
		}
		XYSeriesCollection lines = new XYSeriesCollection();
		lines.addSeries(mood);
		lines.addSeries(anxiety);
		int row = 0;
		for (Map.Entry<String, Set<LocalDate>> medication : marks.missed().entrySet()) {
			XYSeries missed = new XYSeries(ReportFonts.forChart(medication.getKey()), false, true);
			double height = 0.35 + 0.6 * row++;
			medication.getValue()
				.stream()
				.filter(period::contains)
				.sorted()
				.forEach(date -> missed.add(middle(date), height));
			lines.addSeries(missed);
		}
		return lines;
	}

	private static XYLineAndShapeRenderer lineRenderer(int missedSeries) {
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		renderer.setSeriesPaint(0, new Color(33, 102, 172));
		renderer.setSeriesPaint(1, new Color(230, 120, 20));
		for (int series = 0; series < 2; series++) {
			renderer.setSeriesStroke(series, new BasicStroke(5f));
			renderer.setSeriesShape(series, new Ellipse2D.Double(-7, -7, 14, 14));
		}
		for (int i = 0; i < missedSeries; i++) {
			renderer.setSeriesPaint(2 + i, MISSED[i % MISSED.length]);
			renderer.setSeriesLinesVisible(2 + i, false);
			renderer.setSeriesShape(2 + i, new Rectangle2D.Double(-9, -9, 18, 18));
		}
		return renderer;
	}

	/** Sleep as bars 60 % of a day wide, centred on the same x as the day's mood and anxiety. */
	private static XYBarDataset bars(Period period, List<CheckIn> entries, Labels labels) {
		XYSeries sleep = new XYSeries(ReportFonts.forChart(labels.sleep()), false, true);
		Map<LocalDate, CheckIn> byDate = byDate(entries);
		for (LocalDate date : period.dates()) {
			CheckIn entry = byDate.get(date);
			sleep.add(middle(date), (entry != null) ? entry.sleepHours() : null);
		}
		return new XYBarDataset(new XYSeriesCollection(sleep), DAY * 0.6);
	}

	/** Questionnaire totals on a third axis, 0 to 27 (PHQ-9's maximum; GAD-7's is 21), each point labelled. */
	private static NumberAxis scores(XYPlot plot, Period period, Marks marks, Labels labels) {
		XYSeriesCollection scores = new XYSeriesCollection();
		marks.scores().forEach((label, byDay) -> {
			XYSeries series = new XYSeries(ReportFonts.forChart(label), false, true);
			byDay.forEach((date, total) -> {
				if (period.contains(date)) {
					series.add(middle(date), total);
				}
			});
			scores.addSeries(series);
		});
		NumberAxis axis = new NumberAxis(ReportFonts.forChart(labels.scores()));
		axis.setRange(0, 28);
		axis.setTickUnit(new NumberTickUnit(9));
		plot.setRangeAxis(2, axis);
		plot.setDataset(SCORES, scores);
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
		for (int i = 0; i < scores.getSeriesCount(); i++) {
			renderer.setSeriesPaint(i, SCORE_COLOURS[i % SCORE_COLOURS.length]);
			renderer.setSeriesStroke(i, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
					new float[] { 2f, 6f }, 0f));
			renderer.setSeriesShape(i, new Rectangle2D.Double(-8, -8, 16, 16));
		}
		renderer.setDefaultItemLabelGenerator(new StandardXYItemLabelGenerator("{2}"));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(ReportFonts.chart(true, 20));
		plot.setRenderer(SCORES, renderer);
		plot.mapDatasetToRangeAxis(SCORES, 2);
		return axis;
	}

	/** A dashed line where each change starts, its label inside the plot; labels stack down from the top. */
	private static void doseChanges(XYPlot plot, Marks marks) {
		int boxes = 0;
		int lines = 0;
		for (Map.Entry<LocalDate, List<String>> change : marks.doseChanges().entrySet()) {
			ValueMarker marker = new ValueMarker(start(change.getKey()));
			marker.setPaint(DOSE_CHANGE);
			marker.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
					new float[] { 10f, 8f }, 0f));
			plot.addDomainMarker(marker);
			List<String> label = change.getValue().stream().map(ReportFonts::forChart).toList();
			plot.addAnnotation(new InsidePlotLabel(label, start(change.getKey()), boxes++, lines,
					ReportFonts.chart(true, 20), DOSE_CHANGE));
			lines += label.size();
		}
	}

	private static Map<LocalDate, CheckIn> byDate(List<CheckIn> entries) {
		Map<LocalDate, CheckIn> byDate = new HashMap<>();
		entries.forEach(entry -> byDate.put(entry.date(), entry));
		return byDate;
	}

	/** PNG with the fastest deflate level: about 15 % quicker than the default for a few percent more bytes. */
	private static byte[] png(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.9f);
			writer.setOutput(stream);
			writer.write(null, new IIOImage(image, null, null), param);
			stream.flush();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
	}

	/** Midnight UTC starting {@code date}, in epoch milliseconds: the chart's day boundary. */
	static long start(LocalDate date) {
		return date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
	}

	/** Noon of {@code date}: where the day's points and bars sit. */
	static long middle(LocalDate date) {
		return start(date) + DAY / 2;
	}

	/** The words drawn on the chart, in the person's language. */
	record Labels(String title, String scale, String mood, String anxiety, String sleep, String scores) {
	}

	/**
	 * What is marked on the chart besides the check-ins.
	 *
	 * @param missed days with a missed dose, by legend label ("Missed dose: Lithium"), only medications that missed
	 * @param doseChanges the dose changes starting on a day, one line each ("Sertraline 50 → 75 mg")
	 * @param scores questionnaire totals by day, by legend label ("PHQ-9 (27 = most symptoms)")
	 */
	record Marks(Map<String, Set<LocalDate>> missed, Map<LocalDate, List<String>> doseChanges,
			Map<String, Map<LocalDate, Integer>> scores) {
	}

}
