package app.tandem.summary;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
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

@EndToEndTest
class SummaryIntegrationTests {

	@Autowired
	Schedules schedules;

	@Autowired
	MutableClock clock;

	@Test
	void shouldSendTheWeeklySummaryAtTheLocalDayAndTimeAndFollowAZoneChange() {
		TelegramUser user = Onboarded.user();
		Instant berlin = schedules.nextFireAt("summary:" + user.id()).orElseThrow();
		assertThat(berlin.atZone(ZoneId.of("Europe/Berlin")).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(berlin.atZone(ZoneId.of("Europe/Berlin")).toLocalTime()).isEqualTo(LocalTime.of(18, 0));

		user.send("/settings");
		user.tapOn("Your settings", "Time zone");
		user.awaitReply("Which time zone");
		user.send("Sydney");
		user.awaitReply("Australia/Sydney");

		Instant sydney = schedules.nextFireAt("summary:" + user.id()).orElseThrow();
		assertThat(sydney.atZone(ZoneId.of("Australia/Sydney")).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(sydney.atZone(ZoneId.of("Australia/Sydney")).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
		clock.set(sydney);
		assertThat(user.awaitMessage("Tandem weekly summary").text()).contains("Self-reported via Tandem");
	}

	@Test
	void shouldSendASummaryWithAChartOnDemand() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		user.awaitReply("How anxious");
		user.send("/cancel");
		user.awaitReply("Stopped");

		user.send("/summary");

		String summary = user.awaitReply("Tandem weekly summary").text();
		assertThat(summary).contains("Check-ins: <b>1 of 7</b>", "average 6.0");
		Call photo = user.awaitCall("sendPhoto", call -> true);
		assertThat(photo.params().path("photo").path("size").asInt()).isGreaterThan(10_000);
	}

	@Test
	void shouldSendAPdfReportForTheChosenPeriod() throws IOException {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.tapOn("How’s your mood", "7");
		user.awaitReply("How anxious");
		user.send("/cancel");

		user.send("/report");
		user.tapOn("Which period", "Last 30 days");

		user.awaitCall("sendChatAction", call -> call.params().path("action").asText().equals("upload_document"));
		Call document = user.awaitCall("sendDocument", call -> true);
		assertThat(document.params().path("document").path("file_name").asText()).startsWith("tandem-report-");
		try (PDDocument pdf = Loader.loadPDF(document.params().path("document").path("bytes").binaryValue())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Tandem report", "(30 days)");
		}
	}

	@Test
	void shouldExportCsvWithExactlyTheUsersOwnRows() throws IOException {
		TelegramUser other = Onboarded.user();
		other.send("/checkin");
		other.tapOn("How’s your mood", "2");
		other.awaitReply("How anxious");
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.tapOn("How’s your mood", "9");
		user.awaitReply("How anxious");
		user.send("/cancel");

		user.send("/export");

		Call zip = user.awaitCall("sendDocument", call -> call.params().path("document").path("file_name").asText()
			.endsWith(".zip"));
		Map<String, String> files = unzip(zip.params().path("document").path("bytes").binaryValue());
		assertThat(files).containsKeys("checkins.csv", "doses.csv", "medications.csv");
		assertThat(files.get("checkins.csv").lines()).hasSize(2);
		assertThat(files.get("checkins.csv").lines().skip(1).findFirst().orElseThrow()).contains(",9,");
		assertThat(files.get("checkins.csv")).doesNotContain(",2,");
	}

	private static Map<String, String> unzip(byte[] bytes) throws IOException {
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
