package app.tandem.summary;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * What the bundled font draws, and what is left out, in the PDF's own terms.
 */
class ReportFontsTests {

	@Test
	void shouldLeaveOutEmojiTheFontLacksCleanly() {
		try (PdfWriter pdf = new PdfWriter()) {
			assertThat(pdf.safe("Slept badly 🎉👍🏽 👩\u200D👩\u200D👧 🇩🇪 ❤\uFE0F again")).isEqualTo("Slept badly ❤ again");
			assertThat(pdf.safe("Tired 😴")).as("DejaVu has this one").isEqualTo("Tired 😴");
			assertThat(pdf.safe("tab\there\r\nnext")).isEqualTo("tab here \nnext");
		}
	}

	@Test
	void shouldKeepCyrillicGreekAccentsArabicAndCombiningMarksAndMarkAMissingScriptOnce() {
		try (PdfWriter pdf = new PdfWriter()) {
			String words = "Настроение · Ελληνικά · Crème brûlée, Łódź · مرحبا · שלום · e\u0301 n\u0303";
			assertThat(pdf.safe(words)).isEqualTo(words);
			assertThat(pdf.safe("Today 今天很累，想睡觉 ok")).isEqualTo("Today […] ok");
		}
	}

	@Test
	void shouldWriteEveryCodePointWithoutAnExceptionOrAQuestionMark() throws IOException {
		StringBuilder everything = new StringBuilder();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint += 37) {
			if (codePoint != '?') {
				everything.appendCodePoint(codePoint);
			}
			if (everything.length() % 40 == 0) {
				everything.append(' ');
			}
		}
		everything.append("\uD800 lone \uDC00 surrogates");
		byte[] bytes;
		try (PdfWriter pdf = new PdfWriter()) {
			pdf.paragraph(everything.toString());
			pdf.table(List.of("a", "b"), List.of(List.of(everything.substring(0, 500), "\uD83D")), new float[] { 1, 1 });
			bytes = pdf.finish("footer", (page, pages) -> "Page " + page + " of " + pages);
		}
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("lone", "surrogates").doesNotContain("?", "\uFFFD");
		}
	}

	@Test
	void shouldBreakAVeryLongWordAcrossLinesAndKeepAllOfIt() throws IOException {
		String word = "Ж😴".repeat(1365) + "end";
		byte[] bytes;
		try (PdfWriter pdf = new PdfWriter()) {
			assertTimeoutPreemptively(Duration.ofSeconds(10), () -> pdf.paragraph(word));
			bytes = pdf.finish("footer", (page, pages) -> "Page " + page + " of " + pages);
		}
		try (PDDocument document = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(document)
				.replaceAll("footer\\s+Page \\d+ of \\d+", "")
				.replaceAll("\\s+", "");
			assertThat(text.equals(word)).as("all %d chars, in order, across %d pages", word.length(),
					document.getNumberOfPages()).isTrue();
		}
	}

	@Test
	void shouldJoinArabicLettersAndDrawRightToLeftRunsReversed() {
		String hello = "مرحبا";
		String drawn = ReportFonts.visualOrder("Note: " + hello + " end");

		assertThat(drawn).startsWith("Note: ").endsWith(" end").doesNotContain(hello);
		assertThat(drawn.codePoints().filter(c -> c >= 0xFE70 && c <= 0xFEFF).count())
			.as("letters in their joined presentation forms")
			.isEqualTo(hello.length());
		assertThat(ReportFonts.visualOrder("Plain Latin, Кириллица")).isEqualTo("Plain Latin, Кириллица");
	}

}
