package app.tandem.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.store.BulkInsert;

/** Writes updates taken in to the {@code inbox} collection, a batch in one unordered bulk insert. */
final class InboxWrites {

	private static final Duration UNHANDLED_RETENTION = Duration.ofDays(30);

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
		List<Document> documents = batch.stream()
			.map(received -> InboxEntry
				.received(received.inbound(), received.answeredUrgently(), now, now.plus(UNHANDLED_RETENTION))
				.stored(mongo.getConverter()))
			.toList();
		return BulkInsert.insertAll(mongo, "inbox", documents).stream().map(outcome -> switch (outcome.result()) {
			case STORED -> Stored.NEW;
			case ALREADY_STORED -> Stored.DUPLICATE;
			case REFUSED -> Stored.UNKNOWN;
		}).toList();
	}

	/** What became of an update's write. */
	enum Stored {

		NEW, DUPLICATE, UNKNOWN,

		/** Not known yet: the write outlasted the store wait and is still in flight. */
		SLOW

	}

}
