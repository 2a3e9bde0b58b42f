package app.tandem.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Finds due schedules and hands each occurrence to its handler, on every instance, safely:
 * <ol>
 * <li>one indexed query finds a batch of due, unpaused, unclaimed schedules;</li>
 * <li>one multi-update claims them with this run's lease token (a schedule another instance claimed in between is
 * simply not matched), and one query reads back what this run holds;</li>
 * <li>each occurrence up to now is recorded under its delivery key (unique), and only then fired, or recorded
 * missed when older than the handler's grace: at most once, even if the process dies mid-way;</li>
 * <li>the schedule moves on to its next occurrence and the lease is released.</li>
 * </ol>
 */
@Component
public class DueSchedules {

	private static final Logger log = LoggerFactory.getLogger(DueSchedules.class);

	private static final int MAX_CATCH_UP = 100;

	private final MongoTemplate mongo;

	private final Map<String, ScheduleHandler> handlers;

	private final ScheduleProperties properties;

	private final Clock clock;

	DueSchedules(MongoTemplate mongo, List<ScheduleHandler> handlers, ScheduleProperties properties, Clock clock) {
		this.mongo = mongo;
		this.handlers = handlers.stream().collect(Collectors.toMap(ScheduleHandler::kind, Function.identity()));
		this.properties = properties;
		this.clock = clock;
	}

	/** Handles everything due now; returns how many occurrences were fired or recorded missed. */
	public int run() {
		Instant now = clock.instant();
		int handled = 0;
		while (true) {
			List<Schedule> claimed = claimBatch(now);
			for (Schedule schedule : claimed) {
				handled += handle(schedule, now);
			}
			if (claimed.size() < properties.batch()) {
				return handled;
			}
		}
	}

	private List<Schedule> claimBatch(Instant now) {
		Criteria due = where("paused").is(false)
			.and("nextFireAt").lte(now)
			.orOperator(where("leaseUntil").is(null), where("leaseUntil").lt(now));
		Query find = Query.query(due).with(Sort.by("nextFireAt")).limit(properties.batch());
		find.fields().include("_id");
		List<Object> ids = mongo.find(find, org.bson.Document.class, "schedules").stream().map(d -> d.get("_id")).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		String token = UUID.randomUUID().toString();
		Criteria claimable = where("_id").in(ids)
			.and("paused").is(false)
			.and("nextFireAt").lte(now)
			.orOperator(where("leaseUntil").is(null), where("leaseUntil").lt(now));
		mongo.updateMulti(Query.query(claimable),
				new Update().set("leaseOwner", token).set("leaseUntil", now.plus(properties.lease())), Schedule.class);
		return mongo.find(Query.query(where("leaseOwner").is(token)), Schedule.class);
	}

	private int handle(Schedule schedule, Instant now) {
		ScheduleHandler handler = handlers.get(schedule.kind());
		Optional<LocalRule> rule = schedule.localRule();
		Optional<Instant> occurrence = Optional.of(schedule.nextFireAt());
		int handled = 0;
		while (occurrence.isPresent() && !occurrence.get().isAfter(now) && handled < MAX_CATCH_UP) {
			Instant dueAt = occurrence.get();
			if (handler != null && recordDelivery(schedule, dueAt, now)) {
				deliver(handler, fireOf(schedule, dueAt, now));
			}
			handled++;
			occurrence = rule.flatMap(r -> r.nextAfter(dueAt, schedule.zone()));
		}
		if (occurrence.isPresent() && !occurrence.get().isAfter(now)) {
			occurrence = rule.flatMap(r -> r.nextAfter(now, schedule.zone()));
		}
		release(schedule, occurrence);
		return handled;
	}

	private void deliver(ScheduleHandler handler, ScheduledFire fire) {
		try {
			if (fire.lateBy().compareTo(handler.grace()) <= 0) {
				handler.fire(fire);
			}
			else {
				handler.missed(fire);
			}
		}
		catch (RuntimeException ex) {
			log.error("Schedule {} failed for its occurrence at {}", fire.scheduleId(), fire.dueAt(), ex);
		}
	}

	private boolean recordDelivery(Schedule schedule, Instant dueAt, Instant now) {
		try {
			mongo.insert(new Delivery(schedule.id() + "@" + dueAt, schedule.userId(), now, now));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private static ScheduledFire fireOf(Schedule schedule, Instant dueAt, Instant now) {
		return new ScheduledFire(schedule.id(), schedule.userId(), schedule.chatId(), schedule.zone(), dueAt,
				LocalDate.ofInstant(dueAt, schedule.zone()), Duration.between(dueAt, now),
				(schedule.attributes() != null) ? schedule.attributes() : Map.of());
	}

	/** Moves the schedule to its next occurrence (or removes a finished one), if this run still holds it. */
	private void release(Schedule schedule, Optional<Instant> next) {
		Query held = Query.query(where("_id").is(schedule.id()).and("leaseOwner").is(schedule.leaseOwner()));
		if (next.isEmpty()) {
			mongo.remove(held, Schedule.class);
			return;
		}
		mongo.updateFirst(held, new Update().set("nextFireAt", next.get()).unset("leaseOwner").unset("leaseUntil"),
				Schedule.class);
	}

}
