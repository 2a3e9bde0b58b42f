package app.tandem.checkin;

import java.time.Instant;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import app.tandem.medication.Medicated;
import app.tandem.onboarding.Onboarded;
import app.tandem.outbox.Outbox;
import app.tandem.schedule.DueSchedules;
import app.tandem.support.EndToEnd;
import app.tandem.support.FakeBotApi;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The check-in across the US change to daylight saving time (Sunday 14 March 2027), in an application whose clock
 * starts the day before, then a dose across the European change (Sunday 28 March 2027). Ordered, because the clock
 * only moves forward.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "tandem.telegram.token=" + DaylightSavingIntegrationTests.TOKEN,
				"tandem.test.clock-start=2027-03-13T12:00:00Z", "tandem.store.embedded-backend=memory",
				"tandem.store.uri=", "tandem.outbox.per-chat-per-second=50", "tandem.outbox.per-chat-burst=50",
				"tandem.schedule.tick=200ms", "tandem.store.data-dir=target/test-data" })
@Import(EndToEnd.Configuration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DaylightSavingIntegrationTests {

	static final String TOKEN = "7171717:TEST_token_for_dst_tests_xxxxxx";

	@Autowired
	MutableClock clock;

	@Autowired
	DueSchedules dueSchedules;

	@Autowired
	Outbox outbox;

	@Test
	@Order(1)
	void shouldKeepTheCheckInAtEightPmLocalAcrossTheChangeToSummerTime() {
		TelegramUser user = new TelegramUser(FakeBotApi.shared().bot(TOKEN), 9_100_001, "en");
		user.send("/start");
		user.tapOn("Is that OK with you?", "✅ I agree");
		user.awaitReply("Which time zone");
		user.send("America/New_York");
		user.awaitReply("What time suits you");
		user.send("20:00");
		user.tapOn("helplines for", "Yes, United States");
		user.awaitReply("All set ✓");

		clock.set(Instant.parse("2027-03-14T01:00:00Z"));
		user.awaitMessage("Time for your check-in");

		clock.set(Instant.parse("2027-03-14T23:59:00Z"));
		awaitTheSchedulesRun();
		assertThat(prompts(user)).isEqualTo(1);

		clock.set(Instant.parse("2027-03-15T00:00:00Z"));
		await().until(() -> prompts(user) == 2);
	}

	@Test
	@Order(2)
	void shouldKeepADoseAtEightAmLocalAcrossTheEuropeanChangeToSummerTime() {
		TelegramUser user = Onboarded.setUp(new TelegramUser(FakeBotApi.shared().bot(TOKEN), 9_100_002, "en"));
		user.send("/addmed");
		user.awaitReply("What’s the medication called?");
		user.send("Sertraline");
		user.awaitReply("What dose");
		user.send("50 mg");
		user.tapOn("When do you take it?", "Morning 08:00");
		user.tapOn("On which days?", "Every day");
		user.tapOn("How many do you have on hand?", "Skip");
		user.awaitReply("✓ Added");

		clock.set(Instant.parse("2027-03-27T07:00:00Z"));
		user.awaitMessage("Time for <b>Sertraline 50 mg</b>");
		clock.set(Instant.parse("2027-03-28T05:59:00Z"));
		awaitTheSchedulesRun();
		assertThat(reminders(user)).isEqualTo(1);

		clock.set(Instant.parse("2027-03-28T06:00:00Z"));
		await().until(() -> reminders(user) == 2);
	}

	/**
	 * A dose at 01:45 on the night clocks spring forward: its follow-up, due at 02:15, falls into the gap and fires
	 * at 03:00 summer time, 75 minutes of real time after the dose. It must still find its dose.
	 */
	@Test
	@Order(3)
	void shouldFollowUpADoseWhoseFollowUpFallsIntoTheSpringForwardGap() {
		clock.set(Instant.parse("2027-03-27T12:00:00Z"));
		TelegramUser user = Onboarded.setUp(new TelegramUser(FakeBotApi.shared().bot(TOKEN), 9_100_003, "en"));
		Medicated.add(user, "Quetiapine", "25 mg", "01:45");

		clock.set(Instant.parse("2027-03-28T00:45:00Z"));
		user.awaitMessage("Time for <b>Quetiapine 25 mg</b>");
		clock.set(Instant.parse("2027-03-28T01:00:00Z"));

		user.awaitMessage("Just checking: <b>Quetiapine 25 mg</b>");
	}

	private static long reminders(TelegramUser user) {
		return user.texts().stream().filter(text -> text.contains("Time for <b>Sertraline")).count();
	}

	private static long prompts(TelegramUser user) {
		return user.texts().stream().filter(text -> text.contains("Time for your check-in")).count();
	}

	/** Waits until the schedules have run at the clock's time and what they queued has gone out. */
	private void awaitTheSchedulesRun() {
		Instant now = clock.instant();
		await().until(() -> dueSchedules.hasRunFor(now) && outbox.isIdle());
	}

}
