package app.tandem.summary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A boxed label of one or more lines beside a vertical line at {@code x}, below {@code boxesAbove} other such boxes
 * holding {@code linesAbove} lines, always drawn inside the data area: to the right of the line when it fits, else to
 * its left, in a smaller font (down to {@value #SMALLEST} pt) and finally shortened with "…" when even that is too
 * wide. Its box is recorded as an entity with the drawn lines as tooltip (joined by a line break), so where it landed
 * and what it says can be checked.
 */
final class InsidePlotLabel extends AbstractXYAnnotation {

	static final float SMALLEST = 15;

	private static final double PAD = 5;

	private static final double GAP = 6;

	private final List<String> lines;

	private final double x;

	private final int boxesAbove;

	private final int linesAbove;

	private final Font font;

	private final Color colour;

	InsidePlotLabel(List<String> lines, double x, int boxesAbove, int linesAbove, Font font, Color colour) {
		this.lines = List.copyOf(lines);
		this.x = x;
		this.boxesAbove = boxesAbove;
		this.linesAbove = linesAbove;
		this.font = font;
		this.colour = colour;
	}

	@Override
	public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
			int rendererIndex, PlotRenderingInfo info) {
		double room = dataArea.getWidth() - 2 * PAD - 2;
		Font fitted = font;
		while (widest(g2, fitted, lines) > room && fitted.getSize2D() > SMALLEST) {
			fitted = fitted.deriveFont(fitted.getSize2D() - 1);
		}
		List<String> shown = new ArrayList<>();
		for (String line : lines) {
			String text = line;
			while (width(g2, fitted, text) > room && text.length() > 1) {
				text = text.substring(0, text.offsetByCodePoints(text.length(), -2)) + "…";
			}
			shown.add(text);
		}
		FontMetrics metrics = g2.getFontMetrics(fitted);
		double lineHeight = metrics.getAscent() + metrics.getDescent();
		double boxWidth = widest(g2, fitted, shown) + 2 * PAD;
		double boxHeight = shown.size() * lineHeight + 2 * PAD;
		double line = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
		double left = line + GAP;
		if (left + boxWidth > dataArea.getMaxX() - 1) {
			left = line - GAP - boxWidth;
		}
		left = Math.max(dataArea.getMinX() + 1, Math.min(left, dataArea.getMaxX() - 1 - boxWidth));
		double top = dataArea.getMinY() + GAP + boxesAbove * (2 * PAD + GAP) + linesAbove * lineHeight;
		top = Math.max(dataArea.getMinY() + 1, Math.min(top, dataArea.getMaxY() - 1 - boxHeight));
		Rectangle2D box = new Rectangle2D.Double(left, top, boxWidth, boxHeight);
		g2.setPaint(new Color(255, 255, 255, 225));
		g2.fill(box);
		g2.setPaint(colour);
		g2.setStroke(new BasicStroke(1.5f));
		g2.draw(box);
		g2.setFont(fitted);
		for (int i = 0; i < shown.size(); i++) {
			g2.drawString(shown.get(i), (float) (left + PAD), (float) (top + PAD + i * lineHeight + metrics.getAscent()));
		}
		addEntity(info, box, rendererIndex, String.join("\n", shown), null);
	}

	private static double widest(Graphics2D g2, Font font, List<String> lines) {
		return lines.stream().mapToDouble(line -> width(g2, font, line)).max().orElse(0);
	}

	private static double width(Graphics2D g2, Font font, String text) {
		return g2.getFontMetrics(font).stringWidth(text);
	}

}
