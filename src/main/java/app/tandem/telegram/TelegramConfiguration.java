package app.tandem.telegram;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import app.tandem.outbox.OutboxProperties;

/**
 * Wires the telegrambots client and long-polling application to the configured Bot API server.
 */
@Configuration(proxyBeanMethods = false)
class TelegramConfiguration {

	private static final int MAX_CONCURRENT_CALLS = 64;

	@Bean
	TelegramUrl telegramUrl(TelegramProperties properties) {
		return new TelegramUrl(properties.apiUrl().getScheme(), properties.apiUrl().getHost(), properties.apiPort(),
				false);
	}

	@Bean
	TelegramClient telegramClient(TelegramProperties properties, TelegramUrl telegramUrl, OutboxProperties outbox) {
		// Longer than the outbox's call timeout (30 s): after that the outbox schedules a retry but keeps listening,
		// so a late answer can still cancel the retry.
		int concurrentCalls = concurrentCalls(outbox.globalPerSecond());
		Dispatcher dispatcher = new Dispatcher();
		dispatcher.setMaxRequests(concurrentCalls);
		dispatcher.setMaxRequestsPerHost(concurrentCalls);
		OkHttpClient http = new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS)
			.readTimeout(120, TimeUnit.SECONDS)
			.writeTimeout(30, TimeUnit.SECONDS)
			.dispatcher(dispatcher)
			.connectionPool(new ConnectionPool(concurrentCalls, 5, TimeUnit.MINUTES))
			.build();
		return new OkHttpTelegramClient(new ObjectMapper(), http, properties.token(), telegramUrl);
	}

	/**
	 * How many Bot API calls may be under way at once, all to the one Bot API host: by Little's law the send rate
	 * times the time a call takes, taken as up to one second. OkHttp's default (five per host) caps sending at five
	 * calls per round trip, below the outbox's rate as soon as a call takes more than 200 ms, and far below it on a
	 * fast local Bot API server. At least that default, at most {@value #MAX_CONCURRENT_CALLS} (one thread each).
	 */
	static int concurrentCalls(int sendsPerSecond) {
		return Math.max(5, Math.min(sendsPerSecond, MAX_CONCURRENT_CALLS));
	}

	/** The lease that says which instance polls; wall-clock time, since it measures whether an instance lives. */
	@Bean
	PollerLease pollerLease(MongoTemplate mongo, TelegramProperties properties) {
		return new PollerLease(mongo, properties.token(), properties.pollerLease(), Clock.systemUTC());
	}

	/**
	 * The polling application, on a daemon thread so a stopping app never hangs on it. Replaces the starter's
	 * default bean; the starter registers no bot of its own because Tandem registers in {@link TelegramPolling}.
	 */
	@Bean
	TelegramBotsLongPollingApplication telegramBotsApplication() {
		CustomizableThreadFactory threads = new CustomizableThreadFactory("telegram-poll-");
		threads.setDaemon(true);
		return new TelegramBotsLongPollingApplication(ObjectMapper::new,
				() -> new OkHttpClient.Builder().connectTimeout(10, TimeUnit.SECONDS)
					.readTimeout(75, TimeUnit.SECONDS)
					.writeTimeout(30, TimeUnit.SECONDS)
					.build(),
				() -> Executors.newSingleThreadScheduledExecutor(threads), ExponentialBackOff::new);
	}

}
