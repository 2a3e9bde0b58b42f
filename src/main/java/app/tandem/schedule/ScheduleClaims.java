package app.tandem.schedule;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Claims due schedules a batch at a time, so that each is handled by one instance at a time.
 * <p>
 * One query finds the due, unpaused schedules whose lease is free or lapsed, reading only their id and the lease
 * owner it saw (for up to {@link #BATCHES_PER_QUERY} batches at once). Each is then claimed by a compare-and-set on
 * its id and that lease owner ({@link Schedule}'s unique {@code lease} key): a schedule another instance claimed in
 * between (a new, random owner) is not matched. So every write and the read-back reach a schedule by a unique key,
 * also on the embedded store, which answers any other query by scanning the collection. What this run holds is read
 * back by id; one that meanwhile moved on or was paused is handed back untouched.
 */
final class ScheduleClaims {

	/** How many batches one query for due schedules finds at most. */
	static final int BATCHES_PER_QUERY = 20;

	private final MongoTemplate mongo;

	private final ScheduleProperties properties;

	ScheduleClaims(MongoTemplate mongo, ScheduleProperties properties) {
		this.mongo = mongo;
		this.properties = properties;
	}

	/** Starts a run over the due schedules of some kinds, as of {@code now}. */
	Run start(Criteria kinds, Instant now) {
		return new Run(kinds, now);
	}

	/**
	 * One run: a query finds up to {@link #BATCHES_PER_QUERY} batches of due schedules at once (on the embedded store,
	 * one scan of the collection for them all), which are then claimed and handled a batch at a time, each claim with
	 * its own lease token, so a lease never runs while its schedules wait their turn.
	 */
	final class Run {

		private final Criteria kinds;

		private final Instant now;

		private final Deque<Document> seen = new ArrayDeque<>();

		private boolean more = true;

		private Run(Criteria kinds, Instant now) {
			this.kinds = kinds;
			this.now = now;
		}

		/** Whether schedules were seen due that are not claimed yet. */
		boolean hasNext() {
			if (seen.isEmpty() && more) {
				List<Document> due = findDue(kinds, now);
				seen.addAll(due);
				more = due.size() >= properties.batch() * BATCHES_PER_QUERY;
			}
			return !seen.isEmpty();
		}

		/** Claims the next batch; returns those this run now holds, each still due and unpaused. */
		List<Schedule> next() {
			List<Document> batch = new ArrayList<>();
			while (!seen.isEmpty() && batch.size() < properties.batch()) {
				batch.add(seen.poll());
			}
			return batch.isEmpty() ? List.of() : claim(batch, now);
		}

	}

	private List<Document> findDue(Criteria kinds, Instant now) {
		Criteria due = where("paused").is(false)
			.and("nextFireAt").lte(now)
			.orOperator(where("leaseUntil").is(null), where("leaseUntil").lt(now))
			.andOperator(kinds);
		Query find = Query.query(due).with(Sort.by("nextFireAt")).limit(properties.batch() * BATCHES_PER_QUERY);
		find.fields().include("_id").include("leaseOwner");
		return mongo.find(find, Document.class, "schedules");
	}

	private List<Schedule> claim(List<Document> seen, Instant now) {
		String token = UUID.randomUUID().toString();
		BulkOperations claims = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Schedule.class);
		Update lease = new Update().set("leaseOwner", token).set("leaseUntil", now.plus(properties.lease()));
		seen.forEach(schedule -> claims.updateOne(held(schedule.get("_id"), schedule.getString("leaseOwner")), lease));
		claims.execute();
		List<Schedule> held = mongo.find(Query.query(where("_id").in(seen.stream().map(d -> d.get("_id")).toList())),
				Schedule.class)
			.stream()
			.filter(schedule -> token.equals(schedule.leaseOwner()))
			.toList();
		List<Schedule> stale = held.stream().filter(schedule -> !isDue(schedule, now)).toList();
		if (!stale.isEmpty()) {
			BulkOperations giveBack = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Schedule.class);
			stale.forEach(schedule -> giveBack.updateOne(held(schedule.id(), token), free()));
			giveBack.execute();
		}
		return held.stream().filter(schedule -> isDue(schedule, now)).toList();
	}

	/** Matches the schedule only while {@code owner} holds it (null: while nobody does), by its unique lease key. */
	static Query held(Object id, String owner) {
		return Query.query(where("_id").is(id).and("leaseOwner").is(owner));
	}

	/**
	 * Frees the lease: a schedule is held while its lease has an expiry ({@code leaseUntil}). The owner stays, so the
	 * unique lease key is not rewritten: on the embedded file store each change of an indexed key costs a removal
	 * and an insertion in the index, each several searches whose every comparison serialises both keys. The next
	 * claim's compare-and-set names the owner it saw, this one, as it would name none.
	 */
	static Update free() {
		return new Update().unset("leaseUntil");
	}

	private static boolean isDue(Schedule schedule, Instant now) {
		return !schedule.paused() && !schedule.nextFireAt().isAfter(now);
	}

}
