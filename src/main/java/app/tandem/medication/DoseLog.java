package app.tandem.medication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import app.tandem.store.BulkInsert;
import app.tandem.store.PrivateText;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The dose log: one record per scheduled dose (its id makes it unique) or as-needed dose. State changes are
 * guarded findAndModify operations, so a late or repeated press cannot undo a later answer by accident.
 */
@Service
public class DoseLog {

	private final MongoTemplate mongo;

	private final Clock clock;

	/** Where {@link DoseRecord#takenBy} is stored, for the updates that set it without writing the whole record. */
	private static final String TAKEN_BY = "takenBy";

	DoseLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Creates the record of a scheduled dose; empty if it exists already (the reminder was handled before). */
	Optional<DoseRecord> open(Medication medication, Instant dueAt, LocalDate localDate, DoseStatus status,
			boolean late) {
		try {
			return Optional.of(mongo.insert(new DoseRecord(DoseRecord.idOf(medication.id(), dueAt),
					medication.userId(), medication.id(), dueAt, localDate, status, null, null, null, null, false, late,
					false)));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Creates the records of a batch of scheduled doses in one bulk insert, skipping those that exist.
	 * @return the records still to be reminded of: those this call created, and those an earlier run of the same
	 * occurrence created but did not get a reminder out for (it crashed or failed in between)
	 */
	List<DoseRecord> openAll(List<DoseRecord> records) {
		if (records.isEmpty()) {
			return records;
		}
		Map<Object, Document> existing = mongo
			.find(Query.query(where("_id").in(records.stream().map(DoseRecord::id).toList())), Document.class,
					"doses")
			.stream()
			.collect(Collectors.toMap(document -> document.get("_id"), Function.identity()));
		List<DoseRecord> toRemind = new ArrayList<>();
		List<DoseRecord> fresh = new ArrayList<>();
		for (DoseRecord record : records) {
			Document stored = existing.get(record.id());
			if (stored == null) {
				fresh.add(record);
			}
			else if (DoseStatus.PENDING.name().equals(stored.get("status")) && stored.get("messageId") == null) {
				toRemind.add(record);
			}
		}
		List<BulkInsert.Outcome> outcomes = BulkInsert.insertAll(mongo, DoseRecord.class, fresh);
		for (int i = 0; i < fresh.size(); i++) {
			BulkInsert.Outcome outcome = outcomes.get(i);
			if (outcome.result() == BulkInsert.Result.REFUSED) {
				throw new DataIntegrityViolationException("A dose record was refused: " + outcome.reason());
			}
			if (outcome.stored()) {
				// One already there was created by a run of the same occurrence racing this one, which reminds.
				toRemind.add(fresh.get(i));
			}
		}
		return toRemind;
	}

	/**
	 * Closes, as missed, those of these scheduled doses that are still pending: one query by id finds them (usually
	 * none), one update closes them, guarded by their state, so a dose answered in between keeps its answer.
	 */
	void closeIfPending(Collection<String> ids) {
		if (ids.isEmpty()) {
			return;
		}
		Query byId = Query.query(where("_id").in(ids));
		byId.fields().include("_id").include("status");
		List<Object> pending = mongo.find(byId, Document.class, "doses")
			.stream()
			.filter(document -> DoseStatus.PENDING.name().equals(document.get("status")))
			.map(document -> document.get("_id"))
			.toList();
		if (!pending.isEmpty()) {
			mongo.updateMulti(Query.query(where("_id").in(pending).and("status").is(DoseStatus.PENDING.name())),
					new Update().set("status", DoseStatus.MISSED.name()), DoseRecord.class);
		}
	}

	/** Logs doses taken now, outside the schedule; {@code count} doses at once (null for one). */
	DoseRecord logAsNeeded(Medication medication, LocalDate localDate, Double count, long updateId) {
		Instant now = clock.instant();
		String id = DoseRecord.idOfTaken(medication.id(), updateId);
		try {
			return mongo.insert(new DoseRecord(id, medication.userId(), medication.id(), now, localDate,
					DoseStatus.TAKEN, now, null, null, null, false, false, true, count, null));
		}
		catch (DuplicateKeyException ex) {
			// The same message handled again (a restart before its handling was marked): logged once, as before
			return mongo.findById(id, DoseRecord.class);
		}
	}

	/** The latest scheduled dose of a medication due at or before {@code now}, whatever its state. */
	Optional<DoseRecord> latestScheduled(long userId, String medicationId, Instant now) {
		return Optional.ofNullable(mongo.findOne(Query.query(where("userId").is(userId)
			.and("medicationId").is(medicationId)
			.and("asNeeded").is(false)
			.and("dueAt").lte(now)).with(Sort.by(Sort.Direction.DESC, "dueAt")).limit(1), DoseRecord.class));
	}

	/**
	 * Records a coming scheduled dose as taken already (taken early, before its reminder); its reminder then does not
	 * go out. Empty if the dose has a record already. The record is written once, with the message's update id in
	 * it, so the dose never exists without it: a crash cannot leave a dose that the same message, handled again,
	 * would not recognise as its own ({@link #takenBy}) and would double with an extra one.
	 */
	Optional<DoseRecord> takenEarly(Medication medication, Instant dueAt, LocalDate localDate, Instant takenAt,
			long updateId) {
		try {
			return Optional.of(mongo.insert(new DoseRecord(DoseRecord.idOf(medication.id(), dueAt),
					medication.userId(), medication.id(), dueAt, localDate, DoseStatus.TAKEN, takenAt, null, null, null,
					false, false, false, null, updateId)));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The person's dose record. Reached by its id alone, then checked to be theirs: the embedded store serves a query
	 * from an index only when its keys are exactly the index's, and would read every dose ever recorded for
	 * {@code {_id, userId}}.
	 */
	Optional<DoseRecord> find(long userId, String id) {
		return Optional.ofNullable((id != null) ? mongo.findById(id, DoseRecord.class) : null)
			.filter(record -> record.userId() == userId);
	}

	/** Taken (also correcting a missed or skipped dose); empty if it was taken already. */
	Optional<DoseRecord> markTaken(long userId, String id, Instant takenAt) {
		return markTaken(userId, id, takenAt, new Update());
	}

	/**
	 * Taken, as said by a message ({@code /took}): the message's update id is kept with the dose, so the same message
	 * handled again finds its dose taken by it ({@link #wasTakenBy}) rather than taking another.
	 */
	Optional<DoseRecord> markTaken(long userId, String id, Instant takenAt, long updateId) {
		return markTaken(userId, id, takenAt, new Update().set(TAKEN_BY, updateId));
	}

	private Optional<DoseRecord> markTaken(long userId, String id, Instant takenAt, Update update) {
		Query open = Query.query(where("_id").is(id).and("userId").is(userId).and("status").ne(DoseStatus.TAKEN.name()));
		return Optional.ofNullable(mongo.findAndModify(open,
				update.set("status", DoseStatus.TAKEN.name()).set("takenAt", takenAt).unset("skipReason"),
				FindAndModifyOptions.options().returnNew(true), DoseRecord.class));
	}

	/** The person's dose, if this update is the one that recorded it taken (one read by id alone, as {@link #find}). */
	Optional<DoseRecord> takenBy(long userId, String id, long updateId) {
		return find(userId, id).filter(record -> Long.valueOf(updateId).equals(record.takenBy()));
	}

	/** Corrects when a taken dose was taken. */
	Optional<DoseRecord> correctTakenAt(long userId, String id, Instant takenAt) {
		return Optional.ofNullable(mongo.findAndModify(
				Query.query(where("_id").is(id).and("userId").is(userId).and("status").is(DoseStatus.TAKEN.name())),
				new Update().set("takenAt", takenAt), FindAndModifyOptions.options().returnNew(true), DoseRecord.class));
	}

	Optional<DoseRecord> markSkipped(long userId, String id) {
		Query open = Query.query(where("_id").is(id).and("userId").is(userId).and("status")
			.in(DoseStatus.PENDING.name(), DoseStatus.MISSED.name()));
		return Optional.ofNullable(mongo.findAndModify(open, new Update().set("status", DoseStatus.SKIPPED.name()),
				FindAndModifyOptions.options().returnNew(true), DoseRecord.class));
	}

	void setSkipReason(long userId, String id, String reason) {
		mongo.updateFirst(Query.query(where("_id").is(id).and("userId").is(userId)),
				new Update().set("skipReason", new PrivateText(reason).at(DoseRecord.class, id, "skipReason")),
				DoseRecord.class);
	}

	void addSideEffect(long userId, String id, String effect) {
		mongo.updateFirst(Query.query(where("_id").is(id).and("userId").is(userId)),
				new Update().push("sideEffects", new PrivateText(effect).at(DoseRecord.class, id, "sideEffects")),
				DoseRecord.class);
	}

	void setMessage(List<String> ids, int messageId) {
		mongo.updateMulti(Query.query(where("_id").in(ids)), new Update().set("messageId", messageId),
				DoseRecord.class);
	}

	/** Marks doses due at or before {@code cutoff} and still pending as missed; returns those it changed. */
	List<DoseRecord> closeMissed(long userId, Instant cutoff) {
		List<DoseRecord> pending = mongo.find(Query.query(where("userId").is(userId)
			.and("status").is(DoseStatus.PENDING.name())
			.and("dueAt").lte(cutoff.plusSeconds(60))), DoseRecord.class);
		// one conditional update each (a slot holds a few doses): a dose taken since it was read stays taken, and
		// is not returned, so its reminder is not redrawn to the text it already shows
		return pending.stream()
			.filter(dose -> mongo.updateFirst(Query.query(where("_id").is(dose.id())
				.and("status").is(DoseStatus.PENDING.name())), new Update().set("status", DoseStatus.MISSED.name()),
					DoseRecord.class).getModifiedCount() == 1)
			.toList();
	}

	/** Every dose of the person due at that instant, whatever its state (to redraw its reminder). */
	List<DoseRecord> pendingOrClosedAt(long userId, Instant dueAt) {
		return mongo.find(Query.query(where("userId").is(userId).and("dueAt").is(dueAt)), DoseRecord.class);
	}

	List<DoseRecord> pendingAt(long userId, Instant dueAt) {
		return mongo.find(Query.query(where("userId").is(userId)
			.and("dueAt").is(dueAt)
			.and("status").is(DoseStatus.PENDING.name())), DoseRecord.class);
	}

	/** Marks the follow-up sent for these records; returns those this call marked. */
	List<String> markFollowedUp(List<DoseRecord> records) {
		List<String> ids = records.stream().map(DoseRecord::id).toList();
		mongo.updateMulti(Query.query(where("_id").in(ids).and("followedUp").is(false)),
				new Update().set("followedUp", true), DoseRecord.class);
		return ids;
	}

	void markNotReminded(List<String> ids) {
		mongo.updateMulti(Query.query(where("_id").in(ids).and("status").is(DoseStatus.PENDING.name())),
				new Update().set("status", DoseStatus.NOT_REMINDED.name()), DoseRecord.class);
	}

	/** The person's doses due from {@code from} to {@code to} (inclusive local dates), oldest first. */
	public List<DoseRecord> between(long userId, LocalDate from, LocalDate to) {
		return mongo.find(Query.query(where("userId").is(userId)
			.and("localDate").gte(from.toString()).lte(to.toString())).with(Sort.by("dueAt")), DoseRecord.class);
	}

	List<DoseRecord> all(long userId) {
		return mongo.find(Query.query(where("userId").is(userId)).with(Sort.by("dueAt")), DoseRecord.class);
	}

	void eraseAll(long userId) {
		mongo.remove(Query.query(where("userId").is(userId)), DoseRecord.class);
	}

}
