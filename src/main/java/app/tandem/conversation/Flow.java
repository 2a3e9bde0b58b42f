package app.tandem.conversation;

/**
 * A multi-step conversation. The router hands it the chat's typed answers, and presses on buttons of its current
 * step; presses on buttons of earlier steps never reach it.
 */
public interface Flow {

	/** The flow's name as stored in {@link ConversationState#flow()} and used in its buttons' data. */
	String name();

	void onInput(Turn turn, ConversationState state);

	/**
	 * Asks the current step's question again, when the person comes back to the flow after crisis help interrupted
	 * it.
	 * @return whether it did; if not, the person is pointed to the question still shown above
	 */
	default boolean resume(Turn turn, ConversationState state) {
		return false;
	}

}
