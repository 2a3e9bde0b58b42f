package app.tandem.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Writes updates taken in to the {@code inbox} collection, a batch in one unordered bulk insert. */
final class InboxWrites {

	private static final Duration UNHANDLED_RETENTION = Duration.ofDays(30);

	private static final int DUPLICATE_KEY = 11000;

	private final MongoTemplate mongo;

	private final Clock clock;

	InboxWrites(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Stores the batch in one write.
	 * @return for each update, whether it was new, a redelivery, or is not known to be stored
	 * @throws org.springframework.dao.DataAccessException when the store could not be reached at all
	 */
	List<Stored> storeAll(List<Received> batch) {
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

	/** What became of an update's write. */
	enum Stored {

		NEW, DUPLICATE, UNKNOWN,

		/** Not known yet: the write outlasted the store wait and is still in flight. */
		SLOW

	}

}
