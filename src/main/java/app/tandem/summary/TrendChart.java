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
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
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
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

import app.tandem.checkin.CheckIn;

/**
 * The chart sent with a summary and drawn into reports, with JFreeChart: mood and anxiety per day as lines (gaps
 * where there was no check-in), sleep hours as bars on a second axis, missed doses marked on their days, and
 * dose changes as labelled vertical lines. Large fonts and a legend, readable on a phone.
 */
final class TrendChart {

	static final int WIDTH = 1200;

	static final int HEIGHT = 700;

	private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

	private TrendChart() {
	}

	/**
	 * @param labels the words on the chart: title, mood, anxiety, sleep, missed
	 * @param doseChanges labels of dose changes by their first day, e.g. "Sertraline 100 mg"
	 */
	static byte[] png(Period period, List<CheckIn> entries, Set<LocalDate> missedDoses,
			Map<LocalDate, String> doseChanges, Labels labels, Locale locale) {
		TimeSeries mood = new TimeSeries(labels.mood());
		TimeSeries anxiety = new TimeSeries(labels.anxiety());
		TimeSeries sleep = new TimeSeries(labels.sleep());
		TimeSeries missed = new TimeSeries(labels.missed());
		Map<LocalDate, CheckIn> byDate = new HashMap<>();
		entries.forEach(entry -> byDate.put(entry.date(), entry));
		for (LocalDate date : period.dates()) {
			Day day = day(date);
			CheckIn entry = byDate.get(date);
			mood.add(day, (entry != null) ? entry.mood() : null);
			anxiety.add(day, (entry != null) ? entry.anxiety() : null);
			sleep.add(day, (entry != null) ? entry.sleepHours() : null);
			if (missedDoses.contains(date)) {
				missed.add(day, 0.3);
			}
		}
		XYPlot plot = new XYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(new Color(220, 220, 220));
		plot.setDomainGridlinesVisible(false);
		DateAxis dates = new DateAxis();
		dates.setTimeZone(UTC);
		SimpleDateFormat format = new SimpleDateFormat(period.days() <= 14 ? "EEE d" : "d MMM", locale);
		format.setTimeZone(UTC);
		dates.setDateFormatOverride(format);
		int step = Math.max(1, period.days() / 10);
		dates.setTickUnit(new DateTickUnit(DateTickUnitType.DAY, step));
		dates.setRange(date(period.from().minusDays(1)).getTime() + 43_200_000L,
				date(period.to().plusDays(1)).getTime() - 43_200_000L);
		plot.setDomainAxis(dates);

		NumberAxis scale = new NumberAxis("0–10");
		scale.setRange(0, 10.5);
		plot.setRangeAxis(0, scale);
		TimeSeriesCollection lines = new TimeSeriesCollection(UTC);
		lines.addSeries(mood);
		lines.addSeries(anxiety);
		lines.addSeries(missed);
		XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, true);
		lineRenderer.setSeriesPaint(0, new Color(33, 102, 172));
		lineRenderer.setSeriesPaint(1, new Color(230, 120, 20));
		lineRenderer.setSeriesPaint(2, new Color(200, 30, 30));
		lineRenderer.setSeriesLinesVisible(2, false);
		lineRenderer.setSeriesShape(2, new Rectangle2D.Double(-9, -9, 18, 18));
		for (int series = 0; series < 2; series++) {
			lineRenderer.setSeriesStroke(series, new BasicStroke(5f));
			lineRenderer.setSeriesShape(series, new Ellipse2D.Double(-7, -7, 14, 14));
		}
		plot.setDataset(0, lines);
		plot.setRenderer(0, lineRenderer);

		NumberAxis hours = new NumberAxis(labels.sleep());
		hours.setRange(0, 14);
		plot.setRangeAxis(1, hours);
		TimeSeriesCollection bars = new TimeSeriesCollection(UTC);
		bars.addSeries(sleep);
		XYBarRenderer barRenderer = new XYBarRenderer(0.35);
		barRenderer.setShadowVisible(false);
		barRenderer.setBarPainter(new StandardXYBarPainter());
		barRenderer.setSeriesPaint(0, new Color(120, 180, 120, 150));
		plot.setDataset(1, bars);
		plot.setRenderer(1, barRenderer);
		plot.mapDatasetToRangeAxis(1, 1);
		plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

		doseChanges.forEach((date, label) -> {
			ValueMarker marker = new ValueMarker(date(date).getTime());
			marker.setPaint(new Color(120, 60, 160));
			marker.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
					new float[] { 10f, 8f }, 0f));
			marker.setLabel(label);
			marker.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
			marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
			marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
			plot.addDomainMarker(marker);
		});

		JFreeChart chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.BOLD, 34), plot, true);
		chart.addSubtitle(new TextTitle(labels.title(), new Font(Font.SANS_SERIF, Font.BOLD, 34)));
		chart.setBackgroundPaint(Color.WHITE);
		chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 24));
		Font ticks = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
		Font axisLabels = new Font(Font.SANS_SERIF, Font.PLAIN, 22);
		for (var axis : List.of(dates, scale, hours)) {
			axis.setTickLabelFont(ticks);
			axis.setLabelFont(axisLabels);
		}
		return png(chart.createBufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB, null));
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

	private static Day day(LocalDate date) {
		return new Day(date(date), UTC, Locale.ROOT);
	}

	private static Date date(LocalDate date) {
		return Date.from(date.atTime(12, 0).toInstant(ZoneOffset.UTC));
	}

	/** The words drawn on the chart, in the person's language. */
	record Labels(String title, String mood, String anxiety, String sleep, String missed) {
	}

}
