package app.tandem.safety;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import app.tandem.support.EndToEnd;
import app.tandem.support.FakeBotApi;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two hundred people write at the same moment, and one of them needs crisis help: it is answered within a second,
 * ahead of everyone else's replies, with the shipped sending limits. In its own application, so the replies it
 * leaves queued hold up no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "tandem.telegram.token=" + CrisisUnderLoadIntegrationTests.TOKEN,
				"tandem.store.embedded-backend=memory", "tandem.store.uri=", "tandem.store.data-dir=target/test-data" })
@Import(EndToEnd.Configuration.class)
@DirtiesContext
class CrisisUnderLoadIntegrationTests {

	static final String TOKEN = "8282828:TEST_token_for_the_load_test_xx";

	static final FakeBotApi.Bot BOT = FakeBotApi.shared().bot(TOKEN);

	@Test
	void shouldAnswerACrisisWithinASecondWhileTwoHundredPeopleWriteAtOnce() {
		TelegramUser warmUp = new TelegramUser(BOT, 9_220_000, "en");
		warmUp.send("/help");
		warmUp.awaitMessage("What I can do");
		TelegramUser inCrisis = new TelegramUser(BOT, 9_220_001, "en");
		for (int i = 0; i < 200; i++) {
			new TelegramUser(BOT, 9_221_000 + i, "en").send("/help");
		}

		long sent = System.nanoTime();
		inCrisis.send("/crisis");

		Call crisis = inCrisis.awaitMessage("You’re not alone");
		assertThat(Duration.ofNanos(crisis.nanoTime() - sent)).isLessThan(Duration.ofSeconds(1));
		assertThat(BOT.calls(call -> call.method().equals("sendMessage") && call.chatId() >= 9_221_000
				&& call.chatId() < 9_221_200 && call.nanoTime() < crisis.nanoTime())).hasSizeLessThan(100);
	}

}
