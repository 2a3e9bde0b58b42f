package app.tandem.summary;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;

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
 * The chart and the PDF of the seeded week, drawn and read back.
 */
class ChartAndReportTests {

	final Messages messages = MessagesTestAccess.english();

	final SummaryReader seeded = new SummaryReader(null, null, null, null) {
		@Override
		SummaryData read(long userId, Period period) {
			return SeededWeek.data();
		}
	};

	final WeeklyChartRenderer summaries = new WeeklyChartRenderer(seeded, messages);

	@Test
	void shouldDrawAPhoneReadableChartWithContent() throws IOException {
		byte[] png = summaries.chart(SeededWeek.data(), Locale.ENGLISH);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(700);
		Set<Integer> colours = new HashSet<>();
		int dark = 0;
		for (int x = 0; x < image.getWidth(); x += 3) {
			for (int y = 0; y < image.getHeight(); y += 3) {
				int rgb = image.getRGB(x, y) & 0xFFFFFF;
				colours.add(rgb);
				if (rgb != 0xFFFFFF) {
					dark++;
				}
			}
		}
		assertThat(colours).as("lines, bars, markers and text in several colours").hasSizeGreaterThan(20);
		assertThat(dark).as("not a blank canvas").isGreaterThan(2_000);
		assertThat(colours).contains(0x2166AC);
	}

	@Test
	void shouldMakeAPdfThatOpensWithThePeriodAdherenceDoseChangeAndNotes() throws IOException {
		ClinicianReport report = new ClinicianReport(seeded, summaries, messages,
				Clock.fixed(Instant.parse("2026-11-29T18:00:00Z"), ZoneOffset.UTC));
		UserProfile profile = new UserProfile(SeededWeek.USER, SeededWeek.USER, "en", ZoneId.of("Europe/Berlin"),
				null, "DE", null, null, null, new PrivateText("A.K."), null, null, null, null, null);

		byte[] pdf = report.render(profile, SeededWeek.WEEK, Locale.ENGLISH);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Tandem report", "A.K.", "Mon 23 – Sun 29 Nov 2026")
				.contains("Sertraline 100 mg: taken 4 of 7 scheduled (57 %): 4 on time, 0 late")
				.contains("skipped: Thu 26 Nov (forgot)", "missed: Tue 24 Nov, Sat 28 Nov")
				.contains("Dose change from Wed 25 Nov: 50 mg > 100 mg")
				.contains("Before and after each dose change")
				.contains("Sertraline 50 mg > 100 mg from Wed 25 Nov:")
				.contains("mood: too few days to compare (4 days before, 3 after; at least 5 on each side needed)")
				.contains("Felt <tired> *very* _slow_ 😴 & flat")
				.contains("Talk about stopping Sertraline")
				.contains("PHQ-9 Sat 28 Nov: 11 (moderate)")
				.contains("Self-reported via Tandem; not a clinical assessment.")
				.contains("Page 1 of " + document.getNumberOfPages());
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
		}
	}

}
