package app.tandem.summary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.onboarding.Onboarded;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PHQ-9 item 9 (thoughts of death or self-harm) answered above 0 is said in plain words wherever the score appears:
 * the weekly summary, {@code /summary}, the PDF and the CSV export.
 */
@EndToEndTest
class PhqItemNineIntegrationTests {

	static final List<String> ANSWERS = List.of("Not at all", "Several days", "More than half the days",
			"Nearly every day");

	static final String FLAG = "item 9, thoughts of death or self-harm: several days";

	@Autowired
	Schedules schedules;

	@Autowired
	MutableClock clock;

	@Test
	void shouldFlagItemNineInTheWeeklySummaryTheSummaryThePdfAndTheExport() throws IOException {
		TelegramUser user = Onboarded.user();
		Instant weekly = schedules.nextFireAt("summary:" + user.id()).orElseThrow();
		clock.set(weekly.minus(Duration.ofHours(1)));
		String day = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH)
			.format(LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Berlin")));
		user.send("/phq9");
		answer(user, 0, 0, 0, 1, 0, 0, 0, 0, 1);
		user.awaitReply("Your PHQ-9 score: 2 of 27");

		user.send("/summary");
		assertThat(user.awaitReply("Tandem weekly summary").text())
			.contains("• PHQ-9 " + day + ": 2 (minimal)\n   ⚠️ " + FLAG);

		user.send("/report");
		user.tapOn("Which period", "Last 30 days");
		Call report = user.awaitCall("sendDocument",
				call -> call.params().path("document").path("file_name").asText().startsWith("tandem-report-"));
		try (PDDocument pdf = Loader.loadPDF(report.params().path("document").path("bytes").binaryValue())) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("PHQ-9 " + day + ": 2 (minimal). Flagged: " + FLAG);
		}

		user.send("/export");
		Call zip = user.awaitCall("sendDocument",
				call -> call.params().path("document").path("file_name").asText().endsWith(".zip"));
		String csv = unzip(zip.params().path("document").path("bytes").binaryValue()).get("questionnaires.csv");
		assertThat(csv.lines().toList()).hasSize(2);
		assertThat(csv.lines().toList().get(0)).startsWith("date,questionnaire,total,band,answers,flag,");
		assertThat(csv.lines().toList().get(1)).contains(",PHQ-9,2,minimal,0 0 0 1 0 0 0 0 1,\"" + FLAG + "\",");

		int sentBefore = user.messages().size();
		clock.set(weekly);
		Call scheduled = user.awaitMessage(call -> call.text() != null && call.text().contains("Tandem weekly summary")
				&& user.messages().indexOf(call) >= sentBefore);
		assertThat(scheduled.text()).contains("• PHQ-9 " + day + ": 2 (minimal)\n   ⚠️ " + FLAG);
	}

	private static void answer(TelegramUser user, int... scores) {
		for (int i = 0; i < scores.length; i++) {
			user.tapOn("<b>" + (i + 1) + "/" + scores.length + "</b>", ANSWERS.get(scores[i]));
		}
	}

	static Map<String, String> unzip(byte[] bytes) throws IOException {
		Map<String, String> files = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
