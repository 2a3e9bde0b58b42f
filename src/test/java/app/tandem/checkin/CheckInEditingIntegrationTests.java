package app.tandem.checkin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEndTest;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Changing a day that already has an entry: today's check-in done twice, or an earlier day filled in with /edit.
 */
@EndToEndTest
class CheckInEditingIntegrationTests {

	@Autowired
	Journal journal;

	@Autowired
	MutableClock clock;

	@Autowired
	MongoTemplate mongo;

	@Test
	void shouldAskBeforeChangingADoneCheckInAndLeaveTheDayAsItWasOnCancel() {
		TelegramUser user = Onboarded.user();
		checkInWithMood(user, "6");
		user.awaitReply("Saved for");
		CheckIn before = journal.find(user.id(), today()).orElseThrow();

		user.send("/checkin");
		user.tapOn("You already checked in today — change it?", "Change it");
		user.tapOn("Editing", "2");
		user.tapOn("How anxious", "9");
		user.awaitReply("How many hours");
		assertThat(journal.find(user.id(), today()).orElseThrow().mood()).isEqualTo(2);
		user.send("/cancel");
		user.awaitReply("Stopped");

		assertThat(journal.find(user.id(), today()).orElseThrow()).isEqualTo(before);
	}

	@Test
	void shouldKeepTheDayWhenThePersonChoosesKeepAndApplyAFinishedEdit() {
		TelegramUser user = Onboarded.user();
		checkInWithMood(user, "6");
		user.awaitReply("Saved for");

		user.send("/checkin");
		user.tapOn("change it?", "Keep it");
		user.awaitReply("Kept as it is");
		assertThat(journal.find(user.id(), today()).orElseThrow().mood()).isEqualTo(6);

		user.send("/checkin");
		user.tapOn("change it?", "Change it");
		user.tapOn("Editing", "4");
		skipTheRest(user);
		user.awaitReply("Saved for");
		user.send("/cancel");
		user.awaitReply("Nothing to stop");
		assertThat(journal.find(user.id(), today()).orElseThrow().mood()).isEqualTo(4);
	}

	@Test
	void shouldAskAboutThatDayWhenBackFillingAndStartNoneOfTodaysFollowUps() {
		TelegramUser user = Onboarded.user();
		LocalDate before = today().minusDays(2);
		String label = CheckInRecap.dayLabel(before, Locale.ENGLISH);

		user.send("/edit " + before);
		user.tapOn("How was your mood on " + label + "?", "0");
		user.tapOn("How anxious did you feel on " + label + "?", "Skip");
		user.tapOn("How many hours did you sleep the night before " + label + "?", "Skip");
		user.tapOn("How well did you sleep", "Skip");
		user.tapOn("Any medication side effects on " + label, "Skip");
		user.tapOn("Did you move or exercise on " + label + "?", "Skip");
		user.tapOn("Any mindfulness or relaxation on " + label + "?", "Skip");
		user.tapOn("Did you spend time with other people on " + label + "?", "Skip");
		user.tapOn("Anything from therapy or from " + label, "Skip");
		user.awaitReply("Saved for " + label);
		user.send("/help");
		user.awaitReply("What I can do");

		assertThat(journal.find(user.id(), before).orElseThrow().mood()).isZero();
		assertThat(user.texts()).noneMatch(text -> text.contains("today feels so hard"))
			.noneMatch(text -> text.contains("It’s been a while"))
			.noneMatch(text -> text.contains("today") && text.contains("How"));
		assertThat(mongo.count(Query.query(where("userId").is(user.id())), "crisis_events")).isZero();
	}

	@Test
	void shouldStillOfferSupportForALowMoodToday() {
		TelegramUser user = Onboarded.user();

		user.send("/edit " + today());
		user.tapOn("How’s your mood today?", "0");
		user.tapOn("How anxious have you felt today?", "Skip");
		user.tapOn("How many hours did you sleep last night?", "Skip");
		user.tapOn("How well did you sleep", "Skip");
		user.tapOn("Any medication side effects today?", "Skip");
		user.tapOn("Did you move", "Skip");
		user.tapOn("mindfulness", "Skip");
		user.tapOn("time with other people", "Skip");
		user.tapOn("Anything from therapy", "Skip");

		user.awaitReply("today feels so hard");
		assertThat(mongo.count(Query.query(where("userId").is(user.id())), "crisis_events")).isEqualTo(1);
	}

	private static void checkInWithMood(TelegramUser user, String mood) {
		user.send("/checkin");
		user.tapOn("How’s your mood", mood);
		skipTheRest(user);
	}

	private static void skipTheRest(TelegramUser user) {
		user.tapOn("How anxious", "Skip");
		user.tapOn("How many hours", "Skip");
		user.tapOn("How well did you sleep", "Skip");
		user.tapOn("Any medication side effects", "Skip");
		user.tapOn("Did you move", "Skip");
		user.tapOn("mindfulness", "Skip");
		user.tapOn("time with other people", "Skip");
		user.tapOn("Anything from therapy", "Skip");
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
	}

}
