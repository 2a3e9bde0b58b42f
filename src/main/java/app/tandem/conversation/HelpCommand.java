package app.tandem.conversation;

import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.chat.Keyboard;

/**
 * {@code /help}: every command with one line each, and the crisis button.
 */
@Component
class HelpCommand implements CommandHandler {

	private final Replies replies;

	HelpCommand(Replies replies) {
		this.replies = replies;
	}

	@Override
	public Set<String> commands() {
		return Set.of("help");
	}

	@Override
	public boolean needsConsent() {
		return false;
	}

	@Override
	public void handle(Turn turn) {
		replies.ask(turn.inbound(),
				Keyboard.of(replies.button(turn.inbound(), "button.need-help-now", ButtonData.command("crisis"))),
				"help.text");
	}

}
