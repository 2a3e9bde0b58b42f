package app.tandem.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import app.tandem.chat.OutboundMessage;
import app.tandem.outbox.BotApi.Outcome;
import app.tandem.store.StoreConnection;
import app.tandem.store.StoreOutage;

/**
 * Sends everything Tandem says. A message is first a document in the {@code outbox} collection (see
 * {@link OutboxEntry}), then sent by the instance that holds its lease; the outcome is recorded on the document and
 * published as an event ({@link MessageDelivered}, {@link MessageNotDelivered}, {@link ChatUnreachable}). So a
 * crash or a stop loses nothing: what was queued is sent after the restart, and only a message whose HTTP call was
 * in flight at the crash can arrive twice.
 * <p>
 * In memory there is only a bounded window of leased messages ({@link SendWindow}), ordered by {@link SendQueue}:
 * lanes in priority order, one message in flight per chat, a global and a per-chat rate. A larger backlog stays in
 * the collection and is claimed as the window empties.
 * <p>
 * The crisis lane never waits for the store: its messages go straight into the window (and so do all messages
 * while the store is down). A 429 pauses the chat it came for and the other lanes, never the crisis lane; 5xx and
 * timeouts are retried with growing backoff (capped) until {@code giveUpAfter}; a 403 fails the chat's queued
 * messages and publishes {@link ChatUnreachable}. No lock is held while calling Telegram, the store or a listener.
 * What becomes of each call is decided by {@link Outcomes}; claims, lease renewals and sweeps are the {@link Keeper}'s.
 */
@Component
public class Outbox implements SmartLifecycle {

	public static final int PHASE = 0;

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private static final Duration DRAIN_ON_STOP = Duration.ofSeconds(5);

	private final BotApi api;

	private final OutboxProperties properties;

	private final Clock clock;

	private final OutboxStore store;

	private final Map<String, Renderer> renderers;

	private final StoreOutage outage;

	private final boolean soleUserOfTheStore;

	private final String owner = UUID.randomUUID().toString();

	private final SendWindow window;

	private final AtomicInteger inFlight = new AtomicInteger();

	/** Queued messages order; seeded from the wall clock so it keeps rising across restarts. */
	private final AtomicLong seq = new AtomicLong(System.currentTimeMillis() * 1_000);

	/** The results of messages queued here while the window was full, until this instance claims them. */
	private final Map<String, CompletableFuture<SendResult>> waiting = new ConcurrentHashMap<>();

	private final Outcomes outcomes;

	private final Keeper keeper;

	private volatile boolean running;

	private Thread dispatcher;

	private ExecutorService outcomeWorkers;

	private ScheduledExecutorService keeperThread;

	private ScheduledExecutorService timers;

	/** Writes delivery records together (see {@link SentRecords}). */
	private ScheduledExecutorService recordsWriter;

	Outbox(BotApi api, OutboxProperties properties, ApplicationEventPublisher events, Clock clock,
			MongoTemplate mongo, StoreConnection connection, StoreOutage outage, List<Renderer> renderers) {
		this.api = api;
		this.properties = properties;
		this.clock = clock;
		this.store = new OutboxStore(mongo);
		this.outage = outage;
		this.renderers = renderers.stream().collect(Collectors.toMap(Renderer::name, Function.identity()));
		this.soleUserOfTheStore = connection.embeddedServer().isPresent();
		this.window = new SendWindow(properties);
		this.outcomes = new Outcomes(store, window, properties, clock, events, outage, waiting);
		this.keeper = new Keeper(store, window, outcomes, properties, clock, outage, owner, waiting);
	}

	/**
	 * Queues a message for a chat.
	 * @return completes, in this process, when the message was delivered or given up on; never exceptionally
	 */
	public CompletableFuture<SendResult> send(long chatId, OutboundMessage message, Lane lane) {
		return send(chatId, message, lane, null, null);
	}

	/**
	 * Queues a message under an id of the sender's choosing, so that queuing it again (a scheduled occurrence run a
	 * second time after a crash) is a no-op; and with a tag, to hear about its outcome through
	 * {@link MessageDelivered} and {@link MessageNotDelivered} even across a restart.
	 * @param id {@code null} for a random one
	 * @param tag {@code null} for none
	 */
	public CompletableFuture<SendResult> send(long chatId, OutboundMessage message, Lane lane, String id, String tag) {
		return sendAll(List.of(new Outgoing(chatId, message, lane, id, tag))).get(0);
	}

