package app.tandem.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.TandemApplication;
import app.tandem.inbox.Inbox;
import app.tandem.medication.Medicated;
import app.tandem.onboarding.Onboarded;
import app.tandem.outbox.Outbox;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEnd;
import app.tandem.support.FakeBotApi;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two whole instances with ONE bot token on one MongoDB (a server of its own, so that stopping either instance
 * leaves the store up). The fake Bot API answers a second concurrent {@code getUpdates} of a token with 409
 * Conflict, as Telegram does, so two pollers would show. Only the instance holding the poller lease polls; the
 * other stands by (and is healthy), still sends what its schedules and outbox hold, and takes over within the lease
 * time when the poller stops or dies.
 */
class PollerLeaseIntegrationTests {

	/** Instances on one MongoDB share one key (Tandem refuses to start on MongoDB without one). */
	static final String SHARED_KEY = "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=";

	static final Duration SHIPPED_LEASE = Duration.ofSeconds(30);

	private static final AtomicLong USER_IDS = new AtomicLong(9_400_000);

	@TempDir
	Path data;

	private MongoServer store;

	private String storeUri;

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	@BeforeEach
	void startStore() {
		store = new MongoServer(new MemoryBackend());
		store.bind("127.0.0.1", 0);
		storeUri = "mongodb://127.0.0.1:" + store.getLocalAddress().getPort();
	}

	@AfterEach
	void stopAll() {
		started.forEach(ConfigurableApplicationContext::close);
		store.shutdownNow();
	}

	@Test
	@ExtendWith(OutputCaptureExtension.class)
	void shouldPollFromOneInstanceOnlyAndHandOverWithinTheShippedLeaseTimeWhenItStops(CapturedOutput log) {
		String token = "9494941:TEST_token_one_poller_xxxxxxxxx";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		ConfigurableApplicationContext a = start(token, null);
		ConfigurableApplicationContext b = start(token, null);
		ConfigurableApplicationContext poller = awaitOnePoller(a, b, SHIPPED_LEASE);
		ConfigurableApplicationContext standby = (poller == a) ? b : a;

		List<TelegramUser> people = peopleStarting(bot, 6);
		settle(bot);
		people.forEach(PollerLeaseIntegrationTests::assertAskedOnce);
		assertThat(bot.conflicts()).as("getUpdates terminated by another consumer of the token").isZero();
		assertThat(polling(standby).isPolling()).isFalse();
		assertThat(health(poller)).isEqualTo(Status.UP);
		assertThat(health(standby)).isEqualTo(Status.UP);
		assertThat(log).containsOnlyOnce("Polling Telegram from this instance")
			.containsOnlyOnce("Another instance polls Telegram; this one stands by and takes over within 30 s");

		long stoppedAt = System.nanoTime();
		poller.close();
		await().atMost(SHIPPED_LEASE).until(() -> polling(standby).isPolling());
		TelegramUser late = person(bot);
		late.send("/start");
		late.awaitReply("Before we start — your data");
		assertThat(Duration.ofNanos(System.nanoTime() - stoppedAt)).isLessThan(SHIPPED_LEASE);
		assertThat(log).containsOnlyOnce("Stopped polling Telegram from this instance: stopping")
			.contains("Polling Telegram from this instance");

		int conflictsAtTakeover = bot.conflicts();
		List<TelegramUser> after = peopleStarting(bot, 4);
		settle(bot);
		after.forEach(PollerLeaseIntegrationTests::assertAskedOnce);
		assertAskedOnce(late);
		assertThat(bot.conflicts()).as("getUpdates conflicts once the other instance polls")
			.isEqualTo(conflictsAtTakeover);
		assertThat(bot.allUpdatesConfirmed()).isTrue();
	}

