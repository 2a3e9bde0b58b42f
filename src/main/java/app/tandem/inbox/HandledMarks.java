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
 * once. A mark not yet written when the process dies only means its update is handled again at the next start, as
 * with a crash between handling and marking.
 */
final class HandledMarks {

	private static final Logger log = LoggerFactory.getLogger(HandledMarks.class);

	private static final int MAX_PER_WRITE = 1_000;

	private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

	private final MongoTemplate mongo;

	private final ScheduledExecutorService writer;

	private final Clock clock;

	private final Duration retention;

	private final ConcurrentLinkedQueue<Long> queued = new ConcurrentLinkedQueue<>();

	/** Marks queued or being written. */
	private final AtomicInteger unwritten = new AtomicInteger();

	private final AtomicBoolean writeAsked = new AtomicBoolean();

	HandledMarks(MongoTemplate mongo, ScheduledExecutorService writer, Clock clock, Duration retention) {
		this.mongo = mongo;
		this.writer = writer;
		this.clock = clock;
		this.retention = retention;
	}

	/** Queues a handled update's mark; written at once, together with any others queued meanwhile. */
	void mark(long updateId) {
		unwritten.incrementAndGet();
		queued.add(updateId);
		askForWrite(0);
	}

	private void askForWrite(long delayMillis) {
		if (!writeAsked.compareAndSet(false, true)) {
			return;
		}
		try {
			writer.schedule(this::write, delayMillis, TimeUnit.MILLISECONDS);
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
			unwritten.addAndGet(-ids.size());
		}
		catch (DataAccessException ex) {
			log.warn("Could not mark {} handled update(s); trying again shortly", ids.size());
			queued.addAll(ids);
			askForWrite(RETRY_AFTER.toMillis());
			return;
		}
		if (!queued.isEmpty()) {
			askForWrite(0);
		}
	}

	/** Whether every mark queued so far is written. */
	boolean isIdle() {
		return unwritten.get() == 0;
	}

}
