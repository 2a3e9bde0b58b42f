package app.tandem.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.inbox.InboxWrites.Stored;
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

	private final MongoTemplate mongo;

	private final UrgentResponder urgent;

	private final NonPrivateChats nonPrivateChats;

	private final InboxProperties properties;

	private final Clock clock;

	private final StoreOutage outage;

	private final ExecutorService workers;

	private final ScheduledExecutorService retries;

	/** Runs inbox writes, so the polling thread can stop waiting for a store that does not answer. */
	private final ExecutorService storeCalls;

	private final InboxWrites writes;

	/** Updates that arrived while the store was down or slow, oldest first. */
	private final HeldUpdates held;

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
		this.urgent = urgent;
		this.nonPrivateChats = nonPrivateChats;
		this.properties = properties;
		this.clock = clock;
		this.outage = outage;
		this.workers = Executors.newFixedThreadPool(properties.workerThreads(), daemonThreads("inbox-"));
		ChatSerialExecutor chats = new ChatSerialExecutor(workers);
		this.retries = Executors.newSingleThreadScheduledExecutor(daemonThreads("inbox-retry-"));
		this.storeCalls = Executors.newCachedThreadPool(daemonThreads("inbox-store-"));
		this.marksWriter = Executors.newSingleThreadScheduledExecutor(daemonThreads("inbox-marks-"));
		this.drains = new ChatDrains(new InboxClaims(mongo, properties.claimLease(), Clock.systemUTC()),
				new HandledMarks(mongo, marksWriter, clock, properties.retention()), handler, urgent, chats, retries,
				properties, clock, soleUserOfTheStore, meters);
		this.writes = new InboxWrites(mongo, clock);
		this.held = new HeldUpdates(writes, drains::dispatch, handler, outage, retries);
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
		if (held.holdIfHolding(batch)) {
			return false;
		}
		List<Stored> stored = storeWithin(batch, properties.storeWait());
		for (int i = 0; i < batch.size(); i++) {
			Received received = batch.get(i);
			switch (stored.get(i)) {
				case NEW -> drains.dispatch(received);
				case DUPLICATE -> log.debug("Update {} was received before; ignoring the redelivery",
						received.inbound().updateId());
				case UNKNOWN -> {
					log.warn("Store unavailable; holding update {} in memory until it is back",
							received.inbound().updateId());
					outage.noticed();
					held.hold(received);
				}
				case SLOW -> {
					log.debug("Store slow; holding update {} until its write is through",
							received.inbound().updateId());
					held.hold(received);
				}
			}
		}
		return stored.stream().noneMatch(result -> result == Stored.UNKNOWN || result == Stored.SLOW);
	}

	private List<Stored> storeWithin(List<Received> batch, Duration wait) {
		List<Stored> unknown = Collections.nCopies(batch.size(), Stored.UNKNOWN);
		CompletableFuture<List<Stored>> attempt;
		try {
			attempt = CompletableFuture.supplyAsync(() -> writes.storeAll(batch), storeCalls);
		}
		catch (RejectedExecutionException ex) {
			return unknown;
		}
		try {
			return attempt.get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// Slow, not down: the batch is held, without a word to anyone unless the write fails or stays out
			held.waitFor(attempt);
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
		return held.isEmpty() && drains.isIdle();
	}

	@Override
	public void start() {
		retries.scheduleWithFixedDelay(held::flush, 2, 2, TimeUnit.SECONDS);
		retries.scheduleWithFixedDelay(this::sweep, 1, 60, TimeUnit.MINUTES);
		long every = drains.takeOverEveryMillis();
		retries.scheduleWithFixedDelay(drains::takeOverAbandoned, every, every, TimeUnit.MILLISECONDS);
		running = true;
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

	private static CustomizableThreadFactory daemonThreads(String prefix) {
		CustomizableThreadFactory threads = new CustomizableThreadFactory(prefix);
		threads.setDaemon(true);
		return threads;
	}

}
