package app.tandem.checkin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.onboarding.Onboarded;
import app.tandem.outbox.Outbox;
import app.tandem.schedule.DueSchedules;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EndToEndTest
class CheckInIntegrationTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	Journal journal;

	@Autowired
	Schedules schedules;

	@Autowired
	MutableClock clock;

	@Autowired
	DueSchedules dueSchedules;

	@Autowired
	Outbox outbox;

	@Autowired
	MongoTemplate mongo;

	@Test
	void shouldSendTheCheckInAtEachUsersLocalTime() {
		TelegramUser berlin = Onboarded.user();
		TelegramUser newYork = EndToEnd.newUser();
		newYork.send("/start");
		newYork.tap("✅ I agree");
		newYork.send("New York");
		newYork.send("8pm");
		newYork.tap("Yes, United States");
		newYork.awaitMessage("All set ✓");

		Instant berlinDue = nextLocal(LocalTime.of(21, 0), BERLIN);
		Instant newYorkDue = nextLocal(LocalTime.of(20, 0), ZoneId.of("America/New_York"));
		assertThat(schedules.nextFireAt("checkin:" + berlin.id())).contains(berlinDue);
		assertThat(schedules.nextFireAt("checkin:" + newYork.id())).contains(newYorkDue);

		clock.set(berlinDue.minusSeconds(60));
		pause();
		assertThat(prompts(berlin)).isZero();

		clock.set(berlinDue);
		berlin.awaitMessage("Time for your check-in");
		assertThat(prompts(newYork)).isZero();

		clock.set(newYorkDue);
		newYork.awaitMessage("Time for your check-in");
		pause();
		assertThat(prompts(berlin)).isEqualTo(1);
		assertThat(prompts(newYork)).isEqualTo(1);
	}

	@Test
	void shouldStoreAFullCheckInGivenWithButtonsAndTypedAnswers() {
		TelegramUser user = Onboarded.user();
		LocalDate today = today();

		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		user.awaitReply("How anxious");
		user.send("3");
		user.awaitReply("How many hours did you sleep");
		user.send("7h30");
		user.tapOn("How well did you sleep", "4");
		Call sideEffects = user.awaitReply("Any medication side effects");
		user.tap(sideEffects, "Nausea");
		user.awaitCall("editMessageReplyMarkup", call -> call.toString().contains("✓ Nausea"));
		user.tap(sideEffects, "Headache");
		user.awaitCall("editMessageReplyMarkup", call -> call.toString().contains("✓ Headache"));
		user.tap(sideEffects, "Other…");
		user.awaitReply("What was it?");
		user.send("tinnitus");
		user.tapOn("Any medication side effects", "Done ✓");
		user.tapOn("How bad was <b>Nausea</b>?", "Mild");
		user.awaitReply("How bad was <b>Headache</b>?");
		user.send("moderate");
		user.tapOn("How bad was <b>tinnitus</b>?", "Severe");
		user.tapOn("Did you move", "30+ min");
		user.tapOn("mindfulness", "Yes");
		user.tapOn("time with other people", "No");
		user.awaitReply("Anything from therapy");
		user.send("Talked about sleep <b>& naps</b> 🙂");
		user.tapOn("for your therapist", "Yes, for my therapist");

		String recap = user.awaitReply("Saved for").text();
		assertThat(recap).contains("Mood 6/10", "Anxiety 3/10", "Sleep 7.5 h", "quality 4/5",
				"Nausea (mild), Headache (moderate), tinnitus (severe)", "Exercise 30+ min", "Mindfulness ✓",
				"Time with others ✗", "for your therapist");
		CheckIn entry = journal.find(user.id(), today).orElseThrow();
		assertThat(entry.mood()).isEqualTo(6);
		assertThat(entry.anxiety()).isEqualTo(3);
		assertThat(entry.sleepHours()).isEqualTo(7.5);
		assertThat(entry.sleepQuality()).isEqualTo(4);
		assertThat(entry.sideEffects()).containsExactly(new SideEffectReport("nausea", Severity.MILD, null),
				new SideEffectReport("headache", Severity.MODERATE, null),
				new SideEffectReport("tinnitus", Severity.SEVERE, null));
		assertThat(entry.exercise()).isEqualTo(Exercise.OVER_30);
		assertThat(entry.mindfulness()).isTrue();
		assertThat(entry.social()).isFalse();
		assertThat(entry.note().text()).isEqualTo("Talked about sleep <b>& naps</b> 🙂");
		assertThat(entry.noteForTherapist()).isTrue();
		assertThat(entry.completedAt()).isNotNull();

		Document raw = mongo.getCollection("checkins").find(new Document("_id", user.id() + ":" + today)).first();
		assertThat(raw.get("note")).isInstanceOf(Binary.class);
		assertThat(raw.toJson()).doesNotContain("Talked");
	}

	@Test
	void shouldGoBackSkipAndKeepWhatWasAnsweredOnCancel() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.tapOn("How’s your mood", "5");
		user.tapOn("How anxious", "◀ Back");
		user.tapOn("How’s your mood", "7");
		user.tapOn("How anxious", "Skip");
		user.awaitReply("How many hours did you sleep");

		user.send("/cancel");
		user.awaitReply("Stopped");

		CheckIn entry = journal.find(user.id(), today()).orElseThrow();
		assertThat(entry.mood()).isEqualTo(7);
		assertThat(entry.anxiety()).isNull();
		assertThat(entry.completedAt()).isNull();
	}

	@Test
	void shouldEditTheSameDaysEntryWhenCheckingInTwice() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.tapOn("How’s your mood", "4");
		user.awaitReply("How anxious");
		user.send("/cancel");
		user.awaitReply("Stopped");

		user.send("/checkin");
		user.tapOn("How’s your mood", "8");
		user.awaitReply("How anxious");

		assertThat(journal.find(user.id(), today()).orElseThrow().mood()).isEqualTo(8);
		assertThat(journal.between(user.id(), today().minusDays(7), today())).hasSize(1);
	}

	@Test
	void shouldReopenARecentDayFromEdit() {
		TelegramUser user = Onboarded.user();
		LocalDate yesterday = today().minusDays(1);
		String label = CheckInRecap.dayLabel(yesterday, Locale.ENGLISH);

		user.send("/edit");
		user.tapOn("Which day", label);
		user.tapOn("Editing " + label, "3");
		user.awaitReply("How anxious");

		assertThat(journal.find(user.id(), yesterday).orElseThrow().mood()).isEqualTo(3);
	}

	@Test
	void shouldAnswerAButtonOfAPassedStepOrAnotherDayAsClosed() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		Call moodQuestion = user.awaitReply("How’s your mood");
		user.tap(moodQuestion, "6");
		user.awaitReply("How anxious");

		user.tap(moodQuestion, "2");

		user.awaitCall("answerCallbackQuery", call -> call.params().path("text").asText().contains("has closed"));
		assertThat(journal.find(user.id(), today()).orElseThrow().mood()).isEqualTo(6);
	}

	@Test
	void shouldAnswerAButtonOfAnEarlierDaysCheckInAsClosed() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		Call yesterdays = user.awaitReply("How’s your mood");
		user.send("/cancel");
		user.awaitReply("Stopped");
		clock.advance(Duration.ofDays(1));
		user.send("/checkin");
		user.awaitReply("How’s your mood");

		user.tap(yesterdays, "3");

		user.awaitCall("answerCallbackQuery", call -> call.params().path("text").asText().contains("has closed"));
		assertThat(journal.find(user.id(), today()).map(CheckIn::mood)).isEmpty();
		assertThat(journal.find(user.id(), today().minusDays(1)).map(CheckIn::mood)).isEmpty();
	}

	@Test
	void shouldRefuseBadTypedAnswersWithAHintAndStoreNothing() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.awaitReply("How’s your mood");

		user.send("mood 15");
		user.awaitReply("Mood goes from 0 to 10");
		user.send("-2");
		user.awaitReply("Mood goes from 0 to 10");
		user.send("great!");
		user.awaitReply("Please tap a number, or type one from 0 to 10");
		user.send("6.5");
		user.awaitReply("Mood takes a whole number");
		assertThat(journal.find(user.id(), today()).map(CheckIn::mood)).isEmpty();

		user.send("7");
		user.awaitReply("How anxious");
		user.send("3");
		user.awaitReply("How many hours did you sleep");
		user.send("30h");
		user.awaitReply("Sleep goes from 0 to 20 hours");
		user.send("lots");
		user.awaitReply("type the hours like");
		assertThat(journal.find(user.id(), today()).orElseThrow().sleepHours()).isNull();
		assertThat(journal.find(user.id(), today()).orElseThrow().mood()).isEqualTo(7);
	}

	@Test
	void shouldNudgeOnceWhenTheCheckInWasNotStarted() {
		TelegramUser user = Onboarded.user();
		Instant due = schedules.nextFireAt("checkin:" + user.id()).orElseThrow();
		clock.set(due);
		user.awaitMessage("Time for your check-in");

		clock.set(due.plus(Duration.ofHours(2)));
		user.awaitMessage("gentle reminder");
		clock.set(due.plus(Duration.ofHours(3)));
		pause();

		assertThat(user.texts()).filteredOn(text -> text.contains("gentle reminder")).hasSize(1);
	}

	@Test
	void shouldShowWhatWasStoredInHistory() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		user.awaitReply("How anxious");
		user.send("3");
		user.awaitReply("How many hours");
		user.send("7.5");
		user.awaitReply("How well did you sleep");
		user.send("/cancel");
		user.awaitReply("Stopped");

		user.send("/history");

		String table = user.awaitReply("Your last 7 days").text();
		assertThat(table).contains("<pre>").containsPattern("\\s6\\s+3\\s+7\\.5h");
		assertThat(table.lines().filter(line -> line.contains("–")).count()).isGreaterThanOrEqualTo(6);
	}

	private Instant nextLocal(LocalTime time, ZoneId zone) {
		ZonedDateTime now = clock.instant().atZone(zone);
		ZonedDateTime candidate = now.toLocalDate().atTime(time).atZone(zone);
		return (candidate.toInstant().isAfter(clock.instant()) ? candidate : candidate.plusDays(1)).toInstant();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(BERLIN));
	}

	private static long prompts(TelegramUser user) {
		return user.texts().stream().filter(text -> text.contains("Time for your check-in")).count();
	}

	/** Waits until the schedules have run at the clock's time and what they queued has gone out. */
	private void pause() {
		Instant now = clock.instant();
		await().until(() -> dueSchedules.hasRunFor(now) && outbox.isIdle());
	}

}