	/**
	 * Queues several messages, each as {@link #send(long, OutboundMessage, Lane, String, String)} would, and those
	 * bound for the store in one write: one round trip (and, on the embedded file store, one commit) for them all
	 * instead of one each. Returns once every one of them is stored (or, if the store failed, queued in memory).
	 * @return each message's result, in the order given
	 */
	public List<CompletableFuture<SendResult>> sendAll(List<Outgoing> messages) {
		Instant now = clock.instant();
		boolean down = storeIsDown();
		List<CompletableFuture<SendResult>> results = new ArrayList<>(messages.size());
		List<ToStore> toStore = new ArrayList<>();
		for (Outgoing message : messages) {
			String key = (message.id() != null) ? message.id() : UUID.randomUUID().toString();
			boolean toTheStore = message.lane() != Lane.CRISIS && !down;
			Envelope envelope = new Envelope(key, message.chatId(), message.message(), message.lane(), message.tag(),
					now, toTheStore);
			if (toTheStore) {
				toStore.add(new ToStore(results.size(), envelope, window.reserve()));
				results.add(null);
			}
			else {
				results.add(enqueue(envelope));
			}
		}
		if (toStore.isEmpty()) {
			return results;
		}
		List<RuntimeException> failures = store.insertAll(toStore.stream().map(ToStore::envelope).toList(), seq,
				owner, keeper.leaseUntil(now), toStore.stream().map(ToStore::room).toList());
		RuntimeException unexpected = null;
		for (int i = 0; i < toStore.size(); i++) {
			ToStore one = toStore.get(i);
			try {
				results.set(one.position(), afterInsert(one.envelope(), one.room(), failures.get(i), now));
			}
			catch (RuntimeException ex) {
				unexpected = (unexpected != null) ? unexpected : ex;
			}
		}
		if (unexpected != null) {
			throw unexpected;
		}
		return results;
	}

	/**
	 * A message of a {@link #sendAll} call going to the store: where its result goes, and whether it has a room in the
	 * window.
	 */
	private record ToStore(int position, Envelope envelope, boolean room) {
	}

	/**
	 * What becomes of a message once its write was answered: already queued before (its id is taken), queued in
	 * memory (the store failed), in this instance's window, or left in the store for a claim (the window was full).
	 */
	private CompletableFuture<SendResult> afterInsert(Envelope envelope, boolean room, RuntimeException failure,
			Instant now) {
		if (failure != null) {
			if (room) {
				window.leave();
			}
			if (failure instanceof DuplicateKeyException) {
				log.debug("Message {} was queued before; not queuing it twice", envelope.id);
				return CompletableFuture.completedFuture(new SendResult.AlreadyQueued());
			}
			if (!(failure instanceof DataAccessException)) {
				throw failure;
			}
			outage.noticed();
			log.warn("Store unavailable: sending a {} for chat {} from memory", envelope.kind(), envelope.chatId);
			return enqueue(new Envelope(envelope.id, envelope.chatId, envelope.message, envelope.lane, envelope.tag,
					now, false));
		}
		if (!room) {
			keeper.leftInStore();
			waiting.put(envelope.id, envelope.result);
			return envelope.result;
		}
		window.addReserved(envelope);
		return envelope.result;
	}

	/** What is kept about the messages to a chat, without their words, oldest first: for the person's export. */
	public List<MessageReceipt> receipts(long chatId) {
		return store.ofChat(chatId)
			.stream()
			.map(entry -> new MessageReceipt(entry.payload() != null ? entry.payload().kind() : null, entry.lane(),
					entry.status().name(), entry.createdAt()))
			.toList();
	}

	/** Removes every stored message to the chat, queued or settled: the person's data is being erased. */
	public void forget(long chatId) {
		store.removeChat(chatId);
	}

	/** How many messages wait to be sent (in the store and in this instance's window). */
	public long backlog() {
		long memoryOnly = window.memoryOnly();
		try {
			return store.queued() + memoryOnly;
		}
		catch (DataAccessException ex) {
			return window.waiting();
		}
	}

	private CompletableFuture<SendResult> enqueue(Envelope envelope) {
		window.addOverflowing(envelope);
		return envelope.result;
	}

	private boolean storeIsDown() {
		return outage.isOngoing();
	}

