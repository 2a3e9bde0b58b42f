package app.tandem;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.tandem.checkin.Journal;
import app.tandem.onboarding.Onboarded;
import app.tandem.support.FakeBotApi;
import app.tandem.support.TelegramUser;
import app.tandem.support.Updates;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stops and starts the whole application on the embedded file store: what was stored survives, a conversation
 * continues at the step it was at, and an update Telegram delivers again after the restart changes nothing.
 */
class RestartIntegrationTests {

	static final String TOKEN = "5151515:TEST_token_for_restart_tests_x";

	@TempDir
	Path data;

	@Test
	void shouldKeepDataAndConversationAcrossARestartAndIgnoreARedeliveredUpdate() {
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(TOKEN);
		TelegramUser user = new TelegramUser(bot, 8_100_001, "en");
		long helpUpdateId;
		ObjectNode helpUpdate;

		try (ConfigurableApplicationContext first = start()) {
			user.send("/start");
			user.tap("✅ I agree");
			user.tap("Berlin");
			user.awaitMessage("What time suits you");
			helpUpdateId = bot.nextUpdateId();
			helpUpdate = Updates.text(helpUpdateId, user.id(), "private", user.id(), "en", "/help");
			bot.push(helpUpdate);
			user.awaitMessage("What I can do");
		}

		try (ConfigurableApplicationContext second = start()) {
			bot.push(helpUpdate);
			user.send("8pm");

			user.awaitMessage("helplines for <b>Germany</b>");
			UserProfile profile = second.getBean(Users.class).find(user.id()).orElseThrow();
			assertThat(profile.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
			assertThat(profile.checkInTime()).isEqualTo(LocalTime.of(20, 0));
			await().until(bot::allUpdatesConfirmed);
			assertThat(user.texts()).filteredOn(text -> text.contains("What I can do"))
				.as("update %d was handled once", helpUpdateId)
				.hasSize(1);
		}
	}

	@Test
	void shouldResumeACheckInAtTheSameStepAfterARestart() {
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(TOKEN);
		TelegramUser user = new TelegramUser(bot, 8_100_002, "en");

		try (ConfigurableApplicationContext first = start()) {
			Onboarded.setUp(user);
			user.send("/checkin");
			user.tapOn("How’s your mood", "4");
			user.awaitReply("How anxious");
		}

		try (ConfigurableApplicationContext second = start()) {
			user.send("2");

			user.awaitReply("How many hours did you sleep");
			var entries = second.getBean(Journal.class)
				.latestMoods(user.id(), 1);
			assertThat(entries).singleElement().satisfies(entry -> {
				assertThat(entry.mood()).isEqualTo(4);
				assertThat(entry.anxiety()).isEqualTo(2);
			});
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TandemApplication.class).run("--tandem.telegram.token=" + TOKEN,
				"--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl(), "--tandem.store.uri=",
				"--tandem.store.embedded-backend=file", "--tandem.store.data-dir=" + data,
				"--spring.main.web-application-type=none", "--tandem.outbox.per-chat-per-second=50",
				"--tandem.outbox.per-chat-burst=50");
	}

}
