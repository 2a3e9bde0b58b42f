package app.tandem.medication;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.types.ObjectId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import app.tandem.store.PrivateText;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The medications store. Each change is one atomic single-document update and publishes
 * {@link MedicationsChanged}, so the reminder schedules follow.
 */
@Service
public class Medications {

	/** Where {@link Medication#pillsUsedBy} is stored, for the guarded update that pushes to it. */
	private static final String PILLS_USED_BY = "pillsUsedBy";

	private static final int PILLS_USED_BY_KEPT = 20;

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Medications(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
	}

	Medication add(long userId, String name, DoseAmount dose, List<LocalTime> times, Set<DayOfWeek> days,
			int everyDays, LocalDate startDate, Double pillsOnHand, Double pillsPerDose) {
		Medication medication = mongo.insert(new Medication(new ObjectId().toHexString(), userId, new PrivateText(name), dose,
				times.stream().sorted().distinct().toList(), days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : days,
				everyDays, startDate, MedicationStatus.ACTIVE, pillsOnHand, pillsPerDose, null, List.of(),
				clock.instant(), null));
		events.publishEvent(new MedicationsChanged(userId));
		return medication;
	}

	/** The person's medications that are not removed, oldest first. */
	public List<Medication> current(long userId) {
		return mongo.find(Query.query(where("userId").is(userId).and("status").ne(MedicationStatus.REMOVED.name()))
			.with(Sort.by("createdAt")), Medication.class);
	}

	/** The active medications of several people, in one query. */
	List<Medication> activeOf(Collection<Long> userIds) {
		return mongo.find(Query.query(where("userId").in(userIds).and("status").is(MedicationStatus.ACTIVE.name())),
				Medication.class);
	}

	/** Medications by id, in one query that reaches each by its id. */
	List<Medication> byIds(Collection<String> ids) {
		return ids.isEmpty() ? List.of() : mongo.find(Query.query(where("_id").in(ids)), Medication.class);
	}

	/** All of the person's medications, removed ones included (for history, summaries and exports). */
	public List<Medication> all(long userId) {
		return mongo.find(Query.query(where("userId").is(userId)).with(Sort.by("createdAt")), Medication.class);
	}

	/**
	 * The person's medication. Reached by its id alone, then checked to be theirs (the embedded store would read every
	 * medication for {@code {_id, userId}}; see {@link DoseLog#find}).
	 */
	public Optional<Medication> find(long userId, String id) {
		return Optional.ofNullable((id != null) ? mongo.findById(id, Medication.class) : null)
			.filter(medication -> medication.userId() == userId);
	}

	/**
	 * Records a dose change from a date (past, today or future), with the moment it was told; the history keeps every
	 * change. The caller makes sure no change already recorded starts later.
	 */
	Optional<Medication> changeDose(long userId, String id, DoseAmount dose, LocalDate from) {
		return find(userId, id).map(current -> {
			Update update = new Update().set("dose", dose)
				.push("doseChanges", new DoseChange(from, current.doseOn(from), dose, clock.instant()));
			return modify(userId, id, update);
		});
	}

	/** New local dose times; the reminder schedules follow through {@link MedicationsChanged}. */
	Optional<Medication> setTimes(long userId, String id, List<LocalTime> times) {
		return Optional.ofNullable(modify(userId, id,
				new Update().set("times", times.stream().sorted().distinct().toList())));
	}

	Optional<Medication> setStatus(long userId, String id, MedicationStatus status) {
		return Optional.ofNullable(modify(userId, id, new Update().set("status", status.name())));
	}

	/** Adds a refill to the pills on hand and clears the refill reminder. */
	Optional<Medication> refill(long userId, String id, double quantity) {
		return Optional.ofNullable(modify(userId, id, new Update().inc("pillsOnHand", quantity).unset("refillWarnedAt")));
	}

	/** One dose taken: the pills on hand go down by a dose, when they are tracked. */
	Optional<Medication> useOneDose(long userId, String id, long updateId) {
		return useDoses(userId, id, 1, updateId);
	}

	/**
	 * Takes {@code count} doses' worth of pills off the supply, when it is tracked; once per update, so a message
	 * handled again after a crash does not count its pills twice (the last few update ids are kept with the
	 * medication, in the same atomic write as the count).
	 * @return the medication with its new count; empty if the supply is not tracked or this update took it already
	 */
	Optional<Medication> useDoses(long userId, String id, double count, long updateId) {
		Query tracked = Query.query(where("_id").is(id)
			.and("userId").is(userId)
			.and("pillsOnHand").ne(null)
			.and("pillsPerDose").ne(null)
			.and(PILLS_USED_BY).ne(updateId));
		Medication medication = mongo.findOne(tracked, Medication.class);
		if (medication == null) {
			return Optional.empty();
		}
		Update update = new Update().inc("pillsOnHand", -medication.pillsPerDose() * count);
		update.push(PILLS_USED_BY).slice(-PILLS_USED_BY_KEPT).each(updateId);
		return Optional.ofNullable(mongo.findAndModify(tracked, update,
				FindAndModifyOptions.options().returnNew(true), Medication.class));
	}

	/** Marks a refill reminder sent; true only for the call that did it. */
	boolean markRefillWarned(long userId, String id) {
		return mongo.updateFirst(Query.query(where("_id").is(id).and("userId").is(userId).and("refillWarnedAt").is(null)),
				new Update().set("refillWarnedAt", clock.instant()), Medication.class).getModifiedCount() > 0;
	}

	void eraseAll(long userId) {
		mongo.remove(Query.query(where("userId").is(userId)), Medication.class);
	}

	private Medication modify(long userId, String id, Update update) {
		Medication changed = mongo.findAndModify(Query.query(where("_id").is(id).and("userId").is(userId)), update,
				FindAndModifyOptions.options().returnNew(true), Medication.class);
		if (changed != null) {
			events.publishEvent(new MedicationsChanged(userId));
		}
		return changed;
	}

}
