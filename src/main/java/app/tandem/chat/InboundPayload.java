package app.tandem.chat;

/**
 * What a user sent: typed text, a command, a button press, or something Tandem does not read.
 */
public sealed interface InboundPayload {

	/** Typed text that is not a command. */
	record Text(String text) implements InboundPayload {
	}

	/** A command such as {@code /history 30}: name without the slash, lower case; arguments may be empty. */
	record Command(String name, String arguments) implements InboundPayload {
	}

	/**
	 * A press on an inline button.
	 * @param data the button's callback data
	 * @param messageId the message the button belongs to
	 * @param callbackId the id to answer the press with
	 */
	record ButtonPress(String data, int messageId, String callbackId) implements InboundPayload {
	}

	/**
	 * Anything else: stickers, photos, voice, edited messages, the bot being added to a chat.
	 * @param kind what it is
	 * @param text words that come with it, to screen for risk: a photo's, video's or document's caption, or an
	 * edited message's new text; for a membership change, the bot's new status in the chat ({@code kicked} when
	 * the person blocked it); may be {@code null}
	 */
	record Unsupported(Kind kind, String text) implements InboundPayload {

		public Unsupported(Kind kind) {
			this(kind, null);
		}

		public enum Kind {

			STICKER, PHOTO, VOICE, EDITED_MESSAGE, MEMBERSHIP_CHANGE, OTHER

		}

	}

}
