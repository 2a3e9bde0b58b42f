package app.tandem.onboarding;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.chat.InboundPayload;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.conversation.TurnGate;
import app.tandem.user.UserProfile;

/**
 * When the consent text changed since someone agreed to it, they are asked again, once, before anything else of
 * theirs is handled (and so stored). Reading about their data, copying or erasing it and stopping a flow stay open.
 */
@Component
class ConsentRenewal implements TurnGate {

	/**
	 * The version of {@code setup.consent}: raise it whenever that text changes in meaning, and everyone who agreed
	 * to an older one is asked again.
	 */
	static final int CONSENT_VERSION = UserProfile.FIRST_CONSENT_VERSION;

	/** What someone may always do, agreed or not: read, copy or erase their data, get help, stop. */
	private static final Set<String> ALWAYS_OPEN = Set.of("help", "privacy", "export", "delete", "cancel");

	/** The flow of {@code /delete}, whose confirmation is always open too. */
	private static final String DELETE_FLOW = "delete";

	private final Conversations conversations;

	private final Replies replies;

	private final SetupQuestions questions;

	ConsentRenewal(Conversations conversations, Replies replies, SetupQuestions questions) {
		this.conversations = conversations;
		this.replies = replies;
		this.questions = questions;
	}

	@Override
	public boolean holds(Turn turn) {
		boolean outdated = turn.profile()
			.filter(UserProfile::hasConsented)
			.filter(profile -> !profile.hasConsentedTo(CONSENT_VERSION))
			.isPresent();
		String command = turn.commandName();
		if (!outdated || (command != null && ALWAYS_OPEN.contains(command)) || isIn(turn, DELETE_FLOW)) {
			return false;
		}
		boolean asking = isIn(turn, SetupStep.FLOW) && turn.state().get().step().equals(SetupStep.CONSENT.id());
		if (asking && !(turn.inbound().payload() instanceof InboundPayload.Command)) {
			return false;
		}
		if (asking) {
			replies.say(turn.inbound(), "setup.consent.use-buttons");
		}
		else if (conversations.begin(turn.chatId(), SetupStep.FLOW, SetupStep.CONSENT.id(),
				Map.of(SetupFlow.MODE, SetupFlow.RENEW), turn.updateId()).isPresent()) {
			questions.consentAgain(turn.inbound());
		}
		return true;
	}

	private static boolean isIn(Turn turn, String flow) {
		return turn.state().filter(state -> state.flow().equals(flow)).isPresent();
	}

}
