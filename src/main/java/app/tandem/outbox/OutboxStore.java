package app.tandem.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import app.tandem.outbox.OutboxEntry.Status;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The {@code outbox} collection: every write is one single-document (or one multi-document, idempotent) update,
 * so no transaction is needed. Leases say which instance is sending a message; an instance renews its leases while
 * it runs, and a message whose lease ran out (its instance died) is claimed again.
 */
final class OutboxStore {

	/** How long a sent or failed message's id is kept, so a re-run occurrence finds it and sends nothing twice. */
	static final Duration KEEP_SETTLED = Duration.ofDays(2);

	private final MongoTemplate mongo;

	private final GroupedInserts inserts;

	OutboxStore(MongoTemplate mongo) {
		this.mongo = mongo;
		this.inserts = new GroupedInserts(mongo);
	}

	/** Stores a queued message; throws {@code DuplicateKeyException} if its id is already there. */
	void insert(Envelope envelope, long seq, String owner, Instant leaseUntil) {
		RuntimeException failure = insertAll(List.of(envelope), new AtomicLong(seq - 1), owner, leaseUntil,
				List.of(owner != null)).get(0);
		if (failure != null) {
			throw failure;
		}
	}

	/**
	 * Stores queued messages, in one write, together with those other threads queue at the same moment; each is
	 * given the next number of {@code seq}, and this instance's lease where {@code leased} says so.
	 * @return for each message, {@code null} if it was stored, or why not ({@code DuplicateKeyException} if its id
	 * is already there)
	 */
	List<RuntimeException> insertAll(List<Envelope> envelopes, AtomicLong seq, String owner, Instant leaseUntil,
			List<Boolean> leased) {
		List<OutboxEntry> entries = new ArrayList<>(envelopes.size());
		for (int i = 0; i < envelopes.size(); i++) {
			Envelope envelope = envelopes.get(i);
			boolean mine = leased.get(i);
			entries.add(new OutboxEntry(envelope.id, envelope.chatId, envelope.lane, envelope.lane.ordinal(),
					seq.incrementAndGet(), OutboxEntry.Payload.of(envelope.message), envelope.tag, Status.QUEUED,
					envelope.createdAt, envelope.createdAt, 0, mine ? owner : null, mine ? leaseUntil : null, null,
					null, null, null));
		}
		return inserts.insertAll(entries);
	}

	/** Takes up to {@code limit} due, unleased messages, most urgent lane first, in queued order. */
	List<OutboxEntry> claim(String owner, Instant now, Instant leaseUntil, int limit) {
		Criteria free = new Criteria().orOperator(where("leaseUntil").is(null), where("leaseUntil").lt(now));
		Query due = Query.query(where("status").is(Status.QUEUED).and("notBefore").lte(now).andOperator(free))
			.with(Sort.by("priority", "seq"))
			.limit(limit);
		due.fields().include("_id");
		List<Object> ids = mongo.find(due, Document.class, "outbox").stream().map(d -> d.get("_id")).toList();
		if (ids.isEmpty()) {
			return List.of();
		}
		String claim = UUID.randomUUID().toString();
		mongo.updateMulti(Query.query(where("_id").in(ids).and("status").is(Status.QUEUED).andOperator(free)),
				new Update().set("leaseOwner", owner).set("leaseUntil", leaseUntil).set("claim", claim),
				OutboxEntry.class);
		// read back by id (the embedded store scans a collection for any other field), keeping those this claim won
		return mongo.find(Query.query(where("_id").in(ids).and("claim").is(claim).and("leaseOwner").is(owner))
			.with(Sort.by("priority", "seq")), OutboxEntry.class);
	}

	void renew(String owner, Instant leaseUntil) {
		mongo.updateMulti(Query.query(where("leaseOwner").is(owner).and("status").is(Status.QUEUED)),
				new Update().set("leaseUntil", leaseUntil), OutboxEntry.class);
	}

	/** Lets other instances (or the next start) take this instance's queued messages. */
	void release(String owner) {
		mongo.updateMulti(Query.query(where("leaseOwner").is(owner).and("status").is(Status.QUEUED)),
				new Update().unset("leaseOwner").unset("leaseUntil"), OutboxEntry.class);
	}

