package app.tandem.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.mongodb.bulk.BulkWriteError;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Inserts several documents in one unordered write and tells, for each, what became of it: stored, already there
 * (its {@code _id} or another unique key was taken: written before, by a redelivery, a replay or another instance),
 * or refused for another reason. The one place that knows the store's duplicate-key code.
 */
public final class BulkInsert {

	/** The server's code for a write that would break a unique index. */
	private static final int DUPLICATE_KEY = 11000;

	private BulkInsert() {
	}

	/** What became of one document. */
	public enum Result {

		STORED, ALREADY_STORED, REFUSED;

	}

	/** One document's result, with the store's reason when it was refused. */
	public record Outcome(Result result, String reason) {

		private static final Outcome STORED = new Outcome(Result.STORED, null);

		public boolean stored() {
			return result == Result.STORED;
		}

	}

	/**
	 * Inserts objects the mapping layer writes into their type's collection.
	 * @return each object's outcome, in the order given
	 * @throws org.springframework.dao.DataAccessException when the write did not reach the store at all
	 */
	public static List<Outcome> insertAll(MongoTemplate mongo, Class<?> type, List<?> objects) {
		return objects.isEmpty() ? List.of()
				: execute(mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type).insert(objects), objects.size());
	}

	/**
	 * Inserts stored forms ({@link org.bson.Document}s, see {@link StoredDocument}) into the named collection.
	 * @return each document's outcome, in the order given
	 * @throws org.springframework.dao.DataAccessException when the write did not reach the store at all
	 */
	public static List<Outcome> insertAll(MongoTemplate mongo, String collection, List<?> documents) {
		return documents.isEmpty() ? List.of()
				: execute(mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection).insert(documents),
						documents.size());
	}

	private static List<Outcome> execute(BulkOperations bulk, int size) {
		List<Outcome> outcomes = new ArrayList<>(Collections.nCopies(size, Outcome.STORED));
		try {
			bulk.execute();
		}
		catch (BulkOperationException ex) {
			for (BulkWriteError error : ex.getErrors()) {
				outcomes.set(error.getIndex(), new Outcome(
						(error.getCode() == DUPLICATE_KEY) ? Result.ALREADY_STORED : Result.REFUSED,
						error.getMessage()));
			}
		}
		return outcomes;
	}

}
