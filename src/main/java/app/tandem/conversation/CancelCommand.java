package app.tandem.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * {@code /cancel}: leaves the flow the chat is in (or, when none is open, the paused ones). What was already saved
 * stays saved, except what a flow undoes when it is left unfinished (an edit puts the day back as it was).
 */
@Component
class CancelCommand implements CommandHandler {

	private final Conversations conversations;

	private final Replies replies;

	private final FlowRegistry flows;

	CancelCommand(Conversations conversations, Replies replies, FlowRegistry flows) {
		this.conversations = conversations;
		this.flows = flows;
		this.replies = replies;
	}

	@Override
	public Set<String> commands() {
		return Set.of("cancel");
	}

	@Override
	public boolean needsConsent() {
		return false;
	}

	@Override
	public void handle(Turn turn) {
		List<ConversationState> ended = conversations.cancel(turn.chatId());
		ended.forEach(state -> flows.find(state.flow()).ifPresent(flow -> flow.abandon(turn.userId(), state)));
		String said = ended.stream()
			.flatMap(state -> flows.find(state.flow()).map(flow -> flow.cancelled(state)).stream())
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(ended.isEmpty() ? "cancel.nothing" : "cancel.done");
		replies.say(turn.inbound(), said);
	}

}
