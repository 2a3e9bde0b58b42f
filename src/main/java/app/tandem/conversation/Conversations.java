package app.tandem.conversation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import app.tandem.store.PrivateText;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Persisted dialog state, one document per chat. Every transition is a single findAndModify guarded by the
 * current step and the update id, so it happens once even if the same update is handled twice.
 * <p>
 * The one rule for interruptions: a flow started while another is open (by a command, a button or a scheduled
 * prompt) <em>pauses</em> the open one, its step and draft kept, unless the open flow is not
 * {@linkplain Flow#pausable() pausable} or is the same conversation started again. A paused flow is picked up with
 * {@link #unpause} exactly where it was, so its buttons work again, or dropped with {@link #drop}.
 */
@Service
public class Conversations {

	/** Paused flows kept per chat; an older one beyond this is let go. */
	static final int MAX_PAUSED = 3;

	private static final int ATTEMPTS = 3;

	private final MongoTemplate mongo;

	private final FlowRegistry flows;

	private final Clock clock;

	Conversations(MongoTemplate mongo, FlowRegistry flows, Clock clock) {
		this.mongo = mongo;
		this.flows = flows;
		this.clock = clock;
	}

	/** The chat's open flow, if one is open. */
	public Optional<ConversationState> current(long chatId) {
		return stored(chatId).filter(ConversationState::isOpen);
	}

	/** The chat's document: its open flow, if any, and its paused flows. */
	public Optional<ConversationState> stored(long chatId) {
		return Optional.ofNullable(mongo.findById(chatId, ConversationState.class));
	}

	/**
	 * Starts a flow at its first step; an open flow of another conversation is paused.
	 * @return the new state, or empty if this update already moved the chat
	 */
	public Optional<ConversationState> begin(long chatId, String flow, String step, Map<String, String> draft,
			long updateId) {
		return transition(chatId, before -> {
			if (before != null && before.lastUpdateId() >= updateId) {
				return null;
			}
			return start(chatId, before, flow, step, draft).set("lastUpdateId", updateId);
		});
	}

	/**
	 * Puts the chat in a flow on Tandem's own initiative (a scheduled check-in); an open flow of another
	 * conversation is paused. The chat's last update id is kept, so its next update moves it as usual.
	 */
	public void replace(long chatId, String flow, String step, Map<String, String> draft) {
		transition(chatId, before -> {
			Update update = start(chatId, before, flow, step, draft);
			return (before == null) ? update.set("lastUpdateId", 0L) : update;
		});
	}

	/**
	 * Moves the chat from the step it is at to the next one, adding answers to the draft.
	 * @return the new state, or empty if the chat was no longer at {@code from} (a stale or repeated update)
	 */
	public Optional<ConversationState> advance(ConversationState from, String step, Map<String, String> answers,
			long updateId) {
		Update update = new Update().set("step", step)
			.set("lastUpdateId", updateId)
			.set("updatedAt", clock.instant())
			.set("held", false);
		answers.forEach((name, value) -> update.set("draft." + name,
				new PrivateText(value).at(ConversationState.class, from.chatId(), "draft." + name)));
		return Optional.ofNullable(mongo.findAndModify(guard(from, updateId), update,
				FindAndModifyOptions.options().returnNew(true), ConversationState.class));
	}

	/** Ends the chat's flow if it is still at the given step; paused flows stay. */
	public boolean end(ConversationState at, long updateId) {
		return close(guard(at, updateId), new Update().set("lastUpdateId", updateId));
	}

	/** Ends a flow the chat is at, without an update to guard it (a button outside the flow finished it). */
	public void endQuietly(ConversationState at) {
		close(Query.query(where("_id").is(at.chatId()).and("flow").is(at.flow()).and("step").is(at.step())),
				new Update());
	}

	/** Ends whatever flow the chat is in, and forgets its paused flows (a new start, an erasure). */
	public boolean endAny(long chatId) {
		return mongo.remove(Query.query(where("_id").is(chatId)), ConversationState.class).getDeletedCount() > 0;
	}

	/**
	 * {@code /cancel}: ends the open flow, or, when none is open, the paused ones.
	 * @return the flows left unfinished, for their {@link Flow#abandon} to undo what must not stay half-done
	 */
	public List<ConversationState> cancel(long chatId) {
		Optional<ConversationState> stored = stored(chatId);
		if (stored.isEmpty()) {
			return List.of();
		}
		ConversationState state = stored.get();
		if (state.isOpen()) {
			return endQuietlyAt(state) ? List.of(state) : List.of();
		}
		if (mongo.remove(unchanged(chatId, state), ConversationState.class).getDeletedCount() == 0) {
			return List.of();
		}
		return state.paused().stream().map(p -> p.asState(chatId, state.lastUpdateId())).toList();
	}

	/**
	 * Picks a paused flow up where it was (the latest of that name, at the given step if one is given); a flow open
	 * at that moment is paused in turn. The last update id is left as it is, so this update can move the flow on.
	 * @return the flow as it is open again, or empty if no such flow was paused
	 */
	public Optional<ConversationState> unpause(long chatId, String flow, String step) {
		return transition(chatId, before -> {
			PausedFlow chosen = (before == null) ? null : before.paused()
				.stream()
				.filter(p -> p.flow().equals(flow) && (step == null || p.step().equals(step)))
				.reduce((first, second) -> second)
				.orElse(null);
			if (chosen == null) {
				return null;
			}
			List<PausedFlow> paused = new ArrayList<>(before.paused());
			paused.remove(chosen);
			pauseOpen(before, paused);
			return new Update().set("flow", chosen.flow())
				.set("step", chosen.step())
				.set("draft", placed(chatId, "draft", chosen.draft()))
				.set("paused", placed(chatId, "paused", paused))
				.set("resumeOffered", true)
				.set("held", false)
				.set("updatedAt", clock.instant());
		}).filter(ConversationState::isOpen);
	}

	/**
	 * Lets the latest paused flow of that name go.
	 * @return it, as it was, for its {@link Flow#abandon}; empty if none was paused
	 */
	public Optional<ConversationState> drop(long chatId, String flow) {
		ConversationState before = stored(chatId).orElse(null);
		PausedFlow dropped = (before == null) ? null : before.paused()
			.stream()
			.filter(p -> p.flow().equals(flow))
			.reduce((first, second) -> second)
			.orElse(null);
		if (dropped == null) {
			return Optional.empty();
		}
		List<PausedFlow> paused = new ArrayList<>(before.paused());
		paused.remove(dropped);
		Update update = new Update().set("paused", placed(chatId, "paused", paused))
			.set("resumeOffered", false)
			.set("updatedAt", clock.instant());
		if (mongo.updateFirst(unchanged(chatId, before), update, ConversationState.class).getModifiedCount() == 0) {
			return Optional.empty();
		}
		removeIfEmpty(chatId);
		return Optional.of(dropped.asState(chatId, before.lastUpdateId()));
	}

	/**
	 * Holds the open flow after crisis help: until {@link #release}, what the person types is not taken as an answer
	 * (after "yes, I have thoughts of ending my life", their next words are not a check-in note).
	 */
	public void hold(ConversationState open) {
		mongo.updateFirst(Query.query(where("_id").is(open.chatId()).and("flow").is(open.flow()).and("step")
			.is(open.step())), new Update().set("held", true), ConversationState.class);
	}

	/** The person tapped Continue: the open flow takes typed answers again. */
	public void release(long chatId) {
		mongo.updateFirst(Query.query(where("_id").is(chatId)), new Update().set("held", false),
				ConversationState.class);
	}

	/** Notes that the person was asked about the latest paused flow, so they are asked once. */
	public boolean markResumeOffered(ConversationState seen) {
		return mongo.updateFirst(unchanged(seen.chatId(), seen), new Update().set("resumeOffered", true),
				ConversationState.class).getModifiedCount() > 0;
	}

	/** The update that starts a flow, pausing the open one when the rule says so. */
	private Update start(long chatId, ConversationState before, String flow, String step, Map<String, String> draft) {
		List<PausedFlow> paused = new ArrayList<>((before == null) ? List.of() : before.paused());
		boolean offered = before != null && before.resumeOffered();
		if (before != null && before.isOpen() && !isSameConversation(before, flow, draft) && pauseOpen(before, paused)) {
			offered = false;
		}
		paused.removeIf(p -> isSameConversation(p.asState(before.chatId(), 0), flow, draft));
		return new Update().set("flow", flow)
			.set("step", step)
			.set("draft", placed(chatId, "draft", PausedFlow.sealed(draft)))
			.set("paused", placed(chatId, "paused", paused))
			.set("resumeOffered", offered)
			.set("held", false)
			.set("updatedAt", clock.instant());
	}

	/** Answers are the person's words: each is sealed for its place in this chat's document. */
	private static <T> T placed(long chatId, String field, T value) {
		return PrivateText.placeAll(ConversationState.class, chatId, field, value);
	}

	/** Adds the open flow to the paused ones if it may be paused; an older one beyond the limit is let go. */
	private boolean pauseOpen(ConversationState before, List<PausedFlow> paused) {
		if (!before.isOpen() || !flows.find(before.flow()).map(Flow::pausable).orElse(false)) {
			return false;
		}
		paused.add(new PausedFlow(before.flow(), before.step(), before.draft(), clock.instant()));
		while (paused.size() > MAX_PAUSED) {
			paused.remove(0);
		}
		return true;
	}

	private boolean isSameConversation(ConversationState open, String flow, Map<String, String> draft) {
		return open.flow().equals(flow)
				&& flows.find(flow).map(f -> f.isSameConversation(open, draft)).orElse(true);
	}

	/**
	 * Reads the chat's document, computes the change from it, and writes it only if nobody moved the chat in
	 * between (a scheduled prompt can race a person's update); tries again otherwise.
	 */
	private Optional<ConversationState> transition(long chatId, Function<ConversationState, Update> change) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			ConversationState before = mongo.findById(chatId, ConversationState.class);
			Update update = change.apply(before);
			if (update == null) {
				return Optional.empty();
			}
			try {
				ConversationState after = mongo.findAndModify(unchanged(chatId, before), update,
						FindAndModifyOptions.options().upsert(true).returnNew(true), ConversationState.class);
				if (after != null) {
					return Optional.of(after);
				}
			}
			catch (DuplicateKeyException ex) {
				// Written in between: read it again.
			}
		}
		return Optional.empty();
	}

	private boolean endQuietlyAt(ConversationState state) {
		return close(unchanged(state.chatId(), state), new Update());
	}

	private boolean close(Query query, Update update) {
		update.unset("flow").unset("step").unset("draft").set("updatedAt", clock.instant());
		if (mongo.findAndModify(query, update, ConversationState.class) == null) {
			return false;
		}
		Object id = query.getQueryObject().get("_id");
		removeIfEmpty((Long) id);
		return true;
	}

	private void removeIfEmpty(long chatId) {
		mongo.remove(Query.query(where("_id").is(chatId)
			.and("flow").exists(false)
			.orOperator(where("paused").exists(false), where("paused").size(0))), ConversationState.class);
	}

	/** Matches the chat's document only as it was read (or only its absence, so an upsert creates it). */
	private static Query unchanged(long chatId, ConversationState before) {
		if (before == null) {
			return Query.query(where("_id").is(chatId).and("lastUpdateId").exists(false));
		}
		Criteria criteria = where("_id").is(chatId)
			.and("lastUpdateId").is(before.lastUpdateId())
			.and("updatedAt").is(before.updatedAt())
			.and("flow").is(before.flow());
		return Query.query(criteria);

	}

	private static Query guard(ConversationState at, long updateId) {
		Criteria criteria = where("_id").is(at.chatId())
			.and("flow").is(at.flow())
			.and("step").is(at.step())
			.and("lastUpdateId").lt(updateId);
		return Query.query(criteria);
	}

}
