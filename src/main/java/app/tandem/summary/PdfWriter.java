package app.tandem.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A small flowing layout on PDFBox: headings, wrapped paragraphs, tables and images on A4 pages, with a footer
 * and page numbers on every page. Text is set in the bundled DejaVu Sans (subset-embedded), so any script it covers
 * renders; what it cannot draw is left out cleanly ({@link ReportFonts#printable}), so a note can never break the
 * document. A heading is never the last line of a page, a table row never splits, and a table that goes on to a new
 * page repeats its header there.
 */
final class PdfWriter implements AutoCloseable {

	static final float MARGIN = 50;

	static final float TEXT_WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final float BODY = 10.5f;

	private static final float CELL = 9;

	private static final float CELL_LEADING = 11;

	private static final float LINE = 15;

	private final PDDocument document = new PDDocument();

	private final PdfText text = new PdfText(document);

	private final PDFont regular = text.regular();

	private final PDFont bold = text.bold();

	private PDPageContentStream content;

	private float y;

	PdfWriter() {
		newPage();
	}

	void title(String text) {
		line(text, bold, 20, 28);
	}

	/** A section heading, kept on the same page as the first two lines that follow it. */
	void heading(String text) {
		space(14);
		ensure(20 + 2 * LINE);
		line(text, bold, 14, 20);
	}

	void paragraph(String text) {
		for (String line : wrap(text, regular, BODY, width())) {
			line(line, regular, BODY, LINE);
		}
	}

	void space(float points) {
		y -= points;
	}

	/**
	 * A table with a bold header row; columns share the width in the given proportions and long cells wrap. A row
	 * with a single cell spans the whole width (e.g. "no check-ins Tue 3 – Thu 12 Nov").
	 */
	void table(List<String> header, List<List<String>> rows, float[] proportions) {
		float[] widths = new float[proportions.length];
		float total = 0;
		for (float p : proportions) {
			total += p;
		}
		for (int i = 0; i < proportions.length; i++) {
			widths[i] = width() * proportions[i] / total;
		}
		List<List<String>> headerCells = cells(header, widths, bold);
		float headerHeight = height(headerCells);
		ensure(headerHeight + (rows.isEmpty() ? 0 : height(cells(rows.get(0), widths, regular))));
		row(headerCells, widths, bold);
		List<List<List<String>>> wrapped = rows.stream().map(row -> cells(row, widths, regular)).toList();
		for (int i = 0; i < wrapped.size(); i++) {
			// the last row never goes alone to a new page: the one before it goes with it
			float needed = height(wrapped.get(i)) + ((i == wrapped.size() - 2) ? height(wrapped.get(i + 1)) : 0);
			if (ensure(needed)) {
				row(headerCells, widths, bold);
			}
			row(wrapped.get(i), widths, regular);
		}
	}

	/** The image at {@code width} points wide (at most the text width), centred. */
	void image(byte[] png, float width) {
		try {
			PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "chart");
			float drawn = Math.min(width, width());
			float height = drawn * image.getHeight() / image.getWidth();
			ensure(height + 10);
			y -= height;
			content.drawImage(image, MARGIN + (width() - drawn) / 2, y, drawn, height);
			y -= 10;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	float width() {
		return TEXT_WIDTH;
	}

	int pages() {
		return document.getNumberOfPages();
	}

	/** How far down the last page the text goes, in points from the top margin. */
	float usedOnLastPage() {
		return PDRectangle.A4.getHeight() - MARGIN - y;
	}

	/**
	 * Writes the footer and the page number on every page and returns the document.
	 * @param pageOf "Page n of N" in the report's language, from the page and the number of pages
	 */
	byte[] finish(String footer, BiFunction<Integer, Integer, String> pageOf) {
		try {
			content.close();
			int pages = document.getNumberOfPages();
			for (int i = 0; i < pages; i++) {
				try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
						PDPageContentStream.AppendMode.APPEND, true)) {
					text(stream, safe(footer), regular, 8, MARGIN, 30);
					String number = safe(pageOf.apply(i + 1, pages));
					text(stream, number, regular, 8, PDRectangle.A4.getWidth() - MARGIN - widthOf(number, regular, 8),
							30);
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<List<String>> cells(List<String> row, float[] widths, PDFont font) {
		if (row.size() == 1) {
			return List.of(wrap(row.get(0), font, CELL, width() - 4));
		}
		List<List<String>> cells = new ArrayList<>();
		for (int i = 0; i < widths.length; i++) {
			String cell = (i < row.size() && row.get(i) != null) ? row.get(i) : "";
			cells.add(wrap(cell, font, CELL, widths[i] - 4));
		}
		return cells;
	}

	private static float height(List<List<String>> cells) {
		int lines = cells.stream().mapToInt(List::size).max().orElse(1);
		return lines * CELL_LEADING + 3;
	}

	private void row(List<List<String>> cells, float[] widths, PDFont font) {
		float x = MARGIN;
		for (int i = 0; i < cells.size(); i++) {
			float lineY = y;
			for (String line : cells.get(i)) {
				write(line, font, CELL, x, lineY);
				lineY -= CELL_LEADING;
			}
			x += widths[i];
		}
		y -= height(cells);
	}
	/** What the bundled fonts can draw of {@code text} (see {@link PdfText#safe}). */
	String safe(String text) {
		return this.text.safe(text);
	}

	private List<String> wrap(String text, PDFont font, float size, float width) {
		return this.text.wrap(text, font, size, width);
	}

	private float widthOf(String text, PDFont font, float size) {
		return this.text.widthOf(text, font, size);
	}

	private void line(String text, PDFont font, float size, float leading) {
		ensure(leading);
		write(safe(text), font, size, MARGIN, y);
		y -= leading;
	}

	private void write(String text, PDFont font, float size, float x, float atY) {
		try {
			text(content, safe(ReportFonts.visualOrder(text)), font, size, x, atY);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void text(PDPageContentStream stream, String text, PDFont font, float size, float x, float atY)
			throws IOException {
		stream.beginText();
		stream.setFont(font, size);
		stream.newLineAtOffset(x, atY);
		stream.showText(text);
		stream.endText();
	}

	/** Starts a new page unless {@code needed} points fit on this one; true when it did. */
	private boolean ensure(float needed) {
		if (y - needed < MARGIN + 20) {
			newPage();
			return true;
		}
		return false;
	}

	private void newPage() {
		try {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