	/** Releases every lease: only when this process is known to be the store's only user (the embedded store). */
	long releaseAll() {
		return mongo.updateMulti(Query.query(where("status").is(Status.QUEUED).and("leaseOwner").ne(null)),
				new Update().unset("leaseOwner").unset("leaseUntil"), OutboxEntry.class).getModifiedCount();
	}

	void sent(String id, Integer messageId, Instant now) {
		mongo.updateFirst(Query.query(where("_id").is(id)), settled(Status.SENT, now).set("messageId", messageId),
				OutboxEntry.class);
	}

	/**
	 * Records several deliveries in one write, as the driver's documents: every message sent is recorded here, and
	 * the mapping layer's reading of each update (a tenth of the sending threads' CPU) bought nothing for a fixed
	 * shape. The same fields as {@link #settled}; {@code SentRecordsTests} reads the result back through the mapping.
	 */
	void sentAll(List<SentRecords.Sent> sent) {
		List<UpdateOneModel<Document>> updates = new ArrayList<>(sent.size());
		for (SentRecords.Sent one : sent) {
			Document set = new Document("status", Status.SENT.name())
				.append("expireAt", Date.from(one.at().plus(KEEP_SETTLED)))
				.append("messageId", one.messageId());
			Document unset = new Document("payload", "").append("leaseOwner", "")
				.append("leaseUntil", "")
				.append("claim", "");
			updates.add(new UpdateOneModel<>(new Document("_id", one.id()),
					new Document("$set", set).append("$unset", unset)));
		}
		mongo.execute(OutboxEntry.class,
				collection -> collection.bulkWrite(updates, new BulkWriteOptions().ordered(false)));
	}

	void failed(String id, SendResult.Reason reason, Instant now) {
		mongo.updateFirst(Query.query(where("_id").is(id)), settled(Status.FAILED, now).set("failure", reason),
				OutboxEntry.class);
	}

	/** Fails every queued message for the chat; returns them (without their payload), for their senders to hear. */
	List<OutboxEntry> failQueued(long chatId, SendResult.Reason reason, Instant now) {
		Query queued = Query.query(where("chatId").is(chatId).and("status").is(Status.QUEUED));
		queued.fields().exclude("payload");
		List<OutboxEntry> failed = mongo.find(queued, OutboxEntry.class);
		mongo.updateMulti(Query.query(where("_id").in(failed.stream().map(OutboxEntry::id).toList())
			.and("status").is(Status.QUEUED)), settled(Status.FAILED, now).set("failure", reason), OutboxEntry.class);
		return failed;
	}

	void retryAt(String id, int attempts, Instant notBefore) {
		mongo.updateFirst(Query.query(where("_id").is(id).and("status").is(Status.QUEUED)),
				new Update().set("attempts", attempts).set("notBefore", notBefore), OutboxEntry.class);
	}

	long queued() {
		return mongo.count(Query.query(where("status").is(Status.QUEUED)), OutboxEntry.class);
	}

	/** Every stored message to the chat, oldest first. */
	List<OutboxEntry> ofChat(long chatId) {
		return mongo.find(Query.query(where("chatId").is(chatId)).with(Sort.by("createdAt")), OutboxEntry.class);
	}

	/** Removes every stored message to the chat, queued or settled. */
	void removeChat(long chatId) {
		mongo.remove(Query.query(where("chatId").is(chatId)), OutboxEntry.class);
	}

	/** Removes settled messages past their keeping time (TTL indexes do this on MongoDB, not on the embedded store). */
	long sweep(Instant now) {
		return mongo.remove(Query.query(where("status").ne(Status.QUEUED).and("expireAt").lt(now)), OutboxEntry.class)
			.getDeletedCount();
	}

	private static Update settled(Status status, Instant now) {
		return new Update().set("status", status)
			.set("expireAt", now.plus(KEEP_SETTLED))
			.unset("payload")
			.unset("leaseOwner")
			.unset("leaseUntil")
			.unset("claim");
	}

}
