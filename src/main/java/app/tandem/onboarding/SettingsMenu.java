package app.tandem.onboarding;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.conversation.ConversationState;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.i18n.Language;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

/**
 * The settings menu of {@code /settings} and the steps only it leads to (summary day and time, the summary's
 * language, the bot's language); the steps setup shares with it (time zone, check-in time, country) are
 * {@link SetupFlow}'s, and lead back here. Every step takes a button; anything else gets a hint and the step waits.
 */
@Component
class SettingsMenu {

	private final Conversations conversations;

	private final Users users;

	private final Replies replies;

	private final SetupQuestions questions;

	SettingsMenu(Conversations conversations, Users users, Replies replies, SetupQuestions questions) {
		this.conversations = conversations;
		this.users = users;
		this.replies = replies;
		this.questions = questions;
	}

	/** A language chosen in the settings: the menu comes back in it. */
	void onLanguage(Turn turn, ConversationState state) {
		Optional<Language> language = turn.buttonValue().flatMap(Language::fromTag);
		if (language.isEmpty()) {
			replies.say(turn.inbound(), "settings.use-buttons");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		UserProfile profile = users.changeLanguage(turn.userId(), language.get());
		Turn inNewLanguage = new Turn(turn.inbound().inLanguage(language.get()), Optional.of(profile), turn.state());
		back(inNewLanguage, state, profile);
	}

	/** A choice in the settings menu: the step it leads to, or done. */
	void onChoice(Turn turn, ConversationState state) {
		Optional<String> choice = turn.buttonValue();
		if (choice.isEmpty()) {
			replies.say(turn.inbound(), "settings.use-buttons");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		Inbound in = turn.inbound();
		switch (choice.get()) {
			case "zone" -> moveTo(turn, state, SetupStep.ZONE, () -> questions.zone(in));
			case "time" -> moveTo(turn, state, SetupStep.TIME, () -> questions.time(in, null, false));
			case "country" -> moveTo(turn, state, SetupStep.COUNTRY_PICK, () -> questions.pickCountry(in));
			case "summary" -> moveTo(turn, state, SetupStep.SUMMARY, () -> questions.summarySchedule(in));
			case "summary-language" -> moveTo(turn, state, SetupStep.SUMMARY_LANGUAGE,
					() -> questions.summaryLanguage(in));
			case "language" -> moveTo(turn, state, SetupStep.LANGUAGE, () -> questions.language(in));
			default -> {
				if (conversations.end(state, turn.updateId())) {
					replies.say(in, "settings.saved");
				}
			}
		}
	}

	void onSummary(Turn turn, ConversationState state) {
		Optional<SummaryWhen> when = turn.buttonValue()
			.or(turn::typed)
			.flatMap(text -> SummaryWhen.parse(text, turn.inbound().answerLanguage()));
		if (when.isEmpty()) {
			replies.say(turn.inbound(), "settings.summary.hint");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		UserProfile profile = users.changeSummarySchedule(turn.userId(), when.get().day(), when.get().time());
		back(turn, state, profile);
	}

	/** A language for the summary and report (their therapist's), or "mine" for their own again. */
	void onSummaryLanguage(Turn turn, ConversationState state) {
		Optional<String> choice = turn.buttonValue()
			.filter(value -> SetupQuestions.OWN_LANGUAGE.equals(value) || Language.fromTag(value).isPresent());
		if (choice.isEmpty()) {
			replies.say(turn.inbound(), "settings.use-buttons");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		String language = SetupQuestions.OWN_LANGUAGE.equals(choice.get()) ? null : choice.get();
		back(turn, state, users.changeSummaryLanguage(turn.userId(), language));
	}

	/** Moves the conversation to a step and asks its question, unless the update was handled already. */
	private void moveTo(Turn turn, ConversationState state, SetupStep step, Runnable ask) {
		if (conversations.advance(state, step.id(), Map.of(), turn.updateId()).isPresent()) {
			ask.run();
		}
	}

	/** Back to the settings menu, which shows the settings as they now are. */
	void back(Turn turn, ConversationState state, UserProfile profile) {
		if (conversations.advance(state, SetupStep.MENU.id(), Map.of(), turn.updateId()).isPresent()) {
			questions.menu(turn.inbound(), profile);
		}
	}

}
