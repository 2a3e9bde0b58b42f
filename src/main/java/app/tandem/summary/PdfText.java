package app.tandem.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The bundled fonts embedded in one PDF, and text measured against them: what they can draw, how wide it is, and
 * how it wraps (at spaces, and inside a word too long for a line).
 */
final class PdfText {

	private final PDFont regular;

	private final PDFont bold;

	private final Map<Integer, Boolean> drawable = new HashMap<>();

	PdfText(PDDocument document) {
		this.regular = ReportFonts.regular(document);
		this.bold = ReportFonts.bold(document);
	}

	PDFont regular() {
		return regular;
	}

	PDFont bold() {
		return bold;
	}

	/** What both faces can draw of {@code text} (see {@link ReportFonts#printable}). */
	String safe(String text) {
		return ReportFonts.printable(text, codePoint -> drawable.computeIfAbsent(codePoint, this::canDraw));
	}

	/** {@code text} made safe and broken into lines no wider than {@code width} points. */
	List<String> wrap(String text, PDFont font, float size, float width) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : safe(text).split("\n")) {
			StringBuilder line = new StringBuilder();
			for (String word : paragraph.split(" ")) {
				while (widthOf(word, font, size) > width && word.length() > 1) {
					int fits = fitting(word, font, size, width);
					if (line.length() > 0) {
						lines.add(line.toString());
						line = new StringBuilder();
					}
					lines.add(word.substring(0, fits));
					word = word.substring(fits);
				}
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

	float widthOf(String text, PDFont font, float size) {
		try {
			return font.getStringWidth(text) / 1000 * size;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How many chars of {@code word} fit in {@code width}: at least one code point, never half a surrogate pair. */
	private int fitting(String word, PDFont font, float size, float width) {
		float used = 0;
		int end = 0;
		while (end < word.length()) {
			int next = word.offsetByCodePoints(end, 1);
			float glyph = widthOf(word.substring(end, next), font, size);
			if (used + glyph > width && end > 0) {
				break;
			}
			used += glyph;
			end = next;
		}
		return end;
	}

	private boolean canDraw(int codePoint) {
		String text = new String(Character.toChars(codePoint));
		try {
			regular.encode(text);
			bold.encode(text);
			return true;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
