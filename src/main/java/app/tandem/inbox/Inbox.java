package app.tandem.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.store.StoreConnection;
import app.tandem.store.StoreOutage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Takes in updates. {@link #receive(Inbound)} returns only once the update is stored (or, during a store outage,
 * held in memory to be stored as soon as the store is back), so the caller may then acknowledge it to Telegram.
 * <p>
 * Order of work for a new update: let the {@link UrgentResponder} react at once, outside any lock and before any
 * database call; store it (a duplicate update id ends here); ask its chat's ordered worker to go through the chat's
 * unhandled entries: claim the oldest ({@link InboxClaims}), hand it to the {@link InboundHandler}, mark it handled,
 * and so on. Claiming is what keeps several instances on one store apart: each entry is handled once, and a chat's
 * entries in update-id order, whichever instance stored them.
 */
@Component
public class Inbox implements SmartLifecycle {

	public static final int PHASE = 100;

	private static final Logger log = LoggerFactory.getLogger(Inbox.class);

	private static final Duration UNHANDLED_RETENTION = Duration.ofDays(30);

	private static final int DUPLICATE_KEY = 11000;

	/**
	 * How long a write that outlasted the store wait may stay in flight before the people whose updates wait on it
	 * are told the store is unavailable: a store that is only slow under load holds their updates silently.
	 */
	static final Duration STILL_SLOW = Duration.ofSeconds(5);

	/** How many held updates go back to the store in one write. */
	private static final int FLUSH_BATCH = 500;

	private final MongoTemplate mongo;

	private final InboundHandler handler;

	private final UrgentResponder urgent;

	private final NonPrivateChats nonPrivateChats;

	private final InboxProperties properties;

	private final Clock clock;

	private final StoreOutage outage;

	private final ExecutorService workers;

	private final ChatSerialExecutor chats;

	private final ScheduledExecutorService retries;

	/** Updates that arrived while the store was down, oldest first; guarded by its own monitor. */
	private final Deque<Received> pending = new ArrayDeque<>();

	/** Runs inbox writes, so the polling thread can stop waiting for a store that does not answer. */
	private final ExecutorService storeCalls;

	private final Set<Long> toldAboutOutage = new HashSet<>();

	/** Writes that outlasted the store wait and have not answered yet: while there are any, holding is silent. */
	private final AtomicInteger slowWrites = new AtomicInteger();

	private final ChatDrains drains;

	/** Writes the marks of handled updates, together (see {@link HandledMarks}). */
	private final ScheduledExecutorService marksWriter;

	/** Update ids taken in lately, so a redelivery is not answered urgently twice before the store says so. */
	private final RecentIds recentlySeen = new RecentIds(10_000);

	private volatile boolean running;

	/** On the embedded store ({@code store}) this process is the store's only user, and claims nothing. */
	@Autowired
	Inbox(MongoTemplate mongo, InboundHandler handler, UrgentResponder urgent, NonPrivateChats nonPrivateChats,
			InboxProperties properties, Clock clock, StoreOutage outage, StoreConnection store, MeterRegistry meters) {
		this(mongo, handler, urgent, nonPrivateChats, properties, clock, outage, store.embeddedServer().isPresent(),
				meters);
	}

	/** With {@code soleUserOfTheStore}, claims nothing and handles from memory, as on the embedded store. */
	Inbox(MongoTemplate mongo, InboundHandler handler, UrgentResponder urgent, NonPrivateChats nonPrivateChats,
			InboxProperties properties, Clock clock, StoreOutage outage, boolean soleUserOfTheStore,
			MeterRegistry meters) {
		this.mongo = mongo;
		this.handler = handler;
		this.urgent = urgent;
		this.nonPrivateChats = nonPrivateChats;
		this.properties = properties;
		this.clock = clock;
		this.outage = outage;
		this.workers = Executors.newFixedThreadPool(properties.workerThreads(), daemonThreads("inbox-"));
		this.chats = new ChatSerialExecutor(workers);
		this.retries = Executors.newSingleThreadScheduledExecutor(daemonThreads("inbox-retry-"));
		this.storeCalls = Executors.newCachedThreadPool(daemonThreads("inbox-store-"));
		this.marksWriter = Executors.newSingleThreadScheduledExecutor(daemonThreads("inbox-marks-"));
		this.drains = new ChatDrains(new InboxClaims(mongo, properties.claimLease(), Clock.systemUTC()),
				new HandledMarks(mongo, marksWriter, clock, properties.retention()), handler, urgent, chats, retries,
				properties, clock, soleUserOfTheStore, meters);
	}

	/**
	 * Takes in one update. Returns when it is safe to acknowledge it to Telegram.
	 */
	public void receive(Inbound inbound) {
		receiveAll(List.of(inbound));
	}

