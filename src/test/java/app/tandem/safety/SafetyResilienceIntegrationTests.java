package app.tandem.safety;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

import app.tandem.chat.OutboundMessage;
import app.tandem.onboarding.Onboarded;
import app.tandem.outbox.Lane;
import app.tandem.outbox.Outbox;
import app.tandem.store.StoreConnection;
import app.tandem.support.EndToEnd;
import app.tandem.support.FakeBotApi;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Crisis help under pressure: a send queue full of scheduled pings (at a slow global rate), and then a store that
 * has gone away, with the shipped 5 s server-selection timeout. Runs in its own
 * application, which it leaves broken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "tandem.telegram.token=" + SafetyResilienceIntegrationTests.TOKEN,
				"tandem.store.embedded-backend=memory", "tandem.store.uri=", "tandem.store.data-dir=target/test-data",
				"tandem.outbox.global-per-second=4",
				"tandem.outbox.per-chat-per-second=50", "tandem.outbox.per-chat-burst=50" })
@Import(EndToEnd.Configuration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DirtiesContext
class SafetyResilienceIntegrationTests {

	static final String TOKEN = "8181818:TEST_token_for_resilience_tests";

	static final FakeBotApi.Bot BOT = FakeBotApi.shared().bot(TOKEN);

	@Autowired
	Outbox outbox;

	@Autowired
	StoreConnection store;

	@Test
	@Order(1)
	void shouldSendTheCrisisMessageAheadOfAFullQueueOfScheduledPings() {
		TelegramUser user = new TelegramUser(BOT, 9_200_001, "en");
		for (long chat = 1; chat <= 60; chat++) {
			outbox.send(500_000 + chat, new OutboundMessage.Text("Time for Sertraline 50 mg"), Lane.SCHEDULED);
		}

		user.send("/crisis");

		Call crisis = user.awaitMessage("You’re not alone");
		List<Call> pingsBefore = BOT.calls(call -> call.method().equals("sendMessage") && call.chatId() > 500_000
				&& call.nanoTime() < crisis.nanoTime());
		assertThat(pingsBefore).hasSizeLessThan(20);
		assertThat(outbox.backlog()).isGreaterThan(20);
	}

	@Test
	@Order(2)
	void shouldAnswerCrisisWhenTheStoreIsDown() {
		TelegramUser known = Onboarded.setUp(new TelegramUser(BOT, 9_200_002, "en"));

		store.embeddedServer().orElseThrow().stopNow();
		TelegramUser[] three = { new TelegramUser(BOT, 9_200_021, "en"), new TelegramUser(BOT, 9_200_022, "de"),
				new TelegramUser(BOT, 9_200_023, "en") };
		for (TelegramUser person : three) {
			long sent = System.nanoTime();
			person.send("/crisis");
			Call answer = person.awaitMessage(call -> call.text() != null);
			assertThat(Duration.ofNanos(answer.nanoTime() - sent)).as("crisis answer to %d", person.id())
				.isLessThan(Duration.ofSeconds(1));
		}

		known.send("/crisis");
		assertThat(known.awaitReply("You’re not alone").text()).contains("TelefonSeelsorge", "<b>112</b>");
		known.send("I feel a bit shaky");
		known.awaitReply("I can’t reach my notebook");

		TelegramUser stranger = new TelegramUser(BOT, 9_200_003, "es-ES");
		stranger.send("quiero morir");
		assertThat(stranger.awaitReply("No estás solo/a").text()).contains("Línea 024", "llama ahora al <b>112</b>");
	}

}
