package app.tandem.onboarding;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.chat.Keyboard;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.user.UserProfile;

/**
 * {@code /start}: the welcome and setup for someone new; for someone set up already, an offer to change settings
 * that keeps all their data.
 */
@Component
class StartCommand implements CommandHandler {

	private final Conversations conversations;

	private final Replies replies;

	private final SetupQuestions questions;

	StartCommand(Conversations conversations, Replies replies, SetupQuestions questions) {
		this.conversations = conversations;
		this.replies = replies;
		this.questions = questions;
	}

	@Override
	public Set<String> commands() {
		return Set.of("start");
	}

	@Override
	public boolean needsConsent() {
		return false;
	}

	@Override
	public void handle(Turn turn) {
		var in = turn.inbound();
		if (turn.profile().filter(UserProfile::isSetUp).isPresent()) {
			conversations.endAny(turn.chatId());
			replies.ask(in, Keyboard.of(replies.button(in, "start.change-settings", ButtonData.command("settings"))),
					"start.welcome-back", questions.summary(in, turn.profile().get()));
			return;
		}
		boolean consented = turn.hasConsented();
		SetupStep first = consented ? SetupStep.ZONE : SetupStep.CONSENT;
		if (conversations.begin(turn.chatId(), SetupStep.FLOW, first.id(), Map.of(SetupFlow.MODE, SetupFlow.START),
				turn.updateId()).isEmpty()) {
			return;
		}
		if (consented) {
			questions.zone(in);
		}
		else {
			questions.consent(in);
		}
	}

}
