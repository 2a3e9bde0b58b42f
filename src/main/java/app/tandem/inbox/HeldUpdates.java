package app.tandem.inbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import app.tandem.inbox.InboxWrites.Stored;
import app.tandem.store.StoreOutage;

/**
 * Updates taken in while the store was down or slow, held in memory in arrival order until the store has them. The
 * people whose updates are held are told once that the store is unavailable, unless a slow write is still in flight
 * (then only if it fails or stays out longer than {@link #STILL_SLOW}). Thread-safe: one monitor guards the held
 * updates, and is never held across a store call.
 */
final class HeldUpdates {

	private static final Logger log = LoggerFactory.getLogger(HeldUpdates.class);

	/**
	 * How long a write may stay out before the people whose updates are held are told the store is unavailable.
	 */
	static final Duration STILL_SLOW = Duration.ofSeconds(5);

	/** How many held updates go back to the store in one write. */
	private static final int FLUSH_BATCH = 500;

	private final InboxWrites writes;

	private final Consumer<Received> dispatch;

	private final InboundHandler handler;

	private final StoreOutage outage;

	/** The inbox's retry thread: flushes, and tells people, off the polling thread. */
	private final ScheduledExecutorService retries;

	/** Guarded by its own monitor. */
	private final Deque<Received> pending = new ArrayDeque<>();

	/** Chats told about the outage; guarded by the {@code pending} monitor. */
	private final Set<Long> toldAboutOutage = new HashSet<>();

	/** Writes that outlasted the store wait and have not answered yet: while there are any, holding is silent. */
	private final AtomicInteger slowWrites = new AtomicInteger();

	HeldUpdates(InboxWrites writes, Consumer<Received> dispatch, InboundHandler handler, StoreOutage outage,
			ScheduledExecutorService retries) {
		this.writes = writes;
		this.dispatch = dispatch;
		this.handler = handler;
		this.outage = outage;
		this.retries = retries;
	}

	/**
	 * Holds the whole batch if updates are held already (they keep their order) or the store is known to be down.
	 * @return whether the batch was held
	 */
	boolean holdIfHolding(List<Received> batch) {
		synchronized (pending) {
			if (pending.isEmpty() && !outage.isOngoing()) {
				return false;
			}
			batch.forEach(this::holdDuringOutage);
			return true;
		}
	}

	/** Holds an update whose write failed or is still in flight: it may have been stored. */
	void hold(Received received) {
		synchronized (pending) {
			holdDuringOutage(received.maybeStored());
		}
	}

	/**
	 * A write outlasted the store wait: what is held meanwhile is held without a word to anyone, and follows at once,
	 * in one write, when this one is through. Only a write that fails, or stays out past {@link #STILL_SLOW}, tells
	 * them.
	 */
	void waitFor(CompletableFuture<List<Stored>> slowWrite) {
		slowWrites.incrementAndGet();
		slowWrite.whenComplete((result, failure) -> {
			slowWrites.decrementAndGet();
			if (failure != null || result.contains(Stored.UNKNOWN)) {
				outage.noticed();
				tellThoseHeld();
			}
			scheduleQuietly(this::flush, Duration.ZERO);
		});
		scheduleQuietly(() -> {
			if (!slowWrite.isDone()) {
				tellThoseHeld();
			}
		}, STILL_SLOW);
	}

	/** Stores and dispatches what is held, unless a slow write is in flight (it flushes once it is through). */
	void flush() {
		if (slowWrites.get() > 0) {
			return; // a retry now would only queue behind the slow write
		}
		try {
			flushPending();
		}
		catch (RuntimeException ex) {
			log.error("Retrying held updates failed", ex);
		}
	}

	boolean isEmpty() {
		synchronized (pending) {
			return pending.isEmpty();
		}
	}

	/** The caller holds the {@code pending} monitor. */
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
	 * Stores and dispatches held updates in arrival order, in as few writes as there are {@value #FLUSH_BATCH}s of
	 * them (after a slow moment of the store, the backlog goes back in one write, not one round trip per update);
	 * stops at the first failure.
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
				stored = writes.storeAll(next);
			}
			catch (DataAccessException ex) {
				stored = Collections.nCopies(next.size(), Stored.UNKNOWN);
			}
			int done = 0;
			while (done < next.size() && stored.get(done) != Stored.UNKNOWN) {
				Received held = next.get(done);
				if (stored.get(done) == Stored.NEW || held.mayBeStored()) {
					// One that may have been stored is handled only if still unhandled: claiming sees to that.
					dispatch.accept(held);
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

	/** Runs a task on the retry thread after the delay; while stopping, not at all. */
	private void scheduleQuietly(Runnable task, Duration delay) {
		try {
			retries.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (RejectedExecutionException ex) {
			// Stopping: nothing more is flushed or told.
		}
	}

}
