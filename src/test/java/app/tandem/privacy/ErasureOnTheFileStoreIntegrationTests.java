package app.tandem.privacy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.tandem.TandemApplication;
import app.tandem.medication.Medicated;
import app.tandem.onboarding.Onboarded;
import app.tandem.support.FakeBotApi;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the embedded file store, what someone typed cannot be read back from the store file byte-wise once they
 * deleted their data and Tandem restarted (H2 leaves removed documents in old chunks of the file; the file is
 * rewritten with its live data at start), while someone else's data stays.
 */
class ErasureOnTheFileStoreIntegrationTests {

	static final String TOKEN = "6161616:TEST_token_for_erasure_on_file";

	@TempDir
	Path data;

	@Test
	void shouldLeaveNoneOfTheDeletedPersonsWordsInTheStoreFile() throws Exception {
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(TOKEN);
		TelegramUser user = new TelegramUser(bot, 8_200_001, "en");
		TelegramUser other = new TelegramUser(bot, 8_200_002, "en");
		List<String> words = List.of("Ombrelisk", "Trevanquil", "Dusmorrow");

		try (ConfigurableApplicationContext app = start()) {
			Onboarded.setUp(other);
			Onboarded.setUp(user);
			user.send("/name " + words.get(0));
			user.awaitReply("Your summaries will show");
			Medicated.add(user, words.get(1), "20 mg", "08:00");
			user.send("/safetyplan");
			user.awaitReply("1/7 Warning signs");
			user.send("When I sleep all day " + words.get(2));
			user.awaitReply("2/7");
			user.send("/cancel");
			user.awaitReply("Stopped");

			user.send("/delete");
			user.tapOn("It can’t be undone", "🗑 Delete everything");
			user.awaitReply("everything I stored about you is erased");

		}

		try (ConfigurableApplicationContext again = start()) {
			assertThat(readable(data.resolve("tandem.mv.db"))).doesNotContain(words);
			other.send("/settings");
			other.awaitReply("Your settings");
		}
	}

	private static String readable(Path file) throws Exception {
		return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(TandemApplication.class).run("--tandem.telegram.token=" + TOKEN,
				"--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl(), "--tandem.store.uri=",
				"--tandem.store.embedded-backend=file", "--tandem.store.data-dir=" + data,
				"--spring.main.web-application-type=none", "--tandem.outbox.per-chat-per-second=50",
				"--tandem.outbox.per-chat-burst=50");
	}

}