	@Test
	void shouldTakeOverWithinTheLeaseTimeWhenThePollerDiesWithoutReleasingItsLease() {
		String token = "9494942:TEST_token_dead_poller_xxxxxxxx";
		Duration lease = Duration.ofSeconds(4);
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		ConfigurableApplicationContext a = start(token, lease);
		ConfigurableApplicationContext b = start(token, lease);
		ConfigurableApplicationContext poller = awaitOnePoller(a, b, lease);
		ConfigurableApplicationContext standby = (poller == a) ? b : a;
		peopleStarting(bot, 2).forEach(PollerLeaseIntegrationTests::assertAskedOnce);

		long diedAt = System.nanoTime();
		polling(poller).dieWithoutReleasing();
		MongoTemplate mongo = standby.getBean(MongoTemplate.class);
		assertThat(mongo.findById("telegram-poller:9494942", Document.class, "leases")).as("the dead poller's lease")
			.isNotNull();
		// A person writes while nobody polls: the message waits at Telegram and is answered after the takeover.
		TelegramUser waiting = person(bot);
		waiting.send("/start");
		await().atMost(lease).until(() -> polling(standby).isPolling());
		assertThat(Duration.ofNanos(System.nanoTime() - diedAt)).isLessThan(lease);
		waiting.awaitReply("Before we start — your data");

		int conflictsAtTakeover = bot.conflicts();
		List<TelegramUser> after = peopleStarting(bot, 3);
		settle(bot);
		after.forEach(PollerLeaseIntegrationTests::assertAskedOnce);
		assertAskedOnce(waiting);
		assertThat(polling(poller).isPolling()).isFalse();
		assertThat(bot.conflicts()).isEqualTo(conflictsAtTakeover);
	}

	@Test
	void shouldHandOverAgainToAThirdInstanceThatJoinedWhileTheSecondPolled() {
		String token = "9494943:TEST_token_back_and_forth_xxxxx";
		Duration lease = Duration.ofSeconds(4);
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		ConfigurableApplicationContext a = start(token, lease);
		ConfigurableApplicationContext b = start(token, lease);
		ConfigurableApplicationContext first = awaitOnePoller(a, b, lease);
		ConfigurableApplicationContext second = (first == a) ? b : a;

		first.close();
		await().atMost(lease).until(() -> polling(second).isPolling());
		ConfigurableApplicationContext third = start(token, lease);
		// the third one's first lease check, made as it starts, found the second one polling
		await().atMost(lease).until(() -> polling(third).isStandingBy());
		assertThat(polling(third).isPolling()).isFalse();
		assertThat(polling(third).isStandingBy()).isTrue();

		second.close();
		await().atMost(lease).until(() -> polling(third).isPolling());
		TelegramUser person = person(bot);
		person.send("/start");
		person.awaitReply("Before we start — your data");
		settle(bot);
		assertAskedOnce(person);
	}

	@Test
	void shouldSendRemindersFromTheInstanceThatStandsBy() {
		String token = "9494944:TEST_token_standby_sends_xxxxxx";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		ConfigurableApplicationContext a = start(token, null);
		ConfigurableApplicationContext b = start(token, null);
		ConfigurableApplicationContext poller = awaitOnePoller(a, b, SHIPPED_LEASE);
		ConfigurableApplicationContext standby = (poller == a) ? b : a;
		TelegramUser person = Onboarded.setUp(person(bot));
		Medicated.add(person, "Sertraline", "50 mg", "08:00");
		Instant due = standby.getBean(Schedules.class).nextFireAt("dose:" + person.id() + ":08:00").orElseThrow();

		// Only the instance that stands by reaches the reminder's time: only its schedules and outbox can send it.
		standby.getBean(MutableClock.class).set(due);
		person.awaitMessage("Time for <b>Sertraline 50 mg</b>");
		settle(bot);
		assertThat(person.texts()).filteredOn(text -> text.contains("Time for <b>Sertraline")).hasSize(1);
		assertThat(polling(standby).isPolling()).isFalse();
		assertThat(poller.getBean(MutableClock.class).instant()).isBefore(due);
	}

	private ConfigurableApplicationContext awaitOnePoller(ConfigurableApplicationContext a,
			ConfigurableApplicationContext b, Duration within) {
		await().atMost(within)
			.until(() -> (polling(a).isPolling() && polling(b).isStandingBy())
					|| (polling(b).isPolling() && polling(a).isStandingBy()));
		return polling(a).isPolling() ? a : b;
	}

