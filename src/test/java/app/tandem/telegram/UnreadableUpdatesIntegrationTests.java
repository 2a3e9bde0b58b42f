package app.tandem.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;

import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi;
import app.tandem.support.TelegramUser;
import app.tandem.support.Updates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram sends an update the client library cannot read: it is skipped and counted, and everyone else is still
 * answered (before, the whole batch failed again and again, and nobody got a reply).
 */
@EndToEndTest
class UnreadableUpdatesIntegrationTests {

	@Autowired
	@Qualifier("telegram")
	HealthIndicator telegramHealth;

	@Test
	void shouldSkipUpdatesItCannotReadCountThemAndAnswerEveryoneElse() {
		FakeBotApi.Bot bot = EndToEnd.bot();
		TelegramUser broken = EndToEnd.newUser();
		TelegramUser other = EndToEnd.newUser();
		long before = skipped();
		ObjectNode chatWithoutType = Updates.text(bot.nextUpdateId(), broken.id(), "private", broken.id(), "en",
				"/help");
		((ObjectNode) chatWithoutType.get("message").get("chat")).remove("type");
		ObjectNode textAsAnObject = Updates.text(bot.nextUpdateId(), broken.id(), "private", broken.id(), "en", "hi");
		((ObjectNode) textAsAnObject.get("message")).putObject("text").put("unexpected", true);

		bot.push(chatWithoutType);
		bot.push(textAsAnObject);
		other.send("/help");

		other.awaitMessage("What I can do");
		assertThat(skipped()).isEqualTo(before + 2);
		assertThat(broken.messages()).isEmpty();
	}

	private long skipped() {
		return ((Number) telegramHealth.health().getDetails().get("skippedUpdates")).longValue();
	}

}
