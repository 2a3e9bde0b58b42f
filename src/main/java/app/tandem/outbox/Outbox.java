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
import java.util.concurrent.ConcurrentLinkedQueue;
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
import app.tandem.outbox.SendResult.Failed;
import app.tandem.outbox.SendResult.Reason;
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
 */
@Component
public class Outbox implements SmartLifecycle {

	public static final int PHASE = 0;

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private static final Duration DRAIN_ON_STOP = Duration.ofSeconds(5);

	private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

	private final BotApi api;

	private final OutboxProperties properties;

	private final ApplicationEventPublisher events;

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

	/** Outcome writes that failed while the store was down, retried by the keeper. */
	private final ConcurrentLinkedQueue<Runnable> unrecorded = new ConcurrentLinkedQueue<>();

	private volatile boolean moreInStore = true;

	/** When this instance last looked for messages to claim (a test waits for a look it can rely on). */
	private volatile Instant lastClaimAt;

	/** How many messages this instance has claimed from the store since it started. */
	private final AtomicLong claimedSoFar = new AtomicLong();

	private long lastSweep = System.nanoTime();

	/**
	 * When this instance's leases were last renewed, on the clock they are written and judged by; null before the
	 * first renewal. Only the keeper's thread reads and writes it.
	 */
	private Instant lastRenewedAt;

	private volatile boolean running;

	private Thread dispatcher;

	private ExecutorService outcomes;

	private ScheduledExecutorService keeper;

	private ScheduledExecutorService timers;

	/** Writes delivery records together (see {@link SentRecords}). */
	private ScheduledExecutorService recordsWriter;

	private SentRecords sentRecords;

	Outbox(BotApi api, OutboxProperties properties, ApplicationEventPublisher events, Clock clock,
			MongoTemplate mongo, StoreConnection connection, StoreOutage outage, List<Renderer> renderers) {
		this.api = api;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.store = new OutboxStore(mongo);
		this.outage = outage;
		this.renderers = renderers.stream().collect(Collectors.toMap(Renderer::name, Function.identity()));
		this.soleUserOfTheStore = connection.embeddedServer().isPresent();
		this.window = new SendWindow(properties);
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
				owner, leaseUntil(now), toStore.stream().map(ToStore::room).toList());
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
			moreInStore = true;
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

