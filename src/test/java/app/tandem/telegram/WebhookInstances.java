package app.tandem.telegram;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.tandem.TandemApplication;
import app.tandem.inbox.Inbox;
import app.tandem.outbox.Outbox;
import app.tandem.support.EndToEnd;
import app.tandem.support.FakeBotApi;

/**
 * Whole Tandem instances in webhook mode, each with its own HTTP port, on one MongoDB of their own (a
 * mongo-java-server) and the shared fake Bot API, sharing one encryption key as instances on one store must.
 */
final class WebhookInstances implements AutoCloseable {

	static final String SECRET = "webhook_secret-for-tests_42";

	static final String SHARED_KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

	private final Path data;

	private MongoServer store;

	private final String storeUri;

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	WebhookInstances(Path data) {
		this.data = data;
		this.store = new MongoServer(new MemoryBackend());
		store.bind("127.0.0.1", 0);
		this.storeUri = "mongodb://127.0.0.1:" + store.getLocalAddress().getPort();
	}

	/** One running instance and the URL of its webhook endpoint. */
	record Instance(ConfigurableApplicationContext context, String url) {

		<T> T bean(Class<T> type) {
			return context.getBean(type);
		}

		/**
		 * Nothing in flight: every update this instance took in is handled and every reply it stored is sent. From
		 * here on nothing more is sent unless something new arrives.
		 */
		boolean isSettled() {
			return bean(Inbox.class).isIdle() && bean(Outbox.class).isIdle();
		}

	}

	/** Starts an instance that tells Telegram its own endpoint as the webhook URL. */
	Instance start(String token) {
		int port = freePort();
		String url = "http://127.0.0.1:" + port + "/telegram/webhook";
		return start(token, port, url);
	}

	/** Starts an instance in long-polling mode (no webhook URL) on the same store. */
	ConfigurableApplicationContext startPolling(String token) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class,
				EndToEnd.Configuration.class)
			.run("--tandem.telegram.token=" + token, "--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl(),
					"--spring.main.web-application-type=none", "--tandem.store.uri=" + storeUri,
					"--tandem.store.data-dir=" + data, "--tandem.outbox.per-chat-per-second=50",
					"--tandem.outbox.per-chat-burst=50", "--tandem.schedule.tick=200ms",
					"--tandem.store.encryption-key=" + SHARED_KEY);
		started.add(context);
		return context;
	}

	/** Starts an instance behind a load balancer: it tells Telegram the balancer's URL. */
	Instance start(String token, int port, String publicUrl, String... more) {
		List<String> args = new ArrayList<>(List.of("--tandem.telegram.token=" + token, "--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl(),
					"--tandem.telegram.webhook.url=" + publicUrl, "--tandem.telegram.webhook.secret=" + SECRET,
					"--spring.main.web-application-type=servlet", "--server.port=" + port,
					"--tandem.store.uri=" + storeUri, "--tandem.store.data-dir=" + data,
					"--tandem.outbox.per-chat-per-second=50", "--tandem.outbox.per-chat-burst=50",
					"--tandem.schedule.tick=200ms", "--tandem.store.encryption-key=" + SHARED_KEY));
		args.addAll(List.of(more));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class,
				EndToEnd.Configuration.class)
			.run(args.toArray(String[]::new));
		started.add(context);
		return new Instance(context, "http://127.0.0.1:" + port + "/telegram/webhook");
	}

	/** Stops the store, as an outage would; {@link #restartStore()} brings an empty one back on the same port. */
	void stopStore() {
		store.shutdownNow();
	}

	void restartStore() {
		int port = Integer.parseInt(storeUri.substring(storeUri.lastIndexOf(':') + 1));
		store = new MongoServer(new MemoryBackend());
		store.bind("127.0.0.1", port);
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		started.forEach(ConfigurableApplicationContext::close);
		store.shutdownNow();
	}

}
