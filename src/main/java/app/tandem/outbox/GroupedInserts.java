package app.tandem.outbox;

import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.store.BulkInsert;

/**
 * Inserts the messages several threads queue at the same moment in one write (a group commit): a thread that finds
 * no write under way writes everything queued so far, its own messages included, while the threads that come
 * meanwhile wait and go in the next write together. Each caller returns only once its own messages are in the store
 * (or with the reason each is not), so "stored before it is sent" holds as before; alone, a message is written at
 * once, as a single insert, and a caller's several messages always go in one write.
 */
final class GroupedInserts {

	private static final String COLLECTION = "outbox";

	private final MongoTemplate mongo;

	private final Object lock = new Object();

	/** Guarded by {@link #lock}. */
	private List<Pending> queued = new ArrayList<>();

	/** Whether a write is under way; guarded by {@link #lock}. */
	private boolean writing;

	GroupedInserts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores the entries, in one write, possibly together with others'.
	 * @return for each entry, {@code null} if it was stored, or why not: {@code DuplicateKeyException} when an entry
	 * with its id is already stored, a {@code DataAccessException} when the store failed
	 */
	List<RuntimeException> insertAll(List<OutboxEntry> entries) {
		// Each caller seals and maps its own entries before it queues them: the thread that writes a group only writes.
		List<Pending> mine = entries.stream()
			.map(entry -> new Pending(StoredForm.of(entry, mongo.getConverter())))
			.toList();
		if (mine.isEmpty()) {
			return List.of();
		}
		// Added together, so one write takes them all: the first one's being done says all are.
		Pending first = mine.get(0);
		List<Pending> batch = null;
		boolean interrupted = false;
		synchronized (lock) {
			queued.addAll(mine);
			while (writing && !first.done) {
				try {
					lock.wait();
				}
				catch (InterruptedException ex) {
					// The messages must not be left half-queued: wait on, and pass the interrupt on after.
					interrupted = true;
				}
			}
			if (!first.done) {
				writing = true;
				batch = queued;
				queued = new ArrayList<>();
			}
		}
		if (batch != null) {
			write(batch);
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
		return mine.stream().map(pending -> pending.failure).toList();
	}

	private void write(List<Pending> batch) {
		try {
			if (batch.size() == 1) {
				insertOne(batch.get(0));
			}
			else {
				bulkInsert(batch);
			}
		}
		catch (Error ex) {
			// No one may take a message for stored that the write never reached.
			batch.forEach(pending -> pending.failure = new IllegalStateException("The outbox write failed", ex));
			throw ex;
		}
		finally {
			synchronized (lock) {
				batch.forEach(pending -> pending.done = true);
				writing = false;
				lock.notifyAll();
			}
		}
	}

	private void insertOne(Pending pending) {
		try {
			mongo.insert(pending.document, COLLECTION);
		}
		catch (RuntimeException ex) {
			pending.failure = ex;
		}
	}

	private void bulkInsert(List<Pending> batch) {
		try {
			List<BulkInsert.Outcome> outcomes = BulkInsert.insertAll(mongo, COLLECTION,
					batch.stream().map(pending -> pending.document).toList());
			for (int i = 0; i < batch.size(); i++) {
				BulkInsert.Outcome outcome = outcomes.get(i);
				batch.get(i).failure = switch (outcome.result()) {
					case STORED -> null;
					case ALREADY_STORED -> new DuplicateKeyException(outcome.reason());
					case REFUSED -> new DataIntegrityViolationException(outcome.reason());
				};
			}
		}
		catch (RuntimeException ex) {
			batch.forEach(pending -> pending.failure = ex);
		}
	}

	private static final class Pending {

		/** The entry's stored form. */
		private final Document document;

		/** Set before {@link #done} is, which is set under the lock. */
		private RuntimeException failure;

		private boolean done;

		private Pending(Document document) {
			this.document = document;
		}

	}

}
