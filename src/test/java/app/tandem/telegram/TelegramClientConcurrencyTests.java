package app.tandem.telegram;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import app.tandem.chat.OutboundMessage;
import app.tandem.outbox.BotApi;
import app.tandem.outbox.OutboxProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Bot API client keeps up with the outbox's send rate: with every call taking a while (a slow or distant Bot API
 * server), as many calls are under way at once as the outbox may send in a second, not OkHttp's default five.
 */
class TelegramClientConcurrencyTests {

	private static final String TOKEN = "4242:TEST_token_concurrency";

	private HttpServer server;

	private final AtomicInteger underWay = new AtomicInteger();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	private final CountDownLatch release = new CountDownLatch(1);

	@BeforeEach
	void slowBotApi() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newCachedThreadPool());
		server.createContext("/", this::answerSlowly);
		server.start();
	}

	@AfterEach
	void stop() {
		release.countDown();
		server.stop(0);
	}

	@Test
	void asManyCallsUnderWayAtOnceAsTheOutboxSendsPerSecond() throws Exception {
		OutboxProperties outbox = new OutboxProperties(25, 1, 3, Duration.ofSeconds(1), Duration.ofSeconds(30),
				Duration.ofHours(24), 500, Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(30));
		BotApi api = new TelegramBotApi(client(outbox));

		List<CompletableFuture<BotApi.Outcome>> calls = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			calls.add(api.call(1000 + i, new OutboundMessage.Text("hello")));
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (mostAtOnce.get() < 25 && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		int atOnce = mostAtOnce.get();
		release.countDown();
		CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

		assertThat(atOnce).as("Bot API calls under way at once").isEqualTo(25);
		assertThat(calls).allSatisfy(call -> assertThat(call.join()).isInstanceOf(BotApi.Outcome.Ok.class));
	}

	private TelegramClient client(OutboxProperties outbox) {
		TelegramProperties properties = new TelegramProperties(TOKEN,
				URI.create("http://127.0.0.1:" + server.getAddress().getPort()), Duration.ofSeconds(30), null);
		TelegramConfiguration configuration = new TelegramConfiguration();
		return configuration.telegramClient(properties, configuration.telegramUrl(properties), outbox);
	}

	private void answerSlowly(HttpExchange exchange) throws IOException {
		int now = underWay.incrementAndGet();
		mostAtOnce.accumulateAndGet(now, Math::max);
		try {
			release.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		underWay.decrementAndGet();
		byte[] body = ("{\"ok\":true,\"result\":{\"message_id\":1,\"date\":1700000000,\"chat\":{\"id\":1,\"type\":\"private\"},"
				+ "\"text\":\"hello\"}}").getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(200, body.length);
		exchange.getResponseBody().write(body);
		exchange.close();
	}

}
