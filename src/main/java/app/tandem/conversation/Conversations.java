package app.tandem.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Persisted dialog state, one document per chat. Every transition is a single findAndModify guarded by the
 * current step and the update id, so it happens once even if the same update is handled twice.
 */
@Service
public class Conversations {

	/** The flow of a conversation closed for being idle: no draft, only when, until the person is told. */
	static final String EXPIRED = "expired";

	/** How long the mark of a closed conversation waits for the person to come back. */
	static final Duration KEEP_EXPIRED = Duration.ofDays(30);

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ConversationProperties properties;

	Conversations(MongoTemplate mongo, Clock clock, ConversationProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.properties = properties;
	}

	public Optional<ConversationState> current(long chatId) {
		return Optional.ofNullable(mongo.findById(chatId, ConversationState.class));
	}

	/**
	 * Starts a flow at its first step, replacing whatever flow the chat was in.
	 * @return the new state, or empty if this update already moved the chat
	 */
	public Optional<ConversationState> begin(long chatId, String flow, String step, Map<String, String> draft,
			long updateId) {
		Update update = new Update().set("flow", flow)
			.set("step", step)
			.set("draft", draft)
			.set("lastUpdateId", updateId)
			.set("updatedAt", clock.instant());
		Query query = Query.query(where("_id").is(chatId)
			.orOperator(where("lastUpdateId").lt(updateId), where("lastUpdateId").exists(false)));
		try {
			return Optional.ofNullable(mongo.findAndModify(query, update,
					FindAndModifyOptions.options().upsert(true).returnNew(true), ConversationState.class));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Puts the chat in a flow on Tandem's own initiative (a scheduled check-in), replacing whatever flow it was in.
	 * The chat's last update id is kept, so its next update moves it as usual.
	 */
	public void replace(long chatId, String flow, String step, Map<String, String> draft) {
		Update update = new Update().set("flow", flow)
			.set("step", step)
			.set("draft", draft)
			.setOnInsert("lastUpdateId", 0L)
			.set("updatedAt", clock.instant());
		mongo.upsert(Query.query(where("_id").is(chatId)), update, ConversationState.class);
	}

	/**
	 * Moves the chat from the step it is at to the next one, adding answers to the draft.
	 * @return the new state, or empty if the chat was no longer at {@code from} (a stale or repeated update)
	 */
	public Optional<ConversationState> advance(ConversationState from, String step, Map<String, String> answers,
			long updateId) {
		Update update = new Update().set("step", step).set("lastUpdateId", updateId).set("updatedAt", clock.instant());
		answers.forEach((name, value) -> update.set("draft." + name, value));
		return Optional.ofNullable(mongo.findAndModify(guard(from, updateId), update,
				FindAndModifyOptions.options().returnNew(true), ConversationState.class));
	}

	/** Ends the chat's flow if it is still at the given step. */
	public boolean end(ConversationState at, long updateId) {
		return mongo.remove(guard(at, updateId), ConversationState.class).getDeletedCount() > 0;
	}

	/** Ends a flow the chat is at, without an update to guard it (a button outside the flow finished it). */
	public void endQuietly(ConversationState at) {
		mongo.remove(Query.query(where("_id").is(at.chatId()).and("flow").is(at.flow()).and("step").is(at.step())),
				ConversationState.class);
	}

	/** Ends whatever flow the chat is in. */
	public boolean endAny(long chatId) {
		return mongo.remove(Query.query(where("_id").is(chatId)), ConversationState.class).getDeletedCount() > 0;
	}

	/**
	 * Whether the conversation was left idle too long (or was closed for it already): it is then closed now, its
	 * draft removed, and the caller tells the person. Only one caller hears {@code true} for a conversation.
	 */
	boolean closeIfExpired(ConversationState state) {
		if (!EXPIRED.equals(state.flow()) && !isIdle(state, clock.instant())) {
			return false;
		}
		Query unchanged = Query.query(where("_id").is(state.chatId()).and("flow").is(state.flow())
			.and("step").is(state.step()).and("updatedAt").is(state.updatedAt()));
		return mongo.remove(unchanged, ConversationState.class).getDeletedCount() > 0;
	}

	/**
	 * Closes every conversation idle too long, even if its person never comes back: the draft is removed and only a
	 * mark (chat and time) is left, to tell them when they do; marks older than {@link #KEEP_EXPIRED} go too.
	 */
	long closeIdle() {
		Instant now = clock.instant();
		long closed = mongo.updateMulti(
				Query.query(where("flow").ne(EXPIRED).and("updatedAt").lt(now.minus(properties.idleExpiry()))),
				new Update().set("flow", EXPIRED).set("step", EXPIRED).unset("draft"), ConversationState.class)
			.getModifiedCount();
		long forgotten = mongo.remove(
				Query.query(where("flow").is(EXPIRED).and("updatedAt").lt(now.minus(KEEP_EXPIRED))),
				ConversationState.class).getDeletedCount();
		return closed + forgotten;
	}

	private boolean isIdle(ConversationState state, Instant now) {
		return state.updatedAt() != null && state.updatedAt().plus(properties.idleExpiry()).isBefore(now);
	}

	private static Query guard(ConversationState at, long updateId) {
		Criteria criteria = where("_id").is(at.chatId())
			.and("flow").is(at.flow())
			.and("step").is(at.step())
			.and("lastUpdateId").lt(updateId);
		return Query.query(criteria);
	}

}
