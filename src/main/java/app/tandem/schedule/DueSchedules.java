package app.tandem.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
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
			handled += handle(claimed, now);
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
		List<Object> ids = mongo.find(find, Document.class, "schedules").stream().map(d -> d.get("_id")).toList();
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

	/**
	 * One batch: every occurrence up to now (at most {@link #MAX_CATCH_UP} per schedule) gets its delivery key in
	 * one bulk insert; those whose key was new go to their handler, on time ones together, then every schedule moves
	 * on in one bulk update.
	 */
	private int handle(List<Schedule> batch, Instant now) {
		List<Occurrence> occurrences = new ArrayList<>();
		Map<String, Optional<Instant>> next = new HashMap<>();
		for (Schedule schedule : batch) {
			Optional<LocalRule> rule = schedule.localRule();
			Optional<Instant> occurrence = Optional.of(schedule.nextFireAt());
			int count = 0;
			while (occurrence.isPresent() && !occurrence.get().isAfter(now) && count++ < MAX_CATCH_UP) {
				occurrences.add(new Occurrence(schedule, occurrence.get()));
				Instant dueAt = occurrence.get();
				occurrence = rule.flatMap(r -> r.nextAfter(dueAt, schedule.zone()));
			}
			if (occurrence.isPresent() && !occurrence.get().isAfter(now)) {
				occurrence = rule.flatMap(r -> r.nextAfter(now, schedule.zone()));
			}
			next.put(schedule.id(), occurrence);
		}
		List<Occurrence> fresh = recordDeliveries(occurrences, now);
		Map<String, List<ScheduledFire>> onTime = new LinkedHashMap<>();
		for (Occurrence occurrence : fresh) {
			ScheduleHandler handler = handlers.get(occurrence.schedule().kind());
			if (handler == null) {
				continue;
			}
			ScheduledFire fire = fireOf(occurrence.schedule(), occurrence.dueAt(), now);
			if (fire.lateBy().compareTo(handler.grace()) <= 0) {
				onTime.computeIfAbsent(handler.kind(), kind -> new ArrayList<>()).add(fire);
			}
			else {
				deliver(fire, handler::missed);
			}
		}
		onTime.forEach((kind, fires) -> {
			try {
				handlers.get(kind).fireAll(fires);
			}
			catch (RuntimeException ex) {
				log.error("Schedules of kind {} failed for {} occurrences", kind, fires.size(), ex);
			}
		});
		release(batch, next);
		return occurrences.size();
	}

	private void deliver(ScheduledFire fire, Consumer<ScheduledFire> action) {
		try {
			action.accept(fire);
		}
		catch (RuntimeException ex) {
			log.error("Schedule {} failed for its occurrence at {}", fire.scheduleId(), fire.dueAt(), ex);
		}
	}

	/** Inserts the delivery keys in one unordered bulk; returns the occurrences whose key this run inserted. */
	private List<Occurrence> recordDeliveries(List<Occurrence> occurrences, Instant now) {
		if (occurrences.isEmpty()) {
			return occurrences;
		}
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Delivery.class);
		occurrences.forEach(o -> bulk.insert(new Delivery(o.key(), o.schedule().userId(), now, now)));
		try {
			bulk.execute();
			return occurrences;
		}
		catch (BulkOperationException ex) {
			Set<Integer> failed = ex.getErrors().stream().map(error -> error.getIndex()).collect(Collectors.toSet());
			List<Occurrence> fresh = new ArrayList<>();
			for (int i = 0; i < occurrences.size(); i++) {
				if (!failed.contains(i)) {
					fresh.add(occurrences.get(i));
				}
			}
			return fresh;
		}
	}

	/**
	 * Moves each schedule to its next occurrence (or removes a finished one) and releases the claim. By id alone:
	 * if the claim had lapsed and another instance took the schedule over, the delivery keys have kept every
	 * occurrence single, and both compute the same next occurrence.
	 */
	private void release(List<Schedule> batch, Map<String, Optional<Instant>> next) {
		if (batch.isEmpty()) {
			return;
		}
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Schedule.class);
		for (Schedule schedule : batch) {
			Query held = Query.query(where("_id").is(schedule.id()));
			Optional<Instant> occurrence = next.get(schedule.id());
			if (occurrence.isEmpty()) {
				bulk.remove(held);
			}
			else {
				bulk.updateOne(held, new Update().set("nextFireAt", occurrence.get()).unset("leaseOwner").unset("leaseUntil"));
			}
		}
		bulk.execute();
	}

	private record Occurrence(Schedule schedule, Instant dueAt) {

		String key() {
			return schedule.id() + "@" + dueAt;
		}

	}

	private static ScheduledFire fireOf(Schedule schedule, Instant dueAt, Instant now) {
		return new ScheduledFire(schedule.id(), schedule.userId(), schedule.chatId(), schedule.zone(), dueAt,
				LocalDate.ofInstant(dueAt, schedule.zone()), Duration.between(dueAt, now),
				(schedule.attributes() != null) ? schedule.attributes() : Map.of());
	}

}
