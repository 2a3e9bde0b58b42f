package app.tandem.medication;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.tandem.TandemApplication;
import app.tandem.onboarding.Onboarded;
import app.tandem.outbox.Outbox;
import app.tandem.schedule.DueSchedules;
import app.tandem.schedule.Schedules;
import app.tandem.store.StoreConnection;
import app.tandem.support.EndToEnd;
import app.tandem.support.FakeBotApi;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Whole applications started and stopped by the test: two instances of one bot sharing one store send a reminder
 * once; after a restart, a reminder still inside its window is sent late and an older one is recorded not reminded.
 */
class InstancesIntegrationTests {

	static final String TOKEN_A = "9191911:TEST_token_for_instance_a_xxxx";

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@TempDir
	Path data;

	@Test
	void shouldSendAReminderOnceWhenTwoInstancesShareOneStore() {
		// One bot, as in production: one instance polls, either may handle an update or send a reminder. (With a
		// token each, an update one instance took in could be handled by the other and answered by the other bot.)
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(TOKEN_A);
		TelegramUser user = new TelegramUser(bot, 9_300_001, "en");
		try (ConfigurableApplicationContext a = start(TOKEN_A, "", null);
				ConfigurableApplicationContext b = start(TOKEN_A,
						a.getBean(StoreConnection.class).uri().getConnectionString(), null)) {
			Onboarded.setUp(user);
			Medicated.add(user, "Sertraline", "50 mg", "08:00");
			Instant due = a.getBean(Schedules.class).nextFireAt("dose:" + user.id() + ":08:00").orElseThrow();

			a.getBean(MutableClock.class).set(due);
			b.getBean(MutableClock.class).set(due);

			await().until(() -> reminders(bot, user) >= 1);
			// both instances have run their schedules at the due time and sent what they stored: a second
			// reminder, had either claimed the dose too, would be out by now
			await().until(() -> ranAndSent(a, due) && ranAndSent(b, due));
			assertThat(reminders(bot, user)).isEqualTo(1);
			LocalDate day = LocalDate.ofInstant(due, BERLIN);
			assertThat(a.getBean(DoseLog.class).between(user.id(), day, day)).hasSize(1);
		}
	}

	private static boolean ranAndSent(ConfigurableApplicationContext instance, Instant due) {
		return instance.getBean(DueSchedules.class).hasRunFor(due) && instance.getBean(Outbox.class).isIdle();
	}

	@Test
	void shouldSendALateReminderAfterARestartAndRecordAnOlderOneNotReminded() {
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(TOKEN_A);
		TelegramUser user = new TelegramUser(bot, 9_300_002, "en");
		Instant laterDue;
		Instant earlierDue;
		try (ConfigurableApplicationContext first = start(TOKEN_A, "", null)) {
			Onboarded.setUp(user);
			Medicated.add(user, "Lithium", "400 mg", "09:00");
			Medicated.add(user, "Vitamin D", "1 tablet", "06:00");
			Schedules schedules = first.getBean(Schedules.class);
			laterDue = schedules.nextFireAt("dose:" + user.id() + ":09:00").orElseThrow();
			earlierDue = schedules.nextFireAt("dose:" + user.id() + ":06:00").orElseThrow();
		}
		assertThat(Duration.between(earlierDue, laterDue).abs()).isEqualTo(Duration.ofHours(3));

		Instant restartAt = laterDue.plus(Duration.ofHours(1));
		try (ConfigurableApplicationContext second = start(TOKEN_A, "", restartAt)) {
			user.awaitMessage("A bit late — I was offline at 09:00");
			LocalDate day = LocalDate.ofInstant(laterDue, BERLIN);
			DoseLog doses = second.getBean(DoseLog.class);
			await().until(() -> doses.between(user.id(), day, day).size() == 2);
			List<DoseRecord> records = doses.between(user.id(), day, day);
			assertThat(records).extracting(DoseRecord::status)
				.containsExactlyInAnyOrder(DoseStatus.NOT_REMINDED, DoseStatus.PENDING);
			assertThat(user.texts()).noneMatch(text -> text.contains("Vitamin D 1 tablet</b>") && text.contains("Time"));
		}
	}

	private static long reminders(FakeBotApi.Bot bot, TelegramUser user) {
		return bot.calls(call -> call.method().equals("sendMessage") && call.chatId() == user.id()
				&& call.text() != null && call.text().contains("Time for")).size();
	}

	/** Instances on one MongoDB share one key (Tandem refuses to start on MongoDB without one). */
	static final String SHARED_KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

	private ConfigurableApplicationContext start(String token, String storeUri, Instant clockStart) {
		return new SpringApplicationBuilder(TandemApplication.class, EndToEnd.Configuration.class).run(
				"--tandem.telegram.token=" + token, "--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl(),
				"--tandem.store.uri=" + storeUri, "--tandem.store.embedded-backend=file",
				"--tandem.store.data-dir=" + data, "--spring.main.web-application-type=none",
				"--tandem.outbox.per-chat-per-second=50", "--tandem.outbox.per-chat-burst=50",
				"--tandem.schedule.tick=200ms", "--tandem.store.encryption-key=" + SHARED_KEY,
				"--tandem.test.clock-start=" + ((clockStart != null) ? clockStart : "2026-11-29T12:00:00Z"));
	}

}
