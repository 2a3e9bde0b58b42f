package app.tandem.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import app.tandem.schedule.Sweeper;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Conversations left idle longer than {@code tandem.conversation.idle-expiry}: closed when the person comes back
 * (and told so), and hourly even if they never do, so an unfinished draft does not stay in the store. A closed one
 * leaves a mark (the chat and when, no draft) until the person is told, for {@link #KEEP_EXPIRED} at most.
 */
@Component
class IdleConversations implements Sweeper {

	/** The flow of a conversation closed for being idle: no draft, only when, until the person is told. */
	static final String EXPIRED = "expired";

	/** How long the mark of a closed conversation waits for the person to come back. */
	static final Duration KEEP_EXPIRED = Duration.ofDays(30);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final Duration idleExpiry;

	IdleConversations(MongoTemplate mongo, Clock clock, ConversationProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.idleExpiry = properties.idleExpiry();
	}

	/** How long a conversation may stay idle before it is closed. */
	Duration expiry() {
		return idleExpiry;
	}

	/**
	 * Whether the conversation was left idle too long (or was closed for it already): it is then closed now, its
	 * draft removed, and the caller tells the person. Only one caller hears {@code true} for a conversation.
	 */
	boolean closeIfExpired(ConversationState state) {
		if (!EXPIRED.equals(state.flow()) && !isIdle(state, clock.instant())) {
			return false;
		}
		return mongo.remove(asRead(state), ConversationState.class).getDeletedCount() > 0;
	}

	/**
	 * As {@link #closeIfExpired}, but the person is told later: the draft is removed now and a mark is left for the
	 * next time they write (a tap on a reminder's ✅ Taken is answered as that, not with news of the conversation).
	 * @return whether the conversation is closed for being idle (now or before)
	 */
	boolean markIfExpired(ConversationState state) {
		if (EXPIRED.equals(state.flow())) {
			return true;
		}
		if (!isIdle(state, clock.instant())) {
			return false;
		}
		return mongo.updateFirst(asRead(state), expiredMark(), ConversationState.class).getModifiedCount() > 0;
	}

	/**
	 * Closes every conversation idle too long, even if its person never comes back: the draft is removed and only a
	 * mark (chat and time) is left, to tell them when they do; marks older than {@link #KEEP_EXPIRED} go too.
	 */
	@Override
	public long sweep() {
		Instant now = clock.instant();
		long closed = mongo.updateMulti(
				Query.query(where("flow").ne(EXPIRED).and("updatedAt").lt(now.minus(idleExpiry))),
				expiredMark(), ConversationState.class)
			.getModifiedCount();
		long forgotten = mongo.remove(
				Query.query(where("flow").is(EXPIRED).and("updatedAt").lt(now.minus(KEEP_EXPIRED))),
				ConversationState.class).getDeletedCount();
		return closed + forgotten;
	}

	private boolean isIdle(ConversationState state, Instant now) {
		return state.updatedAt() != null && state.updatedAt().plus(idleExpiry).isBefore(now);
	}

	/** The chat's document only while its flow, step and last change are as they were read. */
	private static Query asRead(ConversationState state) {
		return Query.query(where("_id").is(state.chatId()).and("flow").is(state.flow())
			.and("step").is(state.step()).and("updatedAt").is(state.updatedAt()));
	}

	/** A conversation closed for being idle: only the chat and when are left, until the person is told. */
	private static Update expiredMark() {
		return new Update().set("flow", EXPIRED).set("step", EXPIRED).unset("draft").unset("paused");
	}

}
