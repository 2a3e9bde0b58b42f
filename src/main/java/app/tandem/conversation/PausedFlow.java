package app.tandem.conversation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import app.tandem.store.PrivateText;

/**
 * A flow set aside when a command or a scheduled prompt interrupted it: where it was and everything answered so far,
 * so the person can pick it up again exactly there.
 *
 * @param flow the flow's name
 * @param step the step it was at
 * @param draft the answers collected so far
 * @param pausedAt when it was set aside
 */
public record PausedFlow(String flow, String step, Map<String, PrivateText> draft, Instant pausedAt) {

	public PausedFlow {
		draft = (draft != null) ? Map.copyOf(draft) : Map.of();
	}

	/** The paused flow as the state it will have again when resumed. */
	ConversationState asState(long chatId, long lastUpdateId) {
		return new ConversationState(chatId, flow, step, draft, lastUpdateId, pausedAt, null, false, false);
	}

	boolean isAt(String flow, String step) {
		return this.flow.equals(flow) && this.step.equals(step);
	}

	static Map<String, String> plain(Map<String, PrivateText> draft) {
		Map<String, String> plain = new LinkedHashMap<>();
		draft.forEach((name, answer) -> {
			if (answer != null && answer.text() != null) {
				plain.put(name, answer.text());
			}
		});
		return plain;
	}

	static Map<String, PrivateText> sealed(Map<String, String> answers) {
		Map<String, PrivateText> sealed = new LinkedHashMap<>();
		answers.forEach((name, answer) -> sealed.put(name, new PrivateText(answer)));
		return sealed;
	}

}