	private void dispatch() {
		while (running) {
			Envelope next;
			try {
				next = window.next();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			if (next != null) {
				try {
					call(next);
				}
				catch (RejectedExecutionException ex) {
					if (running) {
						throw ex;
					}
					// halted while calling: the message stays leased in the store, and a claim sends it again
					return;
				}
			}
		}
	}

	private void call(Envelope envelope) {
		envelope.attempts++;
		inFlight.incrementAndGet();
		CompletableFuture<Outcome> call;
		try {
			call = (envelope.message instanceof OutboundMessage.DrawnPhoto drawn)
					? CompletableFuture.supplyAsync(() -> draw(drawn), outcomeWorkers)
						.thenCompose(photo -> (photo == null)
								? CompletableFuture.completedFuture(new Outcome.Rejected(0, "could not be drawn"))
								: api.call(envelope.chatId, photo))
					: api.call(envelope.chatId, envelope.message);
		}
		catch (RuntimeException ex) {
			call = CompletableFuture.failedFuture(ex);
		}
		// The outbox stops waiting after callTimeout and schedules a retry, but leaves the call running: if its
		// answer still comes before the retry goes out, the retry is dropped (see lateAnswer), so a slow Telegram
		// does not get the message twice.
		CompletableFuture<Outcome> answer = new CompletableFuture<>();
		call.whenComplete((outcome, failure) -> {
			Outcome result = (failure != null) ? new Outcome.Transient(failure.getClass().getSimpleName()) : outcome;
			if (!answer.complete(result)) {
				outcomes.lateAnswer(envelope, result);
			}
		});
		ScheduledFuture<?> timeout = timers.schedule(
				() -> answer.complete(new Outcome.Transient("no answer within " + properties.callTimeout().toSeconds()
						+ " s")),
				properties.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
		answer.whenCompleteAsync((outcome, failure) -> {
			timeout.cancel(false);
			try {
				outcomes.settle(envelope, outcome);
			}
			catch (RuntimeException ex) {
				log.error("Recording the outcome of a {} for chat {} failed", envelope.kind(), envelope.chatId, ex);
			}
			finally {
				inFlight.decrementAndGet();
			}
		}, outcomeWorkers);
	}

	/** Draws a picture just before it is sent; {@code null} if it cannot be drawn (retrying would not help). */
	private OutboundMessage.Photo draw(OutboundMessage.DrawnPhoto drawn) {
		Renderer renderer = renderers.get(drawn.renderer());
		if (renderer == null) {
			log.error("No renderer named {}: the picture is not sent", drawn.renderer());
			return null;
		}
		try {
			return new OutboundMessage.Photo(renderer.render(drawn.arguments()), drawn.fileName(), drawn.captionHtml());
		}
		catch (RuntimeException ex) {
			log.error("Could not draw a {} picture", drawn.renderer(), ex);
			return null;
		}
	}

	@Override
	public void start() {
		running = true;
		outcomeWorkers = Executors.newFixedThreadPool(4, daemonThreads("outbox-outcome-"));
		keeperThread = Executors.newSingleThreadScheduledExecutor(daemonThreads("outbox-keeper-"));
		timers = Executors.newSingleThreadScheduledExecutor(daemonThreads("outbox-timer-"));
		recordsWriter = Executors.newSingleThreadScheduledExecutor(daemonThreads("outbox-records-"));
		outcomes.start(recordsWriter);
		if (soleUserOfTheStore) {
			try {
				long released = store.releaseAll();
				if (released > 0) {
					log.info("{} message(s) queued before the last stop will be sent now", released);
				}
			}
			catch (DataAccessException ex) {
				log.warn("Store unavailable at start; queued messages will be sent when it is back");
			}
		}
		dispatcher = new Thread(this::dispatch, "outbox-dispatcher");
		dispatcher.setDaemon(true);
		dispatcher.start();
		long every = properties.claimEvery().toMillis();
		keeperThread.scheduleWithFixedDelay(() -> keeper.keep(() -> running), 0, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * Gives the window a few seconds to go out, then stops and releases this instance's leases: what is still
	 * queued stays in the store for the next start (or another instance).
	 */
	@Override
	public void stop() {
		keeperThread.shutdownNow();
		try {
			window.awaitEmpty(DRAIN_ON_STOP);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		running = false;
		if (dispatcher != null) {
			dispatcher.interrupt();
		}
		timers.shutdownNow();
		outcomeWorkers.shutdown();
		try {
			outcomeWorkers.awaitTermination(2, TimeUnit.SECONDS);
			// Deliveries are recorded before this instance's leases go: a released, unrecorded one would go twice.
			recordsWriter.shutdown();
			recordsWriter.awaitTermination(2, TimeUnit.SECONDS);
			outcomes.retryUnrecorded();
			store.release(owner);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.warn("Could not release the outbox's leases; they lapse in {}", properties.lease());
		}
	}

	/** Stops at once, releasing nothing and recording nothing, as a process that dies would (for tests). */
	void halt() {
		running = false;
		keeperThread.shutdownNow();
		timers.shutdownNow();
		outcomeWorkers.shutdownNow();
		recordsWriter.shutdownNow();
		dispatcher.interrupt();
	}

	/** When this instance last looked in the store for messages to claim; null before its first look (for tests). */
	Instant lastClaimAt() {
		return keeper.lastClaimAt();
	}

	/** How many messages this instance has claimed from the store since it started (for tests). */
	long claimedSoFar() {
		return keeper.claimedSoFar();
	}

	/** Whether every lane but the crisis lane waits, as Telegram asked with a 429 (for tests). */
	boolean othersArePaused() {
		return window.othersArePaused();
	}

	/** Whether nothing is waiting or in flight in this instance (tests wait for this). */
	public boolean isIdle() {
		return window.isEmpty() && inFlight.get() == 0 && !keeper.moreInStore() && outcomes.allRecorded();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private static CustomizableThreadFactory daemonThreads(String prefix) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
		threads.setDaemon(true);
		return threads;
	}

}
