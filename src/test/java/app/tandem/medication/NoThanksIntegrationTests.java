package app.tandem.medication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.checkin.CheckIn;
import app.tandem.checkin.Journal;
import app.tandem.onboarding.Onboarded;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "No thanks" to adding a wish to stop a medication to the notes gets an answer that fits, and adds nothing.
 */
@EndToEndTest
class NoThanksIntegrationTests {

	@Autowired
	Schedules schedules;

	@Autowired
	Journal journal;

	@Autowired
	MutableClock clock;

	@Test
	void shouldSayNothingWasAddedWhenTheNoteIsDeclined() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Quetiapine", "50 mg", "09:00");
		Instant due = schedules.nextFireAt("dose:" + user.id() + ":09:00").orElseThrow();
		clock.set(due);
		Call reminder = user.awaitMessage("Time for <b>Quetiapine 50 mg</b>");
		user.tap(reminder, "Skip");
		user.tapOn("Skipped Quetiapine", "I want to stop it");

		user.tapOn("Please don’t stop or change Quetiapine", "No thanks");

		Call toast = user.awaitCall("answerCallbackQuery",
				call -> call.params().path("text").asText().contains("nothing added"));
		assertThat(toast.params().path("text").asText()).isEqualTo("Okay — nothing added to your notes.")
			.doesNotContain("Good");
		LocalDate today = LocalDate.ofInstant(due, ZoneId.of("Europe/Berlin"));
		assertThat(journal.find(user.id(), today).map(CheckIn::agenda).filter(agenda -> !agenda.isEmpty())).isEmpty();
	}

}
