package app.tandem.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import app.tandem.store.StoreConnection;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Finds due schedules and hands each occurrence to its handler, on every instance, safely:
 * <ol>
 * <li>one indexed query finds due, unpaused, unclaimed schedules; a batch at a time, each is claimed with a lease
 * token by a compare-and-set on its id and the lease owner seen (a schedule another instance claimed in between is
 * simply not matched), and one query by id reads back what this run holds ({@link ScheduleClaims});</li>
 * <li>occurrences whose delivery key is already recorded are skipped; the others go to their handler, whose
 * messages are queued in the outbox under ids made from the delivery key (so a second run queues nothing twice);
 * only once the handler returned is the key recorded;</li>
 * <li>the schedule moves on to its next occurrence, or stays on an occurrence whose handler failed, so the next
 * tick tries it again (up to {@link #MAX_FAILURES} times); the release matches the lease token, which
 * {@link Schedules#put} clears when it changes the rule, so a rule changed meanwhile keeps its own next
 * occurrence.</li>
 * </ol>
 * A crash anywhere leaves the occurrence due: at least once to the handler, exactly once to the outbox.
 * <p>
 * Slow kinds (weekly summaries, which draw charts) run on their own worker, so they never hold up a dose reminder
 * due in the same minute.
 */
@Component
public class DueSchedules {

	static final int MAX_FAILURES = 5;

	private static final Logger log = LoggerFactory.getLogger(DueSchedules.class);

	private static final int MAX_CATCH_UP = 100;

	private final MongoTemplate mongo;

	private final ScheduleClaims claims;

	private final Deliveries deliveries;

	private final Map<String, ScheduleHandler> handlers;

	private final List<String> slowKinds;

	private final ScheduleProperties properties;

	private final Clock clock;

	private final boolean soleUserOfTheStore;

	private volatile boolean leasesReleased;

	/** The time the last finished run of the quick kinds read from the clock, or null before the first one. */
	private volatile Instant quickRunsDoneUpTo;

	DueSchedules(MongoTemplate mongo, List<ScheduleHandler> handlers, ScheduleProperties properties, Clock clock,
			StoreConnection connection) {
		this.mongo = mongo;
		this.claims = new ScheduleClaims(mongo, properties);
		this.deliveries = new Deliveries(mongo, clock);
		this.handlers = handlers.stream().collect(Collectors.toMap(ScheduleHandler::kind, Function.identity()));
		this.slowKinds = handlers.stream().filter(ScheduleHandler::isSlow).map(ScheduleHandler::kind).toList();
		this.properties = properties;
		this.clock = clock;
		this.soleUserOfTheStore = connection.embeddedServer().isPresent();
	}

	/** Handles everything due now except the slow kinds; returns how many occurrences were handled. */
	public int run() {
		Instant now = clock.instant();
		int handled = run(where("kind").nin(slowKinds), now);
		quickRunsDoneUpTo = now;
		return handled;
	}

	/**
	 * Whether a run of the quick kinds that read the clock at or after this time has finished: everything due by then
	 * was handled (handed to the outbox, or left alone on purpose). Tests wait for this before asserting that nothing
	 * was sent.
	 */
	public boolean hasRunFor(Instant time) {
		Instant done = quickRunsDoneUpTo;
		return done != null && !done.isBefore(time);
	}

	/** Handles the slow kinds due now (on their own worker). */
	public int runSlow() {
		return slowKinds.isEmpty() ? 0 : run(where("kind").in(slowKinds), clock.instant());
	}

	private int run(Criteria kinds, Instant now) {
		releaseLeftoverLeases();
		int handled = 0;
		ScheduleClaims.Run claiming = claims.start(kinds, now);
		while (claiming.hasNext()) {
			handled += handle(claiming.next(), now);
		}
		return handled;
	}

	/**
	 * On the embedded store this process is the only user, so a lease still held at start is a crash's leftover:
	 * free it at once rather than waiting for it to lapse.
	 */
	private void releaseLeftoverLeases() {
		if (soleUserOfTheStore && !leasesReleased) {
			mongo.updateMulti(Query.query(where("leaseUntil").ne(null)), ScheduleClaims.free(), Schedule.class);
			leasesReleased = true;
		}
	}

	/**
	 * One batch: every occurrence up to now (at most {@link #MAX_CATCH_UP} per schedule) not yet recorded goes to its
	 * handler, on-time ones of a kind together; the keys of those handled are recorded in one bulk insert; then every
	 * schedule moves on in one bulk update.
	 */
	private int handle(List<Schedule> batch, Instant now) {
		if (batch.isEmpty()) {
			return 0;
		}
		List<Occurrence> occurrences = new ArrayList<>();
		Map<String, Optional<Instant>> next = new LinkedHashMap<>();
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
		Set<String> recorded = deliveries.recordedAmong(occurrences.stream().map(Occurrence::key).toList());
		List<Occurrence> fresh = occurrences.stream().filter(o -> !recorded.contains(o.key())).toList();
		Set<Occurrence> failed = new HashSet<>();
		Map<String, List<Occurrence>> onTime = new LinkedHashMap<>();
		for (Occurrence occurrence : fresh) {
			ScheduleHandler handler = handlers.get(occurrence.schedule().kind());
			if (handler == null) {
				continue;
			}
			ScheduledFire fire = occurrence.fire(now);
			if (fire.lateBy().compareTo(handler.grace()) <= 0) {
				onTime.computeIfAbsent(handler.kind(), kind -> new ArrayList<>()).add(occurrence);
			}
			else if (!attempt(occurrence, () -> handler.missed(fire))) {
				failed.add(occurrence);
			}
		}
		onTime.forEach((kind, all) -> failed.addAll(fireAll(handlers.get(kind), all, now)));
		List<Occurrence> handled = fresh.stream().filter(o -> !failed.contains(o)).toList();
		failed.addAll(record(handled, now));
		release(batch, next, failed);
		return handled.size();
	}

	/** Fires a kind's on-time occurrences in one call; if that fails, one by one, to find which fail. */
	private List<Occurrence> fireAll(ScheduleHandler handler, List<Occurrence> occurrences, Instant now) {
		try {
			handler.fireAll(occurrences.stream().map(o -> o.fire(now)).toList());
			return List.of();
		}
		catch (RuntimeException ex) {
			if (occurrences.size() == 1) {
				log.error("Schedule {} failed for its occurrence at {}; it stays due", occurrences.get(0).schedule().id(),
						occurrences.get(0).dueAt(), ex);
				return occurrences;
			}
			log.warn("Schedules of kind {} failed as a batch of {}; firing them one by one", handler.kind(),
					occurrences.size());
		}
		return occurrences.stream().filter(o -> !attempt(o, () -> handler.fire(o.fire(now)))).toList();
	}

	private boolean attempt(Occurrence occurrence, Runnable action) {
		try {
			action.run();
			return true;
		}
		catch (RuntimeException ex) {
			log.error("Schedule {} failed for its occurrence at {}; it stays due", occurrence.schedule().id(),
					occurrence.dueAt(), ex);
			return false;
		}
	}

	/**
	 * Records the handled occurrences' delivery keys in one unordered bulk insert. A key already there (another
	 * instance raced us) is fine; any other failure is returned, so those occurrences stay due.
	 */
	private List<Occurrence> record(List<Occurrence> handled, Instant now) {
		List<Occurrence> notRecorded = deliveries
			.record(handled.stream().map(o -> new Delivery(o.key(), o.schedule().userId(), now, now)).toList())
			.stream()
			.map(handled::get)
			.toList();
		if (!notRecorded.isEmpty()) {
			log.warn("Could not record {} delivered occurrence(s); they stay due", notRecorded.size());
		}
		return notRecorded;
	}

	/**
	 * Moves each schedule to its next occurrence (or removes a finished one), or keeps it on its earliest failed
	 * occurrence, and releases the claim; in one unordered bulk write, each schedule reached by its unique lease key.
	 * Only while this run still holds the lease: a rule changed meanwhile ({@link Schedules#put}) has already set
	 * its own next occurrence, which must not be overwritten, and freed the lease, so then nothing is written.
	 * The release clears the lease's expiry and leaves its owner ({@link ScheduleClaims#free}), so the unique lease
	 * key stays as it is and the store rewrites no index entry for it.
	 */
	private void release(List<Schedule> batch, Map<String, Optional<Instant>> next, Set<Occurrence> failed) {
		Map<String, Occurrence> firstFailure = new LinkedHashMap<>();
		failed.stream()
			.sorted((a, b) -> a.dueAt().compareTo(b.dueAt()))
			.forEach(o -> firstFailure.putIfAbsent(o.schedule().id(), o));
		BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, Schedule.class);
		for (Schedule schedule : batch) {
			Query unchanged = ScheduleClaims.held(schedule.id(), schedule.leaseOwner());
			Occurrence failure = firstFailure.get(schedule.id());
			Optional<Instant> occurrence = next.get(schedule.id());
			int failures = (failure == null) ? 0 : failuresSoFar(schedule, failure);
			boolean giveUp = failures >= MAX_FAILURES;
			if (giveUp) {
				log.error("Schedule {} failed {} times on its occurrence at {}; giving up on that occurrence",
						schedule.id(), MAX_FAILURES, failure.dueAt());
			}
			boolean retry = failure != null && !giveUp;
			if (!retry && occurrence.isEmpty()) {
				bulk.remove(unchanged);
				continue;
			}
			bulk.updateOne(unchanged, ScheduleClaims.free()
				.set("nextFireAt", retry ? failure.dueAt() : occurrence.get())
				.set("failures", retry ? failures : 0));
		}
		bulk.execute();
	}

	/**
	 * How often in a row the handler has now failed on this occurrence (counted on from the schedule's record when
	 * it is the one it was stuck on); at {@link #MAX_FAILURES} the occurrence is given up.
	 */
	private static int failuresSoFar(Schedule schedule, Occurrence failure) {
		return (failure.dueAt().equals(schedule.nextFireAt()) ? schedule.failureCount() : 0) + 1;
	}

	/** Removes delivery keys past their keeping time (a TTL index does this on MongoDB, not on the embedded store). */
	public long sweep() {
		return deliveries.sweep();
	}

	private record Occurrence(Schedule schedule, Instant dueAt) {

		String key() {
			return schedule.id() + "@" + dueAt;
		}

		ScheduledFire fire(Instant now) {
			return new ScheduledFire(schedule.id(), schedule.userId(), schedule.chatId(), schedule.zone(), dueAt,
					LocalDate.ofInstant(dueAt, schedule.zone()), Duration.between(dueAt, now),
					(schedule.attributes() != null) ? schedule.attributes() : Map.of());
		}

	}

}