	private Instant leaseUntil(Instant now) {
		return now.plus(properties.lease());
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
					? CompletableFuture.supplyAsync(() -> draw(drawn), outcomes)
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
				lateAnswer(envelope, result);
			}
		});
		ScheduledFuture<?> timeout = timers.schedule(
				() -> answer.complete(new Outcome.Transient("no answer within " + properties.callTimeout().toSeconds()
						+ " s")),
				properties.callTimeout().toMillis(), TimeUnit.MILLISECONDS);
		answer.whenCompleteAsync((outcome, failure) -> {
			timeout.cancel(false);
			try {
				settle(envelope, outcome);
			}
			catch (RuntimeException ex) {
				log.error("Recording the outcome of a {} for chat {} failed", envelope.kind(), envelope.chatId, ex);
			}
			finally {
				inFlight.decrementAndGet();
			}
		}, outcomes);
	}

	/**
	 * A call the outbox had stopped waiting for was answered after all. If it went through and its retry is still
	 * waiting, the retry is dropped and the message counts as delivered; if the retry is already out, the message
	 * may arrive twice (the Bot API has no idempotency key), which is logged.
	 */
	private void lateAnswer(Envelope envelope, Outcome outcome) {
		if (!(outcome instanceof Outcome.Ok ok)) {
			return;
		}
		if (!window.dropRetry(envelope)) {
			log.info("A {} for chat {} was answered after its retry had gone out; it may arrive twice",
					envelope.kind(), envelope.chatId);
			return;
		}
		log.info("A {} for chat {} was answered late; its retry is dropped", envelope.kind(), envelope.chatId);
		delivered(envelope, ok.messageId(), clock.instant());
	}

	/** Tells the sender, records it on the document, and publishes it for a tagged message. */
	private void delivered(Envelope envelope, Integer messageId, Instant now) {
		envelope.result.complete(new SendResult.Delivered(messageId));
		if (envelope.stored) {
			sentRecords.add(envelope.id, messageId, now);
		}
		if (envelope.tag != null) {
			publish(new MessageDelivered(envelope.chatId, envelope.tag, messageId));
		}
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

	/** Runs on the outcome workers, with no lock held except for the brief queue changes. */
	private void settle(Envelope envelope, Outcome outcome) {
		Instant now = clock.instant();
		if (outcome instanceof Outcome.Ok ok) {
			window.done(envelope);
			delivered(envelope, ok.messageId(), now);
		}
		else if (outcome instanceof Outcome.RetryAfter retry) {
			log.warn("Telegram asked to slow down: pausing chat {} and the non-crisis lanes for {} s", envelope.chatId,
					retry.delay().toSeconds());
			envelope.attempts--;
			retryAfter(envelope, retry.delay(), true);
		}
		else if (outcome instanceof Outcome.Transient failure) {
			if (Duration.between(envelope.createdAt, now).compareTo(properties.giveUpAfter()) > 0) {
				log.error("Gave up a {} for chat {} after {} attempts over {}: {}", envelope.kind(), envelope.chatId,
						envelope.attempts, properties.giveUpAfter(), failure.reason());
				fail(envelope, Reason.GAVE_UP, now);
				return;
			}
			long backoff = Math.min(properties.initialBackoff().toNanos() << Math.min(envelope.attempts - 1, 20),
					properties.maxBackoff().toNanos());
			log.info("A {} for chat {} failed ({}); trying again in {} ms", envelope.kind(), envelope.chatId,
					failure.reason(), TimeUnit.NANOSECONDS.toMillis(backoff));
			retryAfter(envelope, Duration.ofNanos(backoff), false);
		}
		else if (outcome instanceof Outcome.Forbidden) {
			unreachable(envelope, now);
		}
		else if (outcome instanceof Outcome.Rejected rejected) {
			log.warn("Telegram rejected a {} for chat {}: {} {}", envelope.kind(), envelope.chatId, rejected.code(),
					rejected.reason());
			fail(envelope, Reason.REJECTED, now);
		}
	}

	private void retryAfter(Envelope envelope, Duration wait, boolean pauseOthers) {
		window.retryAfter(envelope, wait, pauseOthers);
		if (envelope.stored) {
			int attempts = envelope.attempts;
			Instant notBefore = clock.instant().plus(wait);
			record(() -> store.retryAt(envelope.id, attempts, notBefore), null);
		}
	}

	private void fail(Envelope envelope, Reason reason, Instant now) {
		window.done(envelope);
		envelope.result.complete(new Failed(reason));
		record(() -> store.failed(envelope.id, reason, now), envelope);
		if (envelope.tag != null) {
			publish(new MessageNotDelivered(envelope.chatId, envelope.tag, reason));
		}
	}

	/** 403: this message and everything queued for the chat fail; the chat's owner module pauses what it sends. */
	private void unreachable(Envelope envelope, Instant now) {
		List<Envelope> queued = window.takeAllFor(envelope.chatId);
		// Listeners (pausing the person's schedules) run before any sender learns the send failed.
		publish(new ChatUnreachable(envelope.chatId, now));
		fail(envelope, Reason.UNREACHABLE, now);
		for (Envelope other : queued) {
			other.result.complete(new Failed(Reason.UNREACHABLE));
			if (other.tag != null && !other.stored) {
				publish(new MessageNotDelivered(other.chatId, other.tag, Reason.UNREACHABLE));
			}
		}
		try {
			for (OutboxEntry failed : store.failQueued(envelope.chatId, Reason.UNREACHABLE, now)) {
				CompletableFuture<SendResult> result = waiting.remove(failed.id());
				if (result != null) {
					result.complete(new Failed(Reason.UNREACHABLE));
				}
				if (failed.tag() != null) {
					publish(new MessageNotDelivered(failed.chatId(), failed.tag(), Reason.UNREACHABLE));
				}
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not record chat {}'s queued messages as undeliverable", envelope.chatId);
		}
	}

	private void record(Runnable write, Envelope envelope) {
		if (envelope != null && !envelope.stored) {
			return;
		}
		try {
			write.run();
		}
		catch (DataAccessException ex) {
			outage.noticed();
			unrecorded.add(write);
		}
	}

	private void publish(Object event) {
		try {
			events.publishEvent(event);
		}
		catch (RuntimeException ex) {
			log.error("A listener failed on {}", event.getClass().getSimpleName(), ex);
		}
	}

	/** Claims queued messages from the store into the window, renews leases, retries outcome writes, sweeps. */
	private void keep() {
		try {
			retryUnrecorded();
			Instant now = clock.instant();
			renewWhenDue(now);
			fill(now);
			if (System.nanoTime() - lastSweep > SWEEP_EVERY.toNanos()) {
				lastSweep = System.nanoTime();
				long swept = store.sweep(now);
				if (swept > 0) {
					log.debug("Swept {} settled outbox entries", swept);
				}
			}
		}
		catch (DataAccessException ex) {
			outage.noticed();
			log.debug("Store unavailable to the outbox keeper; trying again shortly");
		}
		catch (RuntimeException ex) {
			log.error("The outbox keeper failed; trying again shortly", ex);
		}
	}

	/**
	 * Renews this instance's leases a quarter of the way through them rather than on every tick: renewing reads the
	 * whole queue on the embedded store, and a lease of a minute renewed every 15 s still never lapses while the
	 * instance runs.
	 */
	private void renewWhenDue(Instant now) {
		if (lastRenewedAt == null || !now.isBefore(lastRenewedAt.plus(properties.lease().dividedBy(4)))) {
			renew(now);
		}
	}

	/**
	 * Renews this instance's leases as of {@code now}. Also done right before a claim, which takes any lapsed lease:
	 * otherwise a lease of this instance's own that lapsed meanwhile (the store was away longer than a lease, or the
	 * clock jumped) would be claimed again and its message sent twice.
	 */
	private void renew(Instant now) {
		store.renew(owner, leaseUntil(now));
		lastRenewedAt = now;
	}

	/** Tops the window up from the store, once it is at least half empty (see {@link SendWindow#roomToFill()}). */
	private void fill(Instant now) {
		while (running) {
			int room = window.roomToFill();
			if (room == 0) {
				return;
			}
			if (!now.equals(lastRenewedAt)) {
				renew(now);
			}
			List<OutboxEntry> claimed = store.claim(owner, now, leaseUntil(now), room);
			window.addClaimed(claimed.stream().map(entry -> Envelope.of(entry, waiting.remove(entry.id()))).toList());
			claimedSoFar.addAndGet(claimed.size());
			lastClaimAt = now;
			if (claimed.size() < room) {
				moreInStore = false;
				return;
			}
		}
	}

	private void retryUnrecorded() {
		Runnable write;
		while ((write = unrecorded.peek()) != null) {
			write.run();
			unrecorded.poll();
		}
	}

	@Override
	public void start() {
		running = true;
		outcomes = Executors.newFixedThreadPool(4, daemonThreads("outbox-outcome-"));
		keeper = Executors.newSingleThreadScheduledExecutor(daemonThreads("outbox-keeper-"));
		timers = Executors.newSingleThreadScheduledExecutor(daemonThreads("outbox-timer-"));
		recordsWriter = Executors.newSingleThreadScheduledExecutor(daemonThreads("outbox-records-"));
		sentRecords = new SentRecords(store, recordsWriter, sent -> {
			outage.noticed();
			unrecorded.add(() -> store.sent(sent.id(), sent.messageId(), sent.at()));
		});
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
		keeper.scheduleWithFixedDelay(this::keep, 0, every, TimeUnit.MILLISECONDS);
	}

	/**
	 * Gives the window a few seconds to go out, then stops and releases this instance's leases: what is still
	 * queued stays in the store for the next start (or another instance).
	 */
	@Override
	public void stop() {
		keeper.shutdownNow();
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
		outcomes.shutdown();
		try {
			outcomes.awaitTermination(2, TimeUnit.SECONDS);
			// Deliveries are recorded before this instance's leases go: a released, unrecorded one would go twice.
			recordsWriter.shutdown();
			recordsWriter.awaitTermination(2, TimeUnit.SECONDS);
			retryUnrecorded();
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
		keeper.shutdownNow();
		timers.shutdownNow();
		outcomes.shutdownNow();
		recordsWriter.shutdownNow();
		dispatcher.interrupt();
	}

	/** When this instance last looked in the store for messages to claim; null before its first look (for tests). */
	Instant lastClaimAt() {
		return lastClaimAt;
	}

	/** How many messages this instance has claimed from the store since it started (for tests). */
	long claimedSoFar() {
		return claimedSoFar.get();
	}

	/** Whether every lane but the crisis lane waits, as Telegram asked with a 429 (for tests). */
	boolean othersArePaused() {
		return window.othersArePaused();
	}

	/** Whether nothing is waiting or in flight in this instance (tests wait for this). */
	public boolean isIdle() {
		return window.isEmpty() && inFlight.get() == 0 && !moreInStore
				&& (sentRecords == null || sentRecords.isIdle());
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
