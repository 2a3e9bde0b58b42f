package app.tandem.outbox;

import java.util.Map;

/**
 * Draws the picture of an {@link app.tandem.chat.OutboundMessage.DrawnPhoto} when it is about to be sent.
 * Implemented by the feature that owns the picture (the weekly chart).
 */
public interface Renderer {

	/** The name messages refer to it by. */
	String name();

	/** The PNG, from the message's arguments. */
	byte[] render(Map<String, String> arguments);

}
