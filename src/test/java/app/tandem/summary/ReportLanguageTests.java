package app.tandem.summary;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import app.tandem.i18n.Messages;
import app.tandem.i18n.MessagesTestAccess;
import app.tandem.store.PrivateText;
import app.tandem.user.UserProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF written in another language takes its headings, plurals, page numbers and dates from that language (a
 * test-only German bundle of the headings stands in front of Tandem's bundles until the translations are merged).
 */
class ReportLanguageTests {

	final Messages messages = MessagesTestAccess.from("i18n-test/report", "messages/messages");

	final SummaryReader seeded = new SummaryReader(null, null, null, null) {
		@Override
		SummaryData read(long userId, Period period) {
			return SeededWeek.data();
		}
	};

	@Test
	void shouldWriteTheReportsHeadingsDatesAndPagesInTheReportLanguage() throws IOException {
		ClinicianReport report = new ClinicianReport(seeded, new WeeklyChartRenderer(seeded, messages), messages,
				Clock.fixed(Instant.parse("2026-11-29T18:00:00Z"), ZoneOffset.UTC));
		UserProfile profile = new UserProfile(SeededWeek.USER, SeededWeek.USER, "en", ZoneId.of("Europe/Berlin"),
				null, "DE", null, null, null, new PrivateText("A.K."), null, null, null, "de", null);

		byte[] pdf = report.render(profile, SeededWeek.WEEK, profile.summaryLocale(Locale.ENGLISH));

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Tandem-Bericht", "Überblick", "Tag für Tag")
				.contains("Zeitraum: Mo., 23. – So., 29. Nov. 2026 (7 Tage) · Check-ins an 5 Tagen")
				.contains("Sa., 28. Nov.")
				.contains("Seite 1 von " + document.getNumberOfPages())
				.doesNotContain("Tandem report", "Overview", "Sat 28 Nov", "Page 1 of");
		}
	}

}
