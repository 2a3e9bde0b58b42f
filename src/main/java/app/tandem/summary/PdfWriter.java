package app.tandem.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A small flowing layout on PDFBox: headings, wrapped paragraphs, tables and images on A4 pages, with a footer
 * and page numbers on every page. Uses the standard Helvetica fonts; characters they cannot show (emoji, some
 * scripts) are replaced, so a note can never break the document.
 */
final class PdfWriter implements AutoCloseable {

	private static final float MARGIN = 50;

	private static final float BODY = 10.5f;

	private final PDDocument document = new PDDocument();

	private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private final Map<Character, Boolean> encodable = new HashMap<>();

	private PDPageContentStream content;

	private float y;

	PdfWriter() {
		newPage();
	}

	void title(String text) {
		line(text, bold, 20, 28);
	}

	void heading(String text) {
		space(14);
		ensure(40);
		line(text, bold, 14, 20);
	}

	void paragraph(String text) {
		for (String line : wrap(text, regular, BODY, width())) {
			line(line, regular, BODY, 15);
		}
	}

	void space(float points) {
		y -= points;
	}

	/** A table with a bold header row; columns share the width in the given proportions. */
	void table(List<String> header, List<List<String>> rows, float[] proportions) {
		float[] widths = new float[proportions.length];
		float total = 0;
		for (float p : proportions) {
			total += p;
		}
		for (int i = 0; i < proportions.length; i++) {
			widths[i] = width() * proportions[i] / total;
		}
		row(header, widths, bold);
		for (List<String> row : rows) {
			row(row, widths, regular);
		}
	}

	void image(byte[] png, float width) {
		try {
			PDImageXObject image = PDImageXObject.createFromByteArray(document, png, "chart");
			float height = width * image.getHeight() / image.getWidth();
			ensure(height + 10);
			y -= height;
			content.drawImage(image, MARGIN, y, width, height);
			y -= 10;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	float width() {
		return PDRectangle.A4.getWidth() - 2 * MARGIN;
	}

	/** Writes the footer and "Page n of N" on every page and returns the document. */
	byte[] finish(String footer) {
		try {
			content.close();
			int pages = document.getNumberOfPages();
			for (int i = 0; i < pages; i++) {
				try (PDPageContentStream stream = new PDPageContentStream(document, document.getPage(i),
						PDPageContentStream.AppendMode.APPEND, true)) {
					text(stream, safe(footer), regular, 8, MARGIN, 30);
					String number = "Page " + (i + 1) + " of " + pages;
					text(stream, number, regular, 8, PDRectangle.A4.getWidth() - MARGIN - regular.getStringWidth(number)
							/ 1000 * 8, 30);
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

	private void row(List<String> cells, float[] widths, PDFont font) {
		ensure(16);
		float x = MARGIN;
		for (int i = 0; i < widths.length; i++) {
			String cell = (i < cells.size() && cells.get(i) != null) ? cells.get(i) : "";
			String fitted = fit(safe(cell), font, 9, widths[i] - 4);
			write(fitted, font, 9, x, y);
			x += widths[i];
		}
		y -= 14;
	}

	private void line(String text, PDFont font, float size, float leading) {
		ensure(leading);
		write(safe(text), font, size, MARGIN, y);
		y -= leading;
	}

	private void write(String text, PDFont font, float size, float x, float atY) {
		try {
			text(content, text, font, size, x, atY);
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

	private void ensure(float needed) {
		if (y - needed < MARGIN + 20) {
			newPage();
		}
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

	private List<String> wrap(String text, PDFont font, float size, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : safe(text).split("\n")) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				String candidate = (line.length() == 0) ? word : line + " " + word;
				if (widthOf(candidate, font, size) > width && line.length() > 0) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	private String fit(String text, PDFont font, float size, float width) {
		String fitted = text;
		while (!fitted.isEmpty() && widthOf(fitted, font, size) > width) {
			fitted = fitted.substring(0, fitted.length() - 1);
		}
		return fitted.equals(text) ? text : (fitted.isEmpty() ? "" : fitted.substring(0, fitted.length() - 1) + ".");
	}

	private float widthOf(String text, PDFont font, float size) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Replaces what Helvetica cannot show, so any text a person typed can be written. */
	String safe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			boolean ok = encodable.computeIfAbsent(c, this::canEncode);
			safe.append(ok ? c : (Character.isWhitespace(c) ? ' ' : '?'));
		}
		return safe.toString();
	}

	private boolean canEncode(char c) {
		if (c == '\t' || c == '\r') {
			return false;
		}
		try {
			regular.encode(String.valueOf(c));
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
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
