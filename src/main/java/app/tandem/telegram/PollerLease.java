package app.tandem.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which instance polls Telegram: one document per bot in the {@code leases} collection ({@code _id}
 * {@code telegram-poller:<bot id>}, the digits before the token's colon, never the token). Every change is one
 * single-document, conditional {@code findAndModify} (upsert), so two instances can never both hold it. The lease
 * runs on wall-clock time, not the application's clock: it measures whether an instance is alive, and instances on
 * one store are expected to keep their clocks in sync (as the outbox's and the schedules' leases do).
 * <p>
 * Every instance checks the lease every quarter of the lease time; the holder's renewal holds it for three quarters,
 * so when the holder dies the document runs out within three quarters and a standing-by instance sees it within one
 * more: another instance polls within the lease time. A holder survives one missed renewal.
 */
final class PollerLease {

	/** The lease document: who holds it and until when, unless renewed. */
	@Document("leases")
	record Lease(@Id String id, String owner, Instant until) {
	}

	private final MongoTemplate mongo;

	private final String id;

	private final String owner = UUID.randomUUID().toString();

	private final Duration duration;

	private final Clock clock;

	PollerLease(MongoTemplate mongo, String token, Duration duration, Clock clock) {
		this.mongo = mongo;
		this.id = "telegram-poller:" + token.substring(0, token.indexOf(':'));
		this.duration = duration;
		this.clock = clock;
	}

	/**
	 * Takes the lease when nobody holds it or its holder let it run out, or renews it when this instance holds it.
	 * Says whether this instance holds it now; throws when the store cannot be reached.
	 */
	boolean acquire() {
		Instant now = clock.instant();
		Query mineOrRunOut = Query
			.query(where("_id").is(id).orOperator(where("owner").is(owner), where("until").lt(now)));
		Lease held = mongo.findAndModify(mineOrRunOut, hold(now), FindAndModifyOptions.options().returnNew(true),
				Lease.class);
		if (held != null) {
			return true;
		}
		if (mongo.exists(Query.query(where("_id").is(id)), Lease.class)) {
			return false;
		}
		try {
			mongo.insert(new Lease(id, owner, until(now)));
			return true;
		}
		catch (DuplicateKeyException ex) {
			// Another instance took the free lease first.
			return false;
		}
	}

	/** Takes the lease whoever held it: only when this process is known to be the store's only user. */
	boolean seize() {
		Lease held = mongo.findAndModify(Query.query(where("_id").is(id)), hold(clock.instant()),
				FindAndModifyOptions.options().upsert(true).returnNew(true), Lease.class);
		return held != null && owner.equals(held.owner());
	}

	private Update hold(Instant now) {
		return new Update().set("owner", owner).set("until", until(now));
	}

	private Instant until(Instant now) {
		return now.plus(duration.multipliedBy(3).dividedBy(4));
	}

	/** Gives the lease up if this instance holds it, so another instance takes over at once. */
	void release() {
		mongo.remove(Query.query(where("_id").is(id).and("owner").is(owner)), Lease.class);
	}

	/** The lease time: the longest a dead holder keeps the others waiting. */
	Duration duration() {
		return duration;
	}

	/** How often every instance checks (and the holder renews) the lease. */
	Duration checkEvery() {
		return duration.dividedBy(4);
	}

}