	/**
	 * Takes in a batch of updates (one {@code getUpdates} answer). Every update's urgent answer goes out first, so
	 * crisis help for the last update never waits for the store to take the first. Returns when it is safe to
	 * acknowledge the batch to Telegram.
	 * @return whether every update of the batch is in the durable store now (or was before); {@code false} when some
	 * are only held in memory during a store outage, to be stored when the store is back
	 */
	public boolean receiveAll(List<Inbound> batch) {
		List<Received> received = new ArrayList<>(batch.size());
		for (Inbound inbound : batch) {
			if (!inbound.isPrivate()) {
				nonPrivateChats.refuse(inbound);
				continue;
			}
			boolean firstSeen = recentlySeen.add(inbound.updateId());
			received.add(new Received(inbound, firstSeen && urgent.respond(inbound)));
		}
		try {
			return take(received);
		}
		catch (RuntimeException ex) {
			log.error("Could not take in a batch of {} update(s)", received.size(), ex);
			return false;
		}
	}

	/**
	 * Stores a batch of updates in one write and queues the new ones for handling, in order; or, while the store is
	 * down or slow, holds them in memory in arrival order. The store is called with no lock held, and waited for at
	 * most {@code storeWait}: a store that does not answer by then counts as down, so the polling thread (and the
	 * crisis answers to the next updates) is never held for the driver's whole server-selection timeout.
	 */
	private boolean take(List<Received> batch) {
		if (batch.isEmpty()) {
			return true;
		}
		synchronized (pending) {
			if (!pending.isEmpty() || storeIsDown()) {
				batch.forEach(this::holdDuringOutage);
				return false;
			}
		}
		List<Stored> stored = storeWithin(batch, properties.storeWait());
		for (int i = 0; i < batch.size(); i++) {
			Received received = batch.get(i);
			switch (stored.get(i)) {
				case NEW -> dispatch(received);
				case DUPLICATE -> log.debug("Update {} was received before; ignoring the redelivery",
						received.inbound().updateId());
				case UNKNOWN -> {
					log.warn("Store unavailable; holding update {} in memory until it is back",
							received.inbound().updateId());
					outage.noticed();
					synchronized (pending) {
						holdDuringOutage(received.maybeStored());
					}
				}
				case SLOW -> {
					log.debug("Store slow; holding update {} until its write is through",
							received.inbound().updateId());
					synchronized (pending) {
						holdDuringOutage(received.maybeStored());
					}
				}
			}
		}
		return stored.stream().noneMatch(result -> result == Stored.UNKNOWN || result == Stored.SLOW);
	}

	private boolean storeIsDown() {
		return outage.isOngoing();
	}

	private List<Stored> storeWithin(List<Received> batch, Duration wait) {
		List<Stored> unknown = Collections.nCopies(batch.size(), Stored.UNKNOWN);
		CompletableFuture<List<Stored>> attempt;
		try {
			attempt = CompletableFuture.supplyAsync(() -> storeAll(batch), storeCalls);
		}
		catch (RejectedExecutionException ex) {
			return unknown;
		}
		try {
			return attempt.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// Slow, not down: the batch is held without a word to anyone; once this write is through, what was held
			// meanwhile follows at once, in one write. Only a write that fails or stays out tells them.
			slowWrites.incrementAndGet();
			attempt.whenComplete((result, failure) -> {
				slowWrites.decrementAndGet();
				if (failure != null || result.contains(Stored.UNKNOWN)) {
					outage.noticed();
					tellThoseHeld();
				}
				flushSoon();
			});
			scheduleQuietly(() -> {
				if (!attempt.isDone()) {
					tellThoseHeld();
				}
			}, STILL_SLOW);
			return Collections.nCopies(batch.size(), Stored.SLOW);
		}
		catch (ExecutionException ex) {
			return unknown;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return unknown;
		}
	}

	private void flushSoon() {
		scheduleQuietly(this::retryPending, Duration.ZERO);
	}

