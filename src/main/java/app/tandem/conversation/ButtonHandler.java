package app.tandem.conversation;

/**
 * Handles presses on buttons that belong to no conversation, such as those under a medication reminder: the
 * button's data names what it is about, and the handler decides whether it still applies.
 */
public interface ButtonHandler {

	/** The first part of the data of the buttons handled ({@code dose} for {@code dose:taken:…}). */
	String prefix();

	void onPress(Turn turn, ButtonData data);

}
