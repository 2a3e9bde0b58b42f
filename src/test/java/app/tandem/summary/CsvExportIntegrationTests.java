package app.tandem.summary;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.medication.Medicated;
import app.tandem.onboarding.Onboarded;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV export as a clinician's spreadsheet needs it: every time in UTC and in the person's local time, each side
 * effect with the medication it was tied to, and the topics added for the next appointment.
 */
@EndToEndTest
class CsvExportIntegrationTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	Schedules schedules;

	@Autowired
	MutableClock clock;

	@Test
	void shouldExportLocalTimesBesideUtcSideEffectsWithTheirMedicationAndAgendaItems() throws IOException {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Lithium", "400 mg", "08:00");
		Instant due = schedules.nextFireAt("dose:" + user.id() + ":08:00").orElseThrow();
		LocalDate day = LocalDate.ofInstant(due, BERLIN);
		clock.set(due.minus(Duration.ofHours(1)));
		user.send("/checkin");
		user.tapOn("How’s your mood", "5");
		for (String question : List.of("How anxious", "How many hours", "How well did you sleep")) {
			user.tapOn(question, "Skip");
		}
		Call effects = user.awaitReply("Any medication side effects");
		user.tap(effects, "Nausea");
		user.awaitCall("editMessageReplyMarkup", call -> call.toString().contains("✓ Nausea"));
		user.tap(effects, "Done ✓");
		user.tapOn("How bad was <b>Nausea</b>?", "Mild");
		user.tapOn("Might <b>Nausea</b> be from one of your medications?", "Lithium");
		user.awaitReply("Did you move");
		user.send("/cancel");
		user.awaitReply("Stopped");

		clock.set(due);
		Call lithium = user.awaitReply("Time for <b>Lithium 400 mg</b>");
		clock.set(due.plus(Duration.ofMinutes(5)));
		user.tap(lithium, "✅ Taken");
		user.awaitReply("Any side effects?");
		Medicated.add(user, "Sertraline", "50 mg", "09:00");
		clock.set(due.plus(Duration.ofHours(1)));
		Call sertraline = user.awaitReply("Time for <b>Sertraline 50 mg</b>");
		user.tap(sertraline, "Skip");
		user.tapOn("Skipped Sertraline", "I want to stop it");
		user.tapOn("Please don’t stop or change Sertraline", "📝 Add to my notes");
		user.awaitReply("Added to your notes");

		user.send("/export");
		Call zip = user.awaitCall("sendDocument",
				call -> call.params().path("document").path("file_name").asText().endsWith(".zip"));
		Map<String, String> files = PhqItemNineIntegrationTests.unzip(zip.params().path("document").path("bytes").binaryValue());

		assertThat(files.get("doses.csv").lines().toList()).containsExactly(
				"medication,dose,due_at_utc,due_at_local,local_date,status,taken_at_utc,taken_at_local,skip_reason,"
						+ "side_effects,as_needed,time_zone",
				"Lithium,400 mg," + due + "," + day + " 08:00," + day + ",TAKEN," + due.plus(Duration.ofMinutes(5)) + ","
						+ day + " 08:05,,,false,Europe/Berlin",
				"Sertraline,50 mg," + due.plus(Duration.ofHours(1)) + "," + day + " 09:00," + day + ",SKIPPED,,,want_stop,,"
						+ "false,Europe/Berlin");
		assertThat(files.get("side_effects.csv").lines().toList()).containsExactly(
				"date,effect,severity,medication,recorded_with", day + ",nausea,MILD,Lithium,check-in");
		assertThat(files.get("agenda.csv").lines().toList()).containsExactly("date,topic",
				day + ",I want to talk about stopping Sertraline");
		List<String> checkIns = files.get("checkins.csv").lines().toList();
		assertThat(checkIns.get(0)).isEqualTo("date,mood,anxiety,sleep_hours,sleep_quality,side_effects,exercise,"
				+ "mindfulness,social,note,note_for_therapist,agenda,started_at_utc,started_at_local,time_zone");
		assertThat(checkIns.get(1)).startsWith(day + ",5,,,,\"nausea (MILD, Lithium)\",")
			.endsWith(",I want to talk about stopping Sertraline," + due.minus(Duration.ofHours(1)) + "," + day
					+ " 07:00,Europe/Berlin");
	}

}
