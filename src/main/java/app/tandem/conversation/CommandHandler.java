package app.tandem.conversation;

import java.util.Set;

/**
 * Handles one or more slash commands, e.g. {@code /settings}.
 */
public interface CommandHandler {

	/** Command names without the slash. */
	Set<String> commands();

	/** Whether the user must have consented first; {@code /start}, {@code /help} and {@code /cancel} need not. */
	default boolean needsConsent() {
		return true;
	}

	void handle(Turn turn);

}
