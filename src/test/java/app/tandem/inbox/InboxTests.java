package app.tandem.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import app.tandem.chat.ChatType;
import app.tandem.chat.Inbound;
import app.tandem.chat.InboundPayload;
import app.tandem.store.StoreOutage;
import app.tandem.store.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The inbox against a real (in-memory) MongoDB wire server, with a recording handler in place of the app.
 */
class InboxTests {

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	final RecordingHandler handler = new RecordingHandler();

	final List<Long> urgent = new CopyOnWriteArrayList<>();

	final List<Long> refused = new CopyOnWriteArrayList<>();

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	Inbox inbox;

	/** Insert commands sent to the store: one per round trip. */
	final AtomicInteger inserts = new AtomicInteger();

	/** How long each insert takes the store, as under heavy load (0: as fast as it goes). */
	final AtomicLong slowInsertMillis = new AtomicLong();

	/** Update commands sent to the store. */
	final AtomicInteger updates = new AtomicInteger();

	@BeforeEach
	void startStore() {
		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		var address = server.getLocalAddress();
		client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
			.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(300, TimeUnit.MILLISECONDS))
			.applyToSocketSettings(socket -> socket.connectTimeout(300, TimeUnit.MILLISECONDS))
			.addCommandListener(new CommandListener() {
				@Override
				public void commandStarted(CommandStartedEvent event) {
					if (event.getCommandName().equals("insert")) {
						inserts.incrementAndGet();
						sleepQuietly(slowInsertMillis.get());
					}
					if (event.getCommandName().equals("update")) {
						updates.incrementAndGet();
					}
				}
			})
			.build());
		mongo = TestStores.template(client, "inbox-tests");
	}

	@AfterEach
	void stopAll() {
		if (inbox != null) {
			inbox.stop();
		}
		client.close();
		server.shutdownNow();
	}

	@Test
	void shouldHandleARedeliveredUpdateOnlyOnce() {
		startInbox();

		inbox.receive(text(1, 10, "hello"));
		inbox.receive(text(1, 10, "hello"));

		await().until(inbox::isIdle);
		assertThat(handler.handled(10)).containsExactly(1L);
		assertThat(urgent).containsExactly(1L);
	}

	/** What an operator reads as {@code tandem.updates.handling}: one timing per update handled, none per duplicate. */
	@Test
	void shouldTimeTheHandlingOfEachUpdateOnce() {
		startInbox();
		long before = meters.timer("tandem.updates.handling").count();

		inbox.receive(text(1, 10, "hello"));
		inbox.receive(text(1, 10, "hello"));
		inbox.receive(text(2, 11, "hi"));

		await().until(inbox::isIdle);
		assertThat(meters.timer("tandem.updates.handling").count() - before).isEqualTo(2);
	}

	@Test
	void shouldRunChatsInParallelAndEachChatInOrder() {
		CountDownLatch otherChatHandled = new CountDownLatch(1);
		handler.onHandle = in -> {
			if (in.chatId() == 10 && in.updateId() == 1) {
				await("another chat to be handled while this one waits").atMost(Duration.ofSeconds(5))
					.until(() -> otherChatHandled.await(10, TimeUnit.MILLISECONDS));
			}
			if (in.chatId() == 20) {
				otherChatHandled.countDown();
			}
		};
		startInbox();

		for (long id = 1; id <= 30; id++) {
			inbox.receive(text(id, 10, "message " + id));
		}
		inbox.receive(text(31, 20, "from another chat"));

		await().until(() -> handler.handled(10).size() == 30);
		assertThat(handler.handled(10)).isSorted().hasSize(30);
		assertThat(handler.handled(20)).containsExactly(31L);
		assertThat(handler.failures).isEmpty();
	}

	@Test
	void shouldHandleOnStartWhatWasStoredButNotHandledBeforeAStop() {
		Clock clock = Clock.systemUTC();
		mongo.insert(InboxEntry.received(text(5, 10, "first"), clock.instant(), clock.instant().plusSeconds(60)));
		mongo.insert(InboxEntry.received(text(6, 10, "second"), clock.instant(), clock.instant().plusSeconds(60)));

		startInbox();

		await().until(() -> handler.handled(10).size() == 2);
		assertThat(handler.handled(10)).containsExactly(5L, 6L);
		await().untilAsserted(() -> assertThat(mongo.findAll(InboxEntry.class))
			.allSatisfy(entry -> assertThat(entry.handledAt()).isNotNull())
			.allSatisfy(entry -> assertThat(entry.text()).as("the user's words are dropped once handled").isNull()));
	}

	@Test
	void shouldStoreNothingFromAGroup() {
		startInbox();

		inbox.receive(new Inbound(7, -100, 3, ChatType.GROUP, "en", null, new InboundPayload.Text("hi all")));

		assertThat(refused).containsExactly(-100L);
		assertThat(mongo.findAll(InboxEntry.class)).isEmpty();
		assertThat(handler.handled(-100)).isEmpty();
	}

	@Test
	void shouldAnswerUrgentlyDuringAStoreOutageAndHandleTheUpdateOnceTheStoreIsBack() {
		startInbox();
		int port = server.getLocalAddress().getPort();
		server.shutdownNow();

		inbox.receive(text(1, 10, "first"));
		inbox.receive(text(2, 10, "second"));

		assertThat(urgent).containsExactly(1L, 2L);
		await().atMost(Duration.ofSeconds(5)).until(() -> !handler.toldAboutOutage.isEmpty());
		assertThat(handler.toldAboutOutage).containsExactly(10L);
		assertThat(handler.handled(10)).isEmpty();

		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", port);

		await().atMost(Duration.ofSeconds(10)).until(() -> handler.handled(10).size() == 2);
		assertThat(handler.handled(10)).containsExactly(1L, 2L);
		assertThat(mongo.findAll(InboxEntry.class)).hasSize(2);
	}

	@Test
	void shouldNotTellAboutAnOutageWhenTheStoreIsOnlySlow() {
		startInbox();
		slowInsertMillis.set(1_500); // three times the store wait the application ships with

		inbox.receive(text(1, 10, "first"));
		inbox.receive(text(2, 10, "second"));
		inbox.receive(text(3, 11, "another chat"));

		await().atMost(Duration.ofSeconds(10)).until(() -> handler.handled(10).size() == 2 && handler.handled(11).size() == 1);
		assertThat(handler.handled(10)).containsExactly(1L, 2L);
		assertThat(handler.toldAboutOutage).as("a slow write is not an outage").isEmpty();
		assertThat(mongo.findAll(InboxEntry.class)).hasSize(3);
	}

	@Test
	void shouldTellAboutAnOutageWhenAWriteStaysOutLongerThanAStoreShouldTake() {
		startInbox();
		slowInsertMillis.set(HeldUpdates.STILL_SLOW.toMillis() + 3_000);

		inbox.receive(text(1, 10, "first"));

		await().atMost(HeldUpdates.STILL_SLOW.plusSeconds(2)).until(() -> !handler.toldAboutOutage.isEmpty());
		assertThat(handler.toldAboutOutage).containsExactly(10L);
		assertThat(handler.handled(10)).isEmpty();
		slowInsertMillis.set(0);
		await().atMost(Duration.ofSeconds(15)).until(() -> handler.handled(10).size() == 1);
	}

	@Test
	void shouldStoreWhatWasHeldDuringAnOutageInOneWriteOnceTheStoreIsBack() {
		startInbox();
		int port = server.getLocalAddress().getPort();
		server.shutdownNow();
		for (long id = 1; id <= 40; id++) {
			inbox.receive(text(id, 10 + id % 4, "message " + id));
		}
		inserts.set(0);

		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", port);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> handler.byChat.values().stream().mapToInt(List::size).sum() == 40);
		assertThat(mongo.findAll(InboxEntry.class)).hasSize(40);
		assertThat(inserts).as("the held updates go back to the store together, not one round trip each")
			.hasValueLessThanOrEqualTo(2);
		for (long chat = 10; chat < 14; chat++) {
			assertThat(handler.handled(chat)).hasSize(10).isSorted();
		}
	}

	@Test
	void shouldMarkUpdatesHandledTogetherAsTheStoresOnlyUser() {
		CountDownLatch allTakenIn = new CountDownLatch(1);
		handler.onHandle = in -> awaitQuietly(allTakenIn);
		startInbox(10_000, true);
		for (long id = 1; id <= 40; id++) {
			inbox.receive(text(id, 100 + id, "message " + id));
		}
		updates.set(0);

		allTakenIn.countDown();

		await().atMost(Duration.ofSeconds(10)).until(inbox::isIdle);
		assertThat(mongo.findAll(InboxEntry.class)).hasSize(40)
			.allSatisfy(entry -> assertThat(entry.handledAt()).isNotNull())
			.allSatisfy(entry -> assertThat(entry.text()).as("the user's words are dropped once handled").isNull());
		assertThat(updates).as("handled updates are marked in shared writes, not one round trip each")
			.hasValueLessThanOrEqualTo(20);
	}

	@Test
	void shouldMarkWhatWasHandledBeforeStopping() {
		startInbox(10_000, true);
		for (long id = 1; id <= 20; id++) {
			inbox.receive(text(id, 100 + id, "message " + id));
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> handler.byChat.size() == 20);

		inbox.stop();
		inbox = null;

		assertThat(mongo.findAll(InboxEntry.class)).hasSize(20)
			.allSatisfy(entry -> assertThat(entry.handledAt()).isNotNull());
	}

	@Test
	void shouldSweepHandledUpdatesAfterTheirRetention() {
		startInbox();
		inbox.receive(text(1, 10, "hello"));
		await().atMost(Duration.ofSeconds(5)).until(() -> mongo.exists(
				Query.query(Criteria.where("handledAt").ne(null)),
				InboxEntry.class));

		assertThat(inbox.sweep()).isZero();
		mongo.updateMulti(new Query(), Update.update("expireAt", Instant.now().minusSeconds(1)),
				InboxEntry.class);
		assertThat(inbox.sweep()).isEqualTo(1);
	}

	@Test
	void shouldStopTakingInWhenTooManyUpdatesWaitAndGoOnWhenTheyAreHandled() throws Exception {
		CountDownLatch slowHandlers = new CountDownLatch(1);
		handler.onHandle = in -> awaitQuietly(slowHandlers);
		startInbox(2);
		inbox.receive(text(1, 10, "one"));
		inbox.receive(text(2, 11, "two"));

		Thread third = new Thread(() -> inbox.receive(text(3, 12, "three")));
		third.start();
		third.join(500);

		assertThat(third.isAlive()).as("the third update waits for room").isTrue();
		slowHandlers.countDown();
		third.join(5_000);
		assertThat(third.isAlive()).isFalse();
		await().atMost(Duration.ofSeconds(5)).until(() -> handler.handled(12).size() == 1);
	}

	private static void sleepQuietly(long millis) {
		if (millis <= 0) {
			return;
		}
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void startInbox() {
		startInbox(10_000);
	}

	private void startInbox(int maxQueued) {
		startInbox(maxQueued, false);
	}

	private void startInbox(int maxQueued, boolean soleUserOfTheStore) {
		inbox = new Inbox(mongo, handler, in -> {
			urgent.add(in.updateId());
			return false;
		}, in -> refused.add(in.chatId()),
				new InboxProperties(4, Duration.ofDays(7), Duration.ofMillis(500), maxQueued), Clock.systemUTC(),
				new StoreOutage(), soleUserOfTheStore, meters);
		inbox.start();
		inbox.replayUnhandled(); // as the adapter does before it starts receiving
	}

	private static Inbound text(long updateId, long chatId, String text) {
		return new Inbound(updateId, chatId, chatId, ChatType.PRIVATE, "en", null, new InboundPayload.Text(text));
	}

	static final class RecordingHandler implements InboundHandler {

		final Map<Long, List<Long>> byChat = new ConcurrentHashMap<>();

		final List<Long> failures = new CopyOnWriteArrayList<>();

		final List<Long> toldAboutOutage = new CopyOnWriteArrayList<>();

		volatile Consumer<Inbound> onHandle = in -> {
		};

		@Override
		public void handle(Inbound inbound, boolean answeredUrgently) {
			onHandle.accept(inbound);
			byChat.computeIfAbsent(inbound.chatId(), id -> new CopyOnWriteArrayList<>()).add(inbound.updateId());
		}

		@Override
		public void handlingFailed(Inbound inbound) {
			failures.add(inbound.updateId());
		}

		@Override
		public void storeUnavailable(Inbound inbound) {
			toldAboutOutage.add(inbound.chatId());
		}

		List<Long> handled(long chatId) {
			return byChat.getOrDefault(chatId, List.of());
		}

	}

}
