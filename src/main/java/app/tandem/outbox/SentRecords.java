package app.tandem.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.springframework.dao.DataAccessException;

/**
 * Records delivered messages in the store together (a group commit): each delivery is queued here, and one writer
 * records everything queued in one write, so under load the outcome workers share a round trip instead of making
 * one each; when idle a record goes out at once. Under load, a record that comes less than {@link #GATHER} after a
 * write waits out the rest of it, so a busy moment's records share a few writes. A delivery not yet recorded when
 * the process dies is sent again after the restart, as a message in flight at a crash is.
 */
final class SentRecords {

	private static final int MAX_PER_WRITE = 1_000;

	/** How long after one write the next gathers records for, under load. */
	static final Duration GATHER = Duration.ofMillis(10);

	private final OutboxStore store;

	private final ScheduledExecutorService writer;

	/** Where a write the store refused goes, one record at a time, to be retried. */
	private final Consumer<Sent> onFailure;

	private final ConcurrentLinkedQueue<Sent> queued = new ConcurrentLinkedQueue<>();

	/** Records queued or being written. */
	private final AtomicInteger unwritten = new AtomicInteger();

	private final AtomicBoolean writeAsked = new AtomicBoolean();

	/** Nanoseconds, as {@link System#nanoTime}. */
	private final LongSupplier ticker;

	/** When the last write ended (by the {@link #ticker}); only the writer thread sets it. */
	private volatile long lastWrite;

	SentRecords(OutboxStore store, ScheduledExecutorService writer, Consumer<Sent> onFailure) {
		this(store, writer, onFailure, System::nanoTime);
	}

	SentRecords(OutboxStore store, ScheduledExecutorService writer, Consumer<Sent> onFailure, LongSupplier ticker) {
		this.ticker = ticker;
		this.lastWrite = ticker.getAsLong() - GATHER.toNanos();
		this.store = store;
		this.writer = writer;
		this.onFailure = onFailure;
	}

	/** Queues a delivery's record; written at once, together with any others queued meanwhile. */
	void add(String id, Integer messageId, Instant at) {
		unwritten.incrementAndGet();
		queued.add(new Sent(id, messageId, at));
		askForWrite();
	}

	private void askForWrite() {
		if (!writeAsked.compareAndSet(false, true)) {
			return;
		}
		try {
			long wait = Math.max(0, GATHER.toNanos() - (ticker.getAsLong() - lastWrite));
			writer.schedule(this::write, wait, TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			// Stopping: what is queued is written by the last write below, or retried as a failure.
			writeAsked.set(false);
			write();
		}
	}

	private void write() {
		writeAsked.set(false);
		List<Sent> batch = new ArrayList<>();
		Sent next;
		while (batch.size() < MAX_PER_WRITE && (next = queued.poll()) != null) {
			batch.add(next);
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			store.sentAll(batch);
		}
		catch (DataAccessException ex) {
			batch.forEach(onFailure);
		}
		finally {
			lastWrite = ticker.getAsLong();
			unwritten.addAndGet(-batch.size());
		}
		if (!queued.isEmpty()) {
			askForWrite();
		}
	}

	/** Whether every record queued so far is written (or handed on to be retried). */
	boolean isIdle() {
		return unwritten.get() == 0;
	}

	/** A delivered message: its id, Telegram's message id, and when. */
	record Sent(String id, Integer messageId, Instant at) {
	}

}
