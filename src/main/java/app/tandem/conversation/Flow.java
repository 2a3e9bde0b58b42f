package app.tandem.conversation;

import java.util.Map;

/**
 * A multi-step conversation. The router hands it the chat's typed answers, and presses on buttons of its current
 * step; presses on buttons of earlier steps never reach it.
 */
public interface Flow {

	/** The flow's name as stored in {@link ConversationState#flow()} and used in its buttons' data. */
	String name();

	void onInput(Turn turn, ConversationState state);

	/**
	 * Asks the current step's question again, when the person comes back to the flow after crisis help or another
	 * command interrupted it.
	 * @return whether it did; if not, the person is pointed to the question still shown above
	 */
	default boolean resume(Turn turn, ConversationState state) {
		return false;
	}

	/**
	 * Whether a command or a scheduled prompt that interrupts this flow sets it aside to be picked up later (the
	 * default) or ends it. A destructive flow ({@code /delete}) ends: its confirmation is never waiting under other
	 * messages to be tapped by mistake.
	 */
	default boolean pausable() {
		return true;
	}

	/**
	 * Whether starting this flow again with the given first draft restarts the open one (the default) rather than
	 * being a second conversation that pauses it (a check-in of another day).
	 */
	default boolean isSameConversation(ConversationState open, Map<String, String> draft) {
		return true;
	}

	/**
	 * The flow was left unfinished, with {@code /cancel} or by dropping it after an interruption: undo what must not
	 * stay half-done (an edit of a day puts the day back as it was).
	 */
	default void abandon(long userId, ConversationState state) {
	}

	/**
	 * What /cancel says when it stopped this flow, a message key, or null for "Stopped. Anything you already saved is
	 * kept." (a flow that leaves something unfinished the person should know of says so).
	 */
	default String cancelled(ConversationState state) {
		return null;
	}

	/** How the flow is named in "You were in the middle of …", or null for the default wording. */
	default String describe(Recipient to, ConversationState state) {
		return null;
	}

}
