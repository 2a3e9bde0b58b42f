package app.tandem.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import app.tandem.store.PrivateText;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The journal's store. Every write is one atomic upsert of the entry for a user and local date; reads are by that
 * pair or by a date range, both indexed.
 */
@Service
public class Journal {

	/** Days as they were before an edit in progress, stored as in {@code checkins}. */
	static final String EDITS = "checkin_edits";

	private final MongoTemplate mongo;

	private final Clock clock;

	Journal(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Records one answer of the day's entry, creating the entry if needed. */
	void answer(long userId, LocalDate date, String field, Object value) {
		Instant now = clock.instant();
		Object placed = PrivateText.placeAll(CheckIn.class, CheckIn.idOf(userId, date), field, value);
		Update update = entryUpdate(userId, date, now).set(field, placed).min("startedAt", now);
		mongo.upsert(byDay(userId, date), update, CheckIn.class);
	}

	/** Adds a topic for the next appointment to the day's entry (shown to the therapist in summaries). */
	public void addAgenda(long userId, LocalDate date, String topic) {
		Instant now = clock.instant();
		mongo.upsert(byDay(userId, date), entryUpdate(userId, date, now).push("agenda",
				new PrivateText(topic).at(CheckIn.class, CheckIn.idOf(userId, date), "agenda")),
				CheckIn.class);
	}

	void complete(long userId, LocalDate date) {
		Instant now = clock.instant();
		mongo.upsert(byDay(userId, date), entryUpdate(userId, date, now).set("completedAt", now), CheckIn.class);
	}

	void markPrompted(long userId, LocalDate date) {
		Instant now = clock.instant();
		mongo.upsert(byDay(userId, date), entryUpdate(userId, date, now).set("promptedAt", now), CheckIn.class);
	}

	/**
	 * Marks the day nudged if it was prompted, not started and not nudged yet.
	 * @return whether this call did it (so the nudge is sent once)
	 */
	boolean markNudged(long userId, LocalDate date) {
		Query due = Query.query(where("_id").is(CheckIn.idOf(userId, date))
			.and("promptedAt").ne(null)
			.and("startedAt").is(null)
			.and("nudgedAt").is(null));
		return mongo.updateFirst(due, new Update().set("nudgedAt", clock.instant()), CheckIn.class)
			.getModifiedCount() > 0;
	}

	public Optional<CheckIn> find(long userId, LocalDate date) {
		return Optional.ofNullable(mongo.findById(CheckIn.idOf(userId, date), CheckIn.class));
	}

	/** Entries with answers from {@code from} to {@code to} inclusive, oldest first. */
	public List<CheckIn> between(long userId, LocalDate from, LocalDate to) {
		Query range = Query.query(where("userId").is(userId).and("date").gte(from.toString()).lte(to.toString()))
			.with(Sort.by("date"));
		return mongo.find(range, CheckIn.class).stream().map(CheckIn::plausible).filter(CheckIn::hasAnswers).toList();
	}

	/** The latest {@code count} entries with a mood, newest first. */
	public List<CheckIn> latestMoods(long userId, int count) {
		Query latest = Query.query(where("userId").is(userId).and("mood").ne(null))
			.with(Sort.by(Sort.Direction.DESC, "date"))
			.limit(count);
		return mongo.find(latest, CheckIn.class).stream().map(CheckIn::plausible).toList();
	}

	void eraseAll(long userId) {
		mongo.remove(Query.query(where("userId").is(userId)), CheckIn.class);
		mongo.remove(Query.query(where("userId").is(userId)), EDITS);
	}

	/**
	 * Before an edit of a day that has answers: keeps the entry as it is (its private text sealed again for its
	 * place in the copies' collection), so leaving the edit unfinished can put it back. A copy already kept for an
	 * edit in progress stays.
	 * @return whether the day had answers to keep
	 */
	boolean keepBeforeEdit(long userId, LocalDate date) {
		Optional<CheckIn> entry = find(userId, date).filter(CheckIn::hasAnswers);
		if (entry.isEmpty()) {
			return false;
		}
		try {
			mongo.insert(entry.get(), EDITS);
		}
		catch (DuplicateKeyException ex) {
			// A copy from the edit in progress is already kept: it is the day as it was before that edit.
		}
		return true;
	}

	/** The edit was left unfinished: the day is put back exactly as it was before it, if it was kept. */
	void restoreBeforeEdit(long userId, LocalDate date) {
		CheckIn kept = mongo.findAndRemove(Query.query(where("_id").is(CheckIn.idOf(userId, date))), CheckIn.class,
				EDITS);
		if (kept != null) {
			mongo.save(kept);
		}
	}

	/** The edit was finished: what it changed stands. */
	void forgetBeforeEdit(long userId, LocalDate date) {
		mongo.remove(Query.query(where("_id").is(CheckIn.idOf(userId, date))), EDITS);
	}

	/** The days kept as they were while an edit of them is unfinished (for an export). */
	List<CheckIn> keptBeforeEdits(long userId) {
		return mongo.find(Query.query(where("userId").is(userId)).with(Sort.by("date")), CheckIn.class, EDITS);
	}

	List<CheckIn> all(long userId) {
		return mongo.find(Query.query(where("userId").is(userId)).with(Sort.by("date")), CheckIn.class);
	}

	private static Query byDay(long userId, LocalDate date) {
		return Query.query(where("_id").is(CheckIn.idOf(userId, date)));
	}

	private static Update entryUpdate(long userId, LocalDate date, Instant now) {
		return new Update().setOnInsert("userId", userId).setOnInsert("date", date.toString()).set("updatedAt", now);
	}

}
