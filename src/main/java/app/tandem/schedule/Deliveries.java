package app.tandem.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@link Delivery} records: which occurrences of schedules were handled, by their unique key
 * ({@code scheduleId@dueAt}), kept for {@link #KEEP_DELIVERIES}.
 */
final class Deliveries {

	private static final int DUPLICATE_KEY = 11000;

	private static final Duration KEEP_DELIVERIES = Duration.ofDays(30);

	private final MongoTemplate mongo;

	private final Clock clock;

	Deliveries(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Which of these keys are recorded as handled. */
	Set<String> recordedAmong(Collection<String> keys) {
		if (keys.isEmpty()) {
			return Set.of();
		}
		Query query = Query.query(where("_id").in(keys));
		query.fields().include("_id");
		return mongo.find(query, Document.class, "deliveries")
			.stream()
			.map(d -> d.getString("_id"))
			.collect(Collectors.toSet());
	}

	/**
	 * Records the deliveries in one unordered bulk insert. A key already there (another instance raced us) is fine.
	 * @return the positions of those that could not be recorded for any other reason
	 */
	List<Integer> record(List<Delivery> deliveries) {
		if (deliveries.isEmpty()) {
			return List.of();
		}
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class);
		deliveries.forEach(bulk::insert);
		try {
			bulk.execute();
			return List.of();
		}
		catch (BulkOperationException ex) {
			List<Integer> notRecorded = new ArrayList<>();
			ex.getErrors()
				.stream()
				.filter(error -> error.getCode() != DUPLICATE_KEY)
				.forEach(error -> notRecorded.add(error.getIndex()));
			return notRecorded;
		}
	}

	/** Removes records past their keeping time (a TTL index does this on MongoDB, not on the embedded store). */
	long sweep() {
		return mongo.remove(Query.query(where("expiresFrom").lt(clock.instant().minus(KEEP_DELIVERIES))),
				Delivery.class).getDeletedCount();
	}

}
