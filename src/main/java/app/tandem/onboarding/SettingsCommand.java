package app.tandem.onboarding;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Turn;

/**
 * {@code /settings}: shows the time zone, check-in time and country, each changeable with one tap.
 */
@Component
class SettingsCommand implements CommandHandler {

	private final Conversations conversations;

	private final SetupQuestions questions;

	SettingsCommand(Conversations conversations, SetupQuestions questions) {
		this.conversations = conversations;
		this.questions = questions;
	}

	@Override
	public Set<String> commands() {
		return Set.of("settings");
	}

	@Override
	public void handle(Turn turn) {
		if (conversations.begin(turn.chatId(), SetupStep.FLOW, SetupStep.MENU.id(),
				Map.of(SetupFlow.MODE, SetupFlow.SETTINGS), turn.updateId()).isPresent()) {
			questions.menu(turn.inbound(), turn.profile().orElseThrow());
		}
	}

}
