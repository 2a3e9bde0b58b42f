package app.tandem.conversation;

import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * {@code /cancel}: leaves whatever flow the chat is in. What was already saved stays saved.
 */
@Component
class CancelCommand implements CommandHandler {

	private final Conversations conversations;

	private final Replies replies;

	CancelCommand(Conversations conversations, Replies replies) {
		this.conversations = conversations;
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
		boolean ended = conversations.endAny(turn.chatId());
		replies.say(turn.inbound(), ended ? "cancel.done" : "cancel.nothing");
	}

}
