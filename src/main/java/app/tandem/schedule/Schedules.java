package app.tandem.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import app.tandem.outbox.ChatUnreachable;
import app.tandem.user.ChatReachableAgain;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Creates, changes and removes schedules. Owners describe what fires and when; this computes the next UTC instant
 * in the user's zone. Schedules pause while Telegram cannot reach the user and resume when they write again.
 */
@Service
public class Schedules {

	private final MongoTemplate mongo;

	private final Clock clock;

	Schedules(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Creates or replaces a schedule; it next fires at the rule's first occurrence after now in {@code zone}.
	 * A schedule whose zone and rule are unchanged keeps its next occurrence (and its claim), whatever its
	 * attributes. A changed one is also freed from any
	 * claim, so the run that claimed it (see {@link DueSchedules}) no longer matches it and cannot move it on from
	 * the old rule.
	 */
	public void put(String id, long userId, long chatId, String kind, ZoneId zone, LocalRule rule,
			Map<String, String> attributes) {
		Schedule existing = mongo.findById(id, Schedule.class);
		if (existing != null && existing.zone().equals(zone) && existing.rule().equals(rule.spec())) {
			if (!attributes.equals(existing.attributes())) {
				mongo.updateFirst(Query.query(where("_id").is(id)), new Update().set("attributes", attributes),
						Schedule.class);
			}
			return;
		}
		Optional<Instant> next = rule.nextAfter(clock.instant(), zone);
		if (next.isEmpty()) {
			remove(id);
			return;
		}
		Update update = new Update().set("userId", userId)
			.set("chatId", chatId)
			.set("kind", kind)
			.set("zone", zone.getId())
			.set("rule", rule.spec())
			.set("nextFireAt", next.get())
			.set("attributes", attributes)
			.unset("leaseOwner")
			.unset("leaseUntil")
			.setOnInsert("paused", false);
		mongo.upsert(Query.query(where("_id").is(id)), update, Schedule.class);
	}

	/** A schedule that fires once, at {@code at}, and is then removed (freed from any claim, as {@link #put}). */
	public void putOnce(String id, long userId, long chatId, String kind, ZoneId zone, Instant at,
			Map<String, String> attributes) {
		Update update = new Update().set("userId", userId)
			.set("chatId", chatId)
			.set("kind", kind)
			.set("zone", zone.getId())
			.set("rule", Schedule.ONCE)
			.set("nextFireAt", at)
			.set("attributes", attributes)
			.unset("leaseOwner")
			.unset("leaseUntil")
			.setOnInsert("paused", false);
		mongo.upsert(Query.query(where("_id").is(id)), update, Schedule.class);
	}

	/** Removes the user's schedules of a kind, except those listed. */
	public void removeAllExcept(long userId, String kind, Collection<String> keep) {
		mongo.remove(Query.query(where("userId").is(userId).and("kind").is(kind).and("_id").nin(keep)),
				Schedule.class);
	}

	/** The zone the user's schedules of a kind were last computed in, if they have any. */
	public Optional<ZoneId> zoneOf(long userId, String kind) {
		return Optional.ofNullable(mongo.findOne(Query.query(where("userId").is(userId).and("kind").is(kind)),
				Schedule.class)).map(Schedule::zone);
	}

	public void remove(String id) {
		mongo.remove(Query.query(where("_id").is(id)), Schedule.class);
	}

	/** Whether the schedule is paused (its user cannot be reached). */
	public boolean isPaused(String id) {
		Schedule schedule = mongo.findById(id, Schedule.class);
		return schedule != null && schedule.paused();
	}

	/** When the schedule next fires, if it exists. */
	public Optional<Instant> nextFireAt(String id) {
		return Optional.ofNullable(mongo.findById(id, Schedule.class)).map(Schedule::nextFireAt);
	}

	@EventListener
	void on(ChatUnreachable event) {
		mongo.updateMulti(Query.query(where("chatId").is(event.chatId())), new Update().set("paused", true),
				Schedule.class);
	}

	@EventListener
	void on(ChatReachableAgain event) {
		mongo.updateMulti(Query.query(where("userId").is(event.userId()).and("paused").is(true)),
				new Update().set("paused", false), Schedule.class);
	}

}
