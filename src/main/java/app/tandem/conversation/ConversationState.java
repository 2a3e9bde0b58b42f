package app.tandem.conversation;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import app.tandem.store.PrivateText;

/**
 * Where a chat is in a flow: which flow, which step, what was collected so far. One document per chat, changed
 * only by guarded atomic updates, so a replayed or stale update cannot move it.
 *
 * @param chatId the chat
 * @param flow the flow's name, e.g. {@code setup}
 * @param step the step within the flow
 * @param draft answers collected so far, by name (the person's own words among them: stored encrypted)
 * @param lastUpdateId the update that last moved this state; older updates cannot move it again
 * @param updatedAt when it last moved
 * @param paused flows an interruption set aside, oldest first; the last is offered to be picked up again
 * @param resumeOffered whether the person was already asked about the last paused flow
 * @param held crisis help was given while the flow was open: what the person types is not taken as an answer
 *        until they tap Continue (or answer the open question with its buttons); never null
 */
@Document("conversations")
public record ConversationState(@Id long chatId, String flow, String step, Map<String, PrivateText> draft,
		long lastUpdateId, Instant updatedAt, List<PausedFlow> paused, boolean resumeOffered, Boolean held) {

	public ConversationState {
		held = Boolean.TRUE.equals(held); // absent from documents stored before flows could be held
		draft = (draft != null) ? Map.copyOf(draft) : Map.of();
		paused = (paused != null) ? List.copyOf(paused) : List.of();
	}

	/** Whether a flow is open (rather than only paused ones kept). */
	public boolean isOpen() {
		return flow != null && !IdleConversations.EXPIRED.equals(flow);
	}

	/** The most recently paused flow, if any. */
	public Optional<PausedFlow> lastPaused() {
		return paused.isEmpty() ? Optional.empty() : Optional.of(paused.get(paused.size() - 1));
	}

	public String draft(String name) {
		PrivateText answer = draft.get(name);
		return (answer != null) ? answer.text() : null;
	}

	/** Every answer collected so far, by name. */
	public Map<String, String> answers() {
		return PausedFlow.plain(draft);
	}

	public boolean isAt(String flow, String step) {
		return isOpen() && this.flow.equals(flow) && this.step.equals(step);
	}

}
