package app.tandem.support;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Shared pieces of the end-to-end tests.
 */
public final class EndToEnd {

	/** A made-up token in the shape BotFather gives. */
	public static final String TOKEN = "4242424:TEST_token_for_tandem_e2e_tests";

	private static final AtomicLong USER_IDS = new AtomicLong(7_000_000);

	private EndToEnd() {
	}

	public static FakeBotApi.Bot bot() {
		return FakeBotApi.shared().bot(TOKEN);
	}

	/** A new person, never seen by the bot, with the given Telegram language. */
	public static TelegramUser newUser(String languageCode) {
		return new TelegramUser(bot(), USER_IDS.incrementAndGet(), languageCode);
	}

	public static TelegramUser newUser() {
		return newUser("en");
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		MutableClock testClock(@Value("${tandem.test.clock-start:2026-11-29T12:00:00Z}") Instant start) {
			return new MutableClock(start);
		}

		@Bean
		DynamicPropertyRegistrar fakeBotApiUrl() {
			return registry -> registry.add("tandem.telegram.api-url", () -> FakeBotApi.shared().baseUrl());
		}

	}

}
