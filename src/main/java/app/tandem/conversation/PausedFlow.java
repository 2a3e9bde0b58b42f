package app.tandem.conversation;

import java.time.Instant;
import java.util.Map;

/**
 * A flow set aside when a command or a scheduled prompt interrupted it: where it was and everything answered so far,
 * so the person can pick it up again exactly there.
 *
 * @param flow the flow's name
 * @param step the step it was at
 * @param draft the answers collected so far
 * @param pausedAt when it was set aside
 */
public record PausedFlow(String flow, String step, Map<String, String> draft, Instant pausedAt) {

	public PausedFlow {
		draft = (draft != null) ? Map.copyOf(draft) : Map.of();
	}

	/** The paused flow as the state it will have again when resumed. */
	ConversationState asState(long chatId, long lastUpdateId) {
		return new ConversationState(chatId, flow, step, draft, lastUpdateId, pausedAt, null, false);
	}

	boolean isAt(String flow, String step) {
		return this.flow.equals(flow) && this.step.equals(step);
	}

}