	@Test
	void shouldLeaveWhatThePollerStoredToItAndReplayItOnlyOnTakingOver() {
		String token = "9494944:TEST_token_replay_on_takeover_xx";
		Duration lease = Duration.ofSeconds(4);
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		ConfigurableApplicationContext a = start(token, lease);
		await().atMost(lease).until(() -> polling(a).isPolling());
		TelegramUser person = person(bot);
		// An update the poller stored and has not handled yet, as at the moment another instance starts.
		MongoTemplate mongo = a.getBean(MongoTemplate.class);
		mongo.getCollection("inbox")
			.insertOne(new Document("_id", 9_000_000_001L).append("chatId", person.id())
				.append("userId", person.id())
				.append("languageCode", "en")
				.append("kind", "command")
				.append("command", "help")
				.append("receivedAt", new java.util.Date()));

		ConfigurableApplicationContext b = start(token, lease);
		await().until(() -> b.getBean(Inbox.class).isIdle() && a.getBean(Inbox.class).isIdle());
		assertThat(polling(b).isPolling()).isFalse();
		assertThat(mongo.getCollection("outbox").countDocuments(new Document("chatId", person.id())))
			.as("answers from the instance that stands by").isZero();

		a.close();
		await().atMost(lease.multipliedBy(2)).until(() -> polling(b).isPolling());
		person.awaitMessage(call -> true);
		settle(bot);
		assertThat(person.texts()).as("the stored update, handled once by the instance that took over").hasSize(1);
	}

	private static List<TelegramUser> peopleStarting(FakeBotApi.Bot bot, int count) {
		List<TelegramUser> people = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			TelegramUser person = person(bot);
			person.send("/start");
			people.add(person);
		}
		people.forEach(person -> person.awaitReply("Before we start — your data"));
		return people;
	}

	private static TelegramUser person(FakeBotApi.Bot bot) {
		return new TelegramUser(bot, USER_IDS.incrementAndGet(), "en");
	}

	/** The person's /start was handled exactly once: one consent question, nothing sent twice. */
	private static void assertAskedOnce(TelegramUser person) {
		assertThat(person.texts()).filteredOn(text -> text.contains("Before we start — your data")).hasSize(1);
		assertThat(person.texts()).doesNotHaveDuplicates();
	}

	/**
	 * Gives a second poller or a second handling time to show, and waits until it has had it, not for a fixed time:
	 * every update was fetched and confirmed, every running instance has handled what it took in and sent what it
	 * queued, and the token was polled twice more after that (a second poller's {@code getUpdates} would have ended
	 * one of those with a conflict).
	 */
	private void settle(FakeBotApi.Bot bot) {
		await().until(() -> bot.allUpdatesConfirmed() && started.stream()
			.filter(ConfigurableApplicationContext::isActive)
			.allMatch(context -> context.getBean(Inbox.class).isIdle() && context.getBean(Outbox.class).isIdle()));
		long polls = bot.polls();
		await().until(() -> bot.polls() >= polls + 2);
	}

	private static TelegramPolling polling(ConfigurableApplicationContext context) {
		return context.getBean(TelegramPolling.class);
	}

	private static Status health(ConfigurableApplicationContext context) {
		return context.getBean(TelegramHealth.class).health().getStatus();
	}

	private ConfigurableApplicationContext start(String token, Duration lease) {
		List<String> args = new ArrayList<>(List.of("--tandem.telegram.token=" + token,
				"--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl(), "--tandem.store.uri=" + storeUri,
				"--tandem.store.data-dir=" + data, "--spring.main.web-application-type=none",
				"--tandem.outbox.per-chat-per-second=50", "--tandem.outbox.per-chat-burst=50",
				"--tandem.schedule.tick=200ms", "--tandem.store.encryption-key=" + SHARED_KEY));
		if (lease != null) {
			args.add("--tandem.telegram.poller-lease=" + lease.toSeconds() + "s");
		}
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TandemApplication.class,
				EndToEnd.Configuration.class)
			.run(args.toArray(String[]::new));
		started.add(context);
		return context;
	}

}
