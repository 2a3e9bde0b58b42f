package app.tandem.store;

/**
 * A stored value where private text was expected that cannot be opened: plain text, a ciphertext moved from another
 * place, or one sealed with a key that is no longer configured. The message names the place, never the content.
 */
public class UnreadablePrivateText extends RuntimeException {

	UnreadablePrivateText(Place place, String problem) {
		super("Private text at " + place + " " + problem);
	}

}
