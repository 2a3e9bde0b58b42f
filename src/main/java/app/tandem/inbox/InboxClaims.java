package app.tandem.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which instance handles an inbox entry. Before handling, an instance claims the chat's <em>oldest</em> unhandled
 * entry with one conditional, single-document {@code findAndModify}: only when nobody else holds a live claim on it.
 * So an entry is handled by one instance, and a chat's entries one after another in update-id order: while entry N
 * is unhandled and claimed elsewhere, no instance can claim N+1 (N+1 is not the oldest), and the instance that
 * handles N goes on with N+1 when it is done.
 * <p>
 * A claim runs on wall-clock time for {@code lease}, as the poller lease does: it measures whether the instance
 * that holds it is alive. A claim of a dead instance runs out, and the next instance that looks at the chat (a new
 * update of it, or the replay at start) takes the entry over.
 */
final class InboxClaims {

	private final MongoTemplate mongo;

	private final String owner = UUID.randomUUID().toString();

	private final Duration lease;

	private final Clock wallClock;

	InboxClaims(MongoTemplate mongo, Duration lease, Clock wallClock) {
		this.mongo = mongo;
		this.lease = lease;
		this.wallClock = wallClock;
	}

	/**
	 * Claims the chat's oldest unhandled entry for this instance.
	 * @return the claimed entry; {@code null} when the chat has nothing unhandled, or when its oldest unhandled entry
	 * is claimed by another instance (which then handles the rest of the chat after it)
	 */
	InboxEntry claimNext(long chatId) {
		Query oldest = Query.query(where("chatId").is(chatId).and("handledAt").is(null))
			.with(Sort.by("_id"))
			.limit(1);
		InboxEntry next = mongo.findOne(oldest, InboxEntry.class);
		if (next == null) {
			return null;
		}
		Instant now = wallClock.instant();
		Query claimable = Query.query(where("_id").is(next.updateId())
			.and("handledAt")
			.is(null)
			.orOperator(where("claimedBy").is(null), where("claimedBy").is(owner), where("claimedUntil").lt(now)));
		return mongo.findAndModify(claimable,
				new Update().set("claimedBy", owner).set("claimedUntil", now.plus(lease)),
				FindAndModifyOptions.options().returnNew(true), InboxEntry.class);
	}

	/** Marks a claimed entry handled, drops the user's words from it and gives up the claim. */
	void markHandled(long updateId, Instant now, Duration retention) {
		mongo.update(InboxEntry.class)
			.matching(Query.query(where("_id").is(updateId)))
			.apply(handled(now, retention))
			.first();
	}

	/** What marking an entry handled changes: when, until when it is kept, and the user's words and claim dropped. */
	static Update handled(Instant now, Duration retention) {
		return new Update().set("handledAt", now)
			.set("expireAt", now.plus(retention))
			.unset("text")
			.unset("arguments")
			.unset("data")
			.unset("claimedBy")
			.unset("claimedUntil");
	}

	/** The chats with an unhandled entry whose claim ran out: the instance handling it died. */
	List<Long> chatsWithAbandonedClaims() {
		return mongo.findDistinct(
				Query.query(where("handledAt").is(null).and("claimedUntil").lt(wallClock.instant())), "chatId",
				InboxEntry.class, Long.class);
	}

	/** How long a claim holds. */
	Duration lease() {
		return lease;
	}

	/** Every unhandled entry, oldest first (for the store's only user, which claims nothing). */
	List<InboxEntry> unhandled() {
		return mongo.find(Query.query(where("handledAt").is(null)).with(Sort.by("_id")), InboxEntry.class);
	}

	/** The chats that have an unhandled entry nobody holds a live claim on. */
	List<Long> chatsWithUnclaimedEntries() {
		Criteria unclaimed = new Criteria().orOperator(where("claimedBy").is(null), where("claimedBy").is(owner),
				where("claimedUntil").lt(wallClock.instant()));
		return mongo.findDistinct(Query.query(where("handledAt").is(null).andOperator(unclaimed)), "chatId",
				InboxEntry.class, Long.class);
	}

}
