package app.tandem.summary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A boxed label beside a vertical line at {@code x}, in row {@code row} from the top of the plot, always drawn
 * inside the data area: to the right of the line when it fits, else to its left, in a smaller font (down to
 * {@value #SMALLEST} pt) and finally shortened with "…" when even that is too wide. Its box is recorded as an entity
 * with the drawn text as tooltip, so where it landed can be checked.
 */
final class InsidePlotLabel extends AbstractXYAnnotation {

	static final float SMALLEST = 12;

	private static final double PAD = 5;

	private static final double GAP = 6;

	private final String text;

	private final double x;

	private final int row;

	private final Font font;

	private final Color colour;

	InsidePlotLabel(String text, double x, int row, Font font, Color colour) {
		this.text = text;
		this.x = x;
		this.row = row;
		this.font = font;
		this.colour = colour;
	}

	@Override
	public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
			int rendererIndex, PlotRenderingInfo info) {
		double room = dataArea.getWidth() - 2 * PAD - 2;
		Font fitted = font;
		while (width(g2, fitted, text) > room && fitted.getSize2D() > SMALLEST) {
			fitted = fitted.deriveFont(fitted.getSize2D() - 1);
		}
		String shown = text;
		while (width(g2, fitted, shown) > room && shown.length() > 1) {
			shown = shown.substring(0, shown.offsetByCodePoints(shown.length(), -2)) + "…";
		}
		FontMetrics metrics = g2.getFontMetrics(fitted);
		double boxWidth = metrics.stringWidth(shown) + 2 * PAD;
		double boxHeight = metrics.getAscent() + metrics.getDescent() + 2 * PAD;
		double line = domainAxis.valueToJava2D(x, dataArea, plot.getDomainAxisEdge());
		double left = line + GAP;
		if (left + boxWidth > dataArea.getMaxX() - 1) {
			left = line - GAP - boxWidth;
		}
		left = Math.max(dataArea.getMinX() + 1, Math.min(left, dataArea.getMaxX() - 1 - boxWidth));
		double top = dataArea.getMinY() + GAP + row * (boxHeight + GAP);
		top = Math.min(top, dataArea.getMaxY() - 1 - boxHeight);
		Rectangle2D box = new Rectangle2D.Double(left, top, boxWidth, boxHeight);
		g2.setPaint(new Color(255, 255, 255, 225));
		g2.fill(box);
		g2.setPaint(colour);
		g2.setStroke(new BasicStroke(1.5f));
		g2.draw(box);
		g2.setFont(fitted);
		g2.drawString(shown, (float) (left + PAD), (float) (top + PAD + metrics.getAscent()));
		addEntity(info, box, rendererIndex, shown, null);
	}

	private static double width(Graphics2D g2, Font font, String text) {
		return g2.getFontMetrics(font).stringWidth(text);
	}

	String text() {
		return text;
	}

}