	/** One unordered bulk insert for the batch; says for each update whether it was new, a redelivery, or unknown. */
	private List<Stored> storeAll(List<Received> batch) {
		Instant now = clock.instant();
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, "inbox");
		batch.forEach(received -> bulk.insert(InboxEntry
			.received(received.inbound(), received.answeredUrgently(), now, now.plus(UNHANDLED_RETENTION))
			.stored(mongo.getConverter())));
		List<Stored> stored = new ArrayList<>(Collections.nCopies(batch.size(), Stored.NEW));
		try {
			bulk.execute();
		}
		catch (BulkOperationException ex) {
			ex.getErrors()
				.forEach(error -> stored.set(error.getIndex(),
						(error.getCode() == DUPLICATE_KEY) ? Stored.DUPLICATE : Stored.UNKNOWN));
		}
		return stored;
	}

	/** Runs a task on the retry thread after the delay; while stopping, not at all. */
	private void scheduleQuietly(Runnable task, Duration delay) {
		try {
			retries.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// Stopping: nothing more is flushed or told.
		}
	}

	/**
	 * Holds an update until the store is back, and tells the person so, unless a slow write is in flight (then they
	 * are told only if it fails or stays out); the caller holds the {@code pending} monitor.
	 */
	private void holdDuringOutage(Received received) {
		pending.addLast(received);
		if (slowWrites.get() == 0) {
			tellAboutOutage(received);
		}
	}

	/** Tells everyone whose update is held, and was not told yet, that the store is unavailable. */
	private void tellThoseHeld() {
		synchronized (pending) {
			pending.forEach(this::tellAboutOutage);
		}
	}

	/** The caller holds the {@code pending} monitor. */
	private void tellAboutOutage(Received received) {
		if (!received.answeredUrgently() && toldAboutOutage.add(received.inbound().chatId())) {
			// Not on the polling thread: saying so may itself wait for the store.
			retries.execute(() -> handler.storeUnavailable(received.inbound()));
		}
	}

	/**
	 * Stores and dispatches held updates in arrival order, on the retry thread, in as few writes as there are
	 * {@value #FLUSH_BATCH}s of them (after a slow moment of the store, the backlog goes back in one write, not one
	 * round trip per update); stops at the first failure. The monitor is held only to look at the queue, never across
	 * a store call.
	 */
	private void flushPending() {
		while (true) {
			List<Received> next;
			synchronized (pending) {
				if (pending.isEmpty()) {
					break;
				}
				next = pending.stream().limit(FLUSH_BATCH).toList();
			}
			List<Stored> stored;
			try {
				stored = storeAll(next);
			}
			catch (DataAccessException ex) {
				stored = Collections.nCopies(next.size(), Stored.UNKNOWN);
			}
			int done = 0;
			while (done < next.size() && stored.get(done) != Stored.UNKNOWN) {
				Received held = next.get(done);
				if (stored.get(done) == Stored.NEW || held.mayBeStored()) {
					// One that may have been stored is handled only if still unhandled: claiming sees to that.
					dispatch(held);
				}
				done++;
			}
			synchronized (pending) {
				for (int i = 0; i < next.size(); i++) {
					pending.removeFirst();
				}
				for (int i = next.size() - 1; i >= done; i--) {
					// Not known to be stored, and the unordered write may have stored it after all: back at the head.
					pending.addFirst(next.get(i).maybeStored());
				}
			}
			if (done < next.size()) {
				outage.noticed();
				tellThoseHeld();
				return;
			}
		}
		synchronized (pending) {
			if (!pending.isEmpty()) {
				return;
			}
			if (!toldAboutOutage.isEmpty()) {
				log.info("Store is back; held updates are stored");
				toldAboutOutage.clear();
			}
			outage.over();
		}
	}

	private void dispatch(Received received) {
		drains.dispatch(received);
	}

	/**
	 * Handles what was received but not handled before (a crash, or the instance that stored it stopped or died),
	 * claiming as any handling does (see {@link ChatDrains#replayUnhandled()}). Called by the adapter when this
	 * instance starts receiving: in polling mode by the instance that polls, once it takes over; in webhook mode by
	 * every instance at start.
	 */
	public void replayUnhandled() {
		drains.replayUnhandled();
	}

	/** Whether every update taken in so far has been handled. */
	public boolean isIdle() {
		synchronized (pending) {
			if (!pending.isEmpty()) {
				return false;
			}
		}
		return drains.isIdle();
	}

	@Override
	public void start() {
		retries.scheduleWithFixedDelay(this::retryPending, 2, 2, TimeUnit.SECONDS);
		retries.scheduleWithFixedDelay(this::sweep, 1, 60, TimeUnit.MINUTES);
		long every = drains.takeOverEveryMillis();
		retries.scheduleWithFixedDelay(drains::takeOverAbandoned, every, every, TimeUnit.MILLISECONDS);
		running = true;
	}

	private void retryPending() {
		if (slowWrites.get() > 0) {
			return; // the slow write flushes what is held once it is through; a retry now would only queue behind it
		}
		try {
			flushPending();
		}
		catch (RuntimeException ex) {
			log.error("Retrying held updates failed", ex);
		}
	}

	/** Removes handled updates past their keeping time (a TTL index does this on MongoDB, not on the embedded store). */
	long sweep() {
		try {
			return mongo.remove(Query.query(where("expireAt").lt(clock.instant())), InboxEntry.class)
				.getDeletedCount();
		}
		catch (DataAccessException ex) {
			log.debug("Could not sweep expired inbox entries; trying again later");
			return 0;
		}
	}

	@Override
	public void stop() {
		running = false;
		retries.shutdownNow();
		storeCalls.shutdownNow();
		workers.shutdown();
		try {
			if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
				log.warn("Some updates were still being handled at shutdown; they will be replayed on start");
				workers.shutdownNow();
			}
			// The marks of what was handled go out before the store closes.
			marksWriter.shutdown();
			if (!marksWriter.awaitTermination(3, TimeUnit.SECONDS)) {
				marksWriter.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private enum Stored {

		NEW, DUPLICATE, UNKNOWN,

		/** Not known yet: the write outlasted the store wait and is still in flight. */
		SLOW

	}

	private static CustomizableThreadFactory daemonThreads(String prefix) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
		threads.setDaemon(true);
		return threads;
	}

}
