package app.tandem.outbox;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.bulk.BulkWriteError;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Inserts the messages several threads queue at the same moment in one write (a group commit): a thread that finds
 * no write under way writes everything queued so far, its own message included, while the threads that come
 * meanwhile wait and go in the next write together. Each caller returns only once its own message is in the store
 * (or throws as a single insert would), so "stored before it is sent" holds as before; alone, a message is written
 * at once, as a single insert.
 */
final class GroupedInserts {

	private static final int DUPLICATE_KEY = 11000;

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
	 * Stores the entry, possibly together with others.
	 * @throws DuplicateKeyException when an entry with its id is already stored
	 * @throws org.springframework.dao.DataAccessException when the store failed
	 */
	void insert(OutboxEntry entry) {
		Pending mine = new Pending(entry);
		List<Pending> batch = null;
		boolean interrupted = false;
		synchronized (lock) {
			queued.add(mine);
			while (writing && !mine.done) {
				try {
					lock.wait();
				}
				catch (InterruptedException ex) {
					// The message must not be left half-queued: wait on, and pass the interrupt on after.
					interrupted = true;
				}
			}
			if (!mine.done) {
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
		if (mine.failure != null) {
			throw mine.failure;
		}
	}

	private void write(List<Pending> batch) {
		try {
			if (batch.size() == 1) {
				insertOne(batch.get(0));
			}
			else {
				insertAll(batch);
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
			mongo.insert(pending.entry);
		}
		catch (RuntimeException ex) {
			pending.failure = ex;
		}
	}

	private void insertAll(List<Pending> batch) {
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OutboxEntry.class);
		batch.forEach(pending -> bulk.insert(pending.entry));
		try {
			bulk.execute();
		}
		catch (BulkOperationException ex) {
			for (BulkWriteError error : ex.getErrors()) {
				batch.get(error.getIndex()).failure = (error.getCode() == DUPLICATE_KEY)
						? new DuplicateKeyException(error.getMessage())
						: new DataIntegrityViolationException(error.getMessage());
			}
		}
		catch (RuntimeException ex) {
			batch.forEach(pending -> pending.failure = ex);
		}
	}

	private static final class Pending {

		private final OutboxEntry entry;

		/** Set before {@link #done} is, which is set under the lock. */
		private RuntimeException failure;

		private boolean done;

		private Pending(OutboxEntry entry) {
			this.entry = entry;
		}

	}

}
