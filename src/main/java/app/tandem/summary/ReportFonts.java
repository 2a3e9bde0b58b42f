package app.tandem.summary;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.IntPredicate;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans and DejaVu Sans Bold, shipped in {@code fonts/} with their licence, for the PDF and the chart: Latin,
 * Greek, Cyrillic, Arabic and Hebrew letters, combining marks and some emoji. What the font cannot draw is left out
 * cleanly instead of printed as {@code ?}: a symbol or emoji disappears, a run of letters from a script it lacks
 * (Chinese, say) becomes one {@value #MISSING}, so a reader still sees that something was written there.
 */
final class ReportFonts {

	static final String MISSING = "[…]";

	private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");

	private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");

	private static final Font AWT_REGULAR = awt(REGULAR);

	private static final Font AWT_BOLD = awt(BOLD);

	private ReportFonts() {
	}

	/** The regular face, subset-embedded in {@code document}. */
	static PDType0Font regular(PDDocument document) {
		return load(document, REGULAR);
	}

	static PDType0Font bold(PDDocument document) {
		return load(document, BOLD);
	}

	/** The face for the chart; {@code bold} or plain. */
	static Font chart(boolean bold, float size) {
		return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
	}

	/** {@code text} with only what both chart faces can draw (see the class comment). */
	static String forChart(String text) {
		return printable(text, codePoint -> AWT_REGULAR.canDisplay(codePoint) && AWT_BOLD.canDisplay(codePoint));
	}

	/**
	 * {@code text} reduced to what a font can draw: tabs and other white space become spaces, line breaks stay,
	 * control and format characters (zero-width joiners, variation selectors) go, and so does any symbol the font
	 * lacks; a run of letters or digits it lacks becomes one {@value #MISSING}.
	 */
	static String printable(String text, IntPredicate hasGlyph) {
		StringBuilder out = new StringBuilder(text.length());
		boolean dropped = false;
		boolean inMissingRun = false;
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			i += Character.charCount(codePoint);
			int type = Character.getType(codePoint);
			boolean missing = false;
			boolean droppedThis = false;
			if (codePoint == '\n') {
				out.append('\n');
			}
			else if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				out.append(' ');
			}
			else if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
					|| type == Character.PRIVATE_USE || type == Character.UNASSIGNED || isVariationSelector(codePoint)) {
				droppedThis = true;
			}
			else if (hasGlyph.test(codePoint)) {
				out.appendCodePoint(codePoint);
			}
			else if (Character.isLetterOrDigit(codePoint) || type == Character.NON_SPACING_MARK
					|| type == Character.COMBINING_SPACING_MARK) {
				missing = true;
				if (!inMissingRun) {
					out.append(MISSING);
				}
			}
			else {
				droppedThis = true;
			}
			dropped |= droppedThis;
			// a run of unknown letters stays one marker, even with symbols or emoji between them
			inMissingRun = missing || (inMissingRun && droppedThis);
		}
		String printable = out.toString();
		return dropped ? printable.replaceAll(" {2,}", " ").strip() : printable;
	}

	/**
	 * One line as it is drawn left to right: Arabic letters joined (their presentation forms) and right-to-left runs
	 * (Arabic, Hebrew) reversed, by ICU's shaping and bidi algorithm; PDFBox draws glyphs in the order given and does
	 * neither. A line with no right-to-left text comes back as it is.
	 */
	static String visualOrder(String line) {
		if (!java.text.Bidi.requiresBidi(line.toCharArray(), 0, line.length())) {
			return line;
		}
		try {
			String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_GROW_SHRINK)
				.shape(line);
			return new Bidi(shaped, Bidi.LEVEL_DEFAULT_LTR)
				.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
		}
		catch (ArabicShapingException ex) {
			return line;
		}
	}

	private static boolean isVariationSelector(int codePoint) {
		return (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
				|| (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF);
	}

	private static PDType0Font load(PDDocument document, byte[] font) {
		try {
			return PDType0Font.load(document, new ByteArrayInputStream(font), true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Font awt(byte[] font) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(font));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("A bundled font cannot be read", ex);
		}
	}

	private static byte[] read(String resource) {
		try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing bundled font " + resource);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
