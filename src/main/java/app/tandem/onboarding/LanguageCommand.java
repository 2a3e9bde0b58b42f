package app.tandem.onboarding;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.chat.Keyboard;
import app.tandem.chat.Keyboard.Button;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.ButtonHandler;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.i18n.Language;
import app.tandem.user.Users;

/**
 * {@code /language}: one button per language Tandem speaks, each in its own name; one tap changes the language of
 * every text from then on, replies and scheduled messages alike. The same buttons sit in {@code /settings}.
 */
@Component
class LanguageCommand implements CommandHandler, ButtonHandler {

	static final String PREFIX = "language";

	private static final String PICK = "pick";

	private final Users users;

	private final Replies replies;

	LanguageCommand(Users users, Replies replies) {
		this.users = users;
		this.replies = replies;
	}

	@Override
	public Set<String> commands() {
		return Set.of(PREFIX);
	}

	@Override
	public void handle(Turn turn) {
		replies.ask(turn.inbound(), keyboard(language -> ButtonData.of(PREFIX, PICK, language.tag())),
				"language.question");
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public void onPress(Turn turn, ButtonData data) {
		Optional<Language> chosen = Language.fromTag(data.value()).filter(language -> PICK.equals(data.step()));
		if (chosen.isEmpty()) {
			replies.acknowledge(turn.inbound(), "router.button-closed", false);
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		users.changeLanguage(turn.userId(), chosen.get());
		Inbound in = turn.inbound().inLanguage(chosen.get());
		replies.say(in, "language.saved", chosen.get().ownName());
	}

	/** The languages, each under its own name, two to a row; {@code data} gives each button's data. */
	static Keyboard keyboard(Function<Language, String> data) {
		return Keyboard.grid(Arrays.stream(Language.values())
			.map(language -> new Button(language.ownName(), data.apply(language)))
			.toList(), 2);
	}

}
