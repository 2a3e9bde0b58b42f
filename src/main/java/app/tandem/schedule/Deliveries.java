package app.tandem.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import app.tandem.store.BulkInsert;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@link Delivery} records: which occurrences of schedules were handled, by their unique key
 * ({@code scheduleId@dueAt}), kept for {@link #KEEP_DELIVERIES}.
 */
final class Deliveries {

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
		List<BulkInsert.Outcome> outcomes = BulkInsert.insertAll(mongo, Delivery.class, deliveries);
		return IntStream.range(0, outcomes.size())
			.filter(i -> outcomes.get(i).result() == BulkInsert.Result.REFUSED)
			.boxed()
			.toList();
	}

	/** Removes records past their keeping time (a TTL index does this on MongoDB, not on the embedded store). */
	long sweep() {
		return mongo.remove(Query.query(where("expiresFrom").lt(clock.instant().minus(KEEP_DELIVERIES))),
				Delivery.class).getDeletedCount();
	}

}
