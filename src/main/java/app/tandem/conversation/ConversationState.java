package app.tandem.conversation;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a chat is in a flow: which flow, which step, what was collected so far. One document per chat, changed
 * only by guarded atomic updates, so a replayed or stale update cannot move it.
 *
 * @param chatId the chat
 * @param flow the flow's name, e.g. {@code setup}
 * @param step the step within the flow
 * @param draft answers collected so far, by name
 * @param lastUpdateId the update that last moved this state; older updates cannot move it again
 * @param updatedAt when it last moved
 */
@Document("conversations")
public record ConversationState(@Id long chatId, String flow, String step, Map<String, String> draft,
		long lastUpdateId, Instant updatedAt) {

	public ConversationState {
		draft = (draft != null) ? Map.copyOf(draft) : Map.of();
	}

	public String draft(String name) {
		return draft.get(name);
	}

	public boolean isAt(String flow, String step) {
		return this.flow.equals(flow) && this.step.equals(step);
	}

}
