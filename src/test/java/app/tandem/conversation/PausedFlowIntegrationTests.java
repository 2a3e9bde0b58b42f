package app.tandem.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.checkin.Journal;
import app.tandem.onboarding.Onboarded;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;
import app.tandem.user.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule for interruptions: a command or a scheduled prompt pauses the open flow, and the person can pick it up
 * again where it was, with nothing typed so far lost.
 */
@EndToEndTest
class PausedFlowIntegrationTests {

	@Autowired
	Journal journal;

	@Autowired
	Schedules schedules;

	@Autowired
	Users users;

	@Autowired
	MutableClock clock;

	@Test
	void shouldOfferToContinueACheckInAnotherCommandInterruptedAndKeepItsButtonsWorking() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		Call anxiety = user.awaitReply("How anxious");

		user.send("/addmed");
		user.awaitReply("What’s the medication called?");
		user.send("/cancel");
		user.awaitReply("Stopped");
		user.send("/help");
		user.awaitReply("What I can do");

		user.tapOn("You were in the middle of today’s check-in — continue?", "Continue");
		user.awaitReply("How anxious");
		user.tap(anxiety, "3");
		user.awaitReply("How many hours");
		assertThat(journal.find(user.id(), today()).orElseThrow().mood()).isEqualTo(6);
		assertThat(journal.find(user.id(), today()).orElseThrow().anxiety()).isEqualTo(3);
	}

	@Test
	void shouldPickAPausedFlowUpWhenItsOldButtonIsTapped() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		Call mood = user.awaitReply("How’s your mood");
		user.send("/addmed");
		user.awaitReply("What’s the medication called?");

		user.tap(mood, "7");

		user.awaitReply("How anxious");
		assertThat(journal.find(user.id(), today()).orElseThrow().mood()).isEqualTo(7);
		assertThat(user.texts()).noneMatch(text -> text.contains("has closed"));
	}

	@Test
	void shouldPauseAHalfDoneFlowForTheScheduledCheckInAndResumeItAfterwards() {
		TelegramUser user = Onboarded.user();
		user.send("/addmed");
		user.awaitReply("What’s the medication called?");
		user.send("Sertraline");
		user.awaitReply("What dose of Sertraline");

		Instant due = schedules.nextFireAt("checkin:" + user.id()).orElseThrow();
		clock.set(due);
		user.tapOn("Time for your check-in", "5");
		user.awaitReply("How anxious");
		user.send("/cancel");
		user.awaitReply("Stopped");
		user.send("/help");
		user.awaitReply("What I can do");
		user.tapOn("You were in the middle of adding a medication — continue?", "Continue");
		user.awaitReply("Back to it");
		user.send("50 mg");

		user.awaitReply("When do you take it?");
		assertThat(journal.find(user.id(), today()).orElseThrow().mood()).isEqualTo(5);
	}

	@Test
	void shouldLetAPausedFlowBeDropped() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		Call anxiety = user.awaitReply("How anxious");
		user.send("/addmed");
		user.send("/cancel");
		user.awaitReply("Stopped");
		user.send("/help");

		user.tapOn("continue?", "Drop it");
		user.awaitReply("Dropped");
		user.tap(anxiety, "3");

		user.awaitCall("answerCallbackQuery", call -> call.params().path("text").asText().contains("has closed"));
		assertThat(journal.find(user.id(), today()).orElseThrow().anxiety()).isNull();
	}

	@Test
	void shouldNotKeepADeletionWaitingBehindAnotherCommand() {
		TelegramUser user = Onboarded.user();
		user.send("/delete");
		Call confirm = user.awaitReply("It can’t be undone");
		user.send("/checkin");
		user.awaitReply("How’s your mood");
		user.send("/cancel");
		user.awaitReply("Stopped");
		user.send("/help");
		user.awaitReply("What I can do");

		user.tap(confirm, "🗑 Delete everything");

		user.awaitCall("answerCallbackQuery", call -> call.params().path("text").asText().contains("has closed"));
		assertThat(user.texts()).noneMatch(text -> text.contains("You were in the middle of"));
		assertThat(users.find(user.id())).isPresent();
	}

	@Test
	void shouldLetTheSavedCheckInBeTheLastWordAndOfferTheInterruptedFlowWhenThePersonWritesAgain() {
		TelegramUser user = Onboarded.user();
		user.send("/addmed");
		user.awaitReply("What’s the medication called?");
		user.send("Sertraline");
		user.awaitReply("What dose of Sertraline");
		clock.set(schedules.nextFireAt("checkin:" + user.id()).orElseThrow());
		user.tapOn("Time for your check-in", "5");
		for (String question : List.of("How anxious", "How many hours", "How well did you sleep",
				"Any medication side effects", "Did you move", "mindfulness", "time with other people",
				"Anything from therapy")) {
			user.tapOn(question, "Skip");
		}
		user.awaitReply("Saved for");

		user.send("thanks");

		user.tapOn("You were in the middle of adding a medication — continue?", "Continue");
		user.awaitReply("Back to it");
		assertThat(textsAfter(user, "Saved for")).first().asString().contains("You were in the middle of");
		assertThat(user.texts()).as("the question is the answer to 'thanks'")
			.noneMatch(text -> text.contains("I didn’t ask anything just now"));
	}

	@Test
	void shouldNotAskToContinueRightAfterTheSettingsAreCancelled() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		user.awaitReply("How anxious");
		user.send("/settings");
		user.awaitReply("What would you like to change?");

		user.send("/cancel");
		user.awaitReply("Stopped");
		user.send("/history");

		user.awaitReply("You were in the middle of today’s check-in — continue?");
		assertThat(textsAfter(user, "Stopped")).first().asString().doesNotContain("continue?");
	}

	@Test
	void shouldNotAskToContinueRightAfterThePhq9CrisisCard() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		user.awaitReply("How anxious");
		user.send("/phq9");
		for (int item = 1; item <= 9; item++) {
			user.tapOn("<b>" + item + "/9</b>", (item == 9) ? "Several days" : "Not at all");
		}
		user.awaitReply("Your PHQ-9 score: 1 of 27");
		user.send("/help");

		user.awaitReply("You were in the middle of today’s check-in — continue?");
		assertThat(textsAfter(user, "Your PHQ-9 score")).first().asString().contains("What I can do");
	}

	/** What the person was sent after the first message containing {@code fragment}, in order. */
	private static List<String> textsAfter(TelegramUser user, String fragment) {
		List<String> texts = user.texts();
		int at = 0;
		while (at < texts.size() && (texts.get(at) == null || !texts.get(at).contains(fragment))) {
			at++;
		}
		return texts.subList(Math.min(at + 1, texts.size()), texts.size());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
	}

}
