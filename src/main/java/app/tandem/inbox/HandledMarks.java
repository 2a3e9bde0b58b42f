package app.tandem.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Marks handled updates in the store together (a group commit), for the store's only user, which handles from memory
 * and never reads a mark back: each update handled is queued here, and one writer marks everything queued in one
 * write, so under load the workers share a round trip instead of making one each, and when idle a mark goes out at
 * once. Under load, a mark that comes less than {@link #GATHER} after a write waits out the rest of it, so the
 * marks of a busy moment share a few writes rather than going two or three to a write (half a store write per
 * update in issue 11's pipeline benchmark). A mark not yet written when the process dies only means its update is
 * handled again at the next start, as with a crash between handling and marking.
 */
final class HandledMarks {

	private static final Logger log = LoggerFactory.getLogger(HandledMarks.class);

	private static final int MAX_PER_WRITE = 1_000;

	private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	/** How long after one write the next gathers marks for, under load; when idle a mark goes out at once. */
	static final Duration GATHER = Duration.ofMillis(10);

	private final MongoTemplate mongo;

	private final ScheduledExecutorService writer;

	private final Clock clock;

	private final Duration retention;

	private final ConcurrentLinkedQueue<Long> queued = new ConcurrentLinkedQueue<>();

	/** Marks queued or being written. */
	private final AtomicInteger unwritten = new AtomicInteger();

	private final AtomicBoolean writeAsked = new AtomicBoolean();

	/** Nanoseconds, as {@link System#nanoTime}. */
	private final LongSupplier ticker;

	/** When the last write ended (by the {@link #ticker}); only the writer thread sets it. */
	private volatile long lastWrite;

	HandledMarks(MongoTemplate mongo, ScheduledExecutorService writer, Clock clock, Duration retention) {
		this(mongo, writer, clock, retention, System::nanoTime);
	}

	HandledMarks(MongoTemplate mongo, ScheduledExecutorService writer, Clock clock, Duration retention,
			LongSupplier ticker) {
		this.ticker = ticker;
		this.lastWrite = ticker.getAsLong() - GATHER.toNanos();
		this.mongo = mongo;
		this.writer = writer;
		this.clock = clock;
		this.retention = retention;
	}

	/** Queues a handled update's mark; written at once, together with any others queued meanwhile. */
	void mark(long updateId) {
		unwritten.incrementAndGet();
		queued.add(updateId);
		askForWrite(Math.max(0, GATHER.toNanos() - (ticker.getAsLong() - lastWrite)));
	}

	private void askForWrite(long delayNanos) {
		if (!writeAsked.compareAndSet(false, true)) {
			return;
		}
		try {
			writer.schedule(this::write, delayNanos, TimeUnit.NANOSECONDS);
		}
		catch (RejectedExecutionException ex) {
			writeAsked.set(false);
			log.info("Stopping: {} handled update(s) not marked are handled again after the restart", unwritten.get());
		}
	}

	private void write() {
		writeAsked.set(false);
		List<Long> ids = new ArrayList<>();
		Long id;
		while (ids.size() < MAX_PER_WRITE && (id = queued.poll()) != null) {
			ids.add(id);
		}
		if (ids.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		try {
			mongo.updateMulti(Query.query(where("_id").in(ids)), InboxClaims.handled(now, retention), InboxEntry.class);
			lastWrite = ticker.getAsLong();
			unwritten.addAndGet(-ids.size());
		}
		catch (DataAccessException ex) {
			log.warn("Could not mark {} handled update(s); trying again shortly", ids.size());
			queued.addAll(ids);
			askForWrite(RETRY_AFTER.toNanos());
			return;
		}
		if (!queued.isEmpty()) {
			askForWrite(GATHER.toNanos());
		}
	}

	/** Whether every mark queued so far is written. */
	boolean isIdle() {
		return unwritten.get() == 0;
	}

}
