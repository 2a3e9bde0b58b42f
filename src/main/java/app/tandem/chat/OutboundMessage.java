package app.tandem.chat;

import java.util.Map;

/**
 * What Tandem sends to a chat. Texts are Telegram HTML: user-provided text must be escaped with
 * {@link Html#escape(String)} before it is put in one.
 */
public sealed interface OutboundMessage {

	/** Whether Telegram counts this against the per-chat message rate (button answers and chat actions do not). */
	default boolean isChatMessage() {
		return true;
	}

	record Text(String html, Keyboard keyboard) implements OutboundMessage {

		public Text(String html) {
			this(html, null);
		}

	}

	record EditText(int messageId, String html, Keyboard keyboard) implements OutboundMessage {
	}

	/** Replaces (or with {@code null}, removes) the buttons under a message. */
	record EditKeyboard(int messageId, Keyboard keyboard) implements OutboundMessage {
	}

	/** Answers a button press, optionally with a short notice shown on top of the chat. */
	record AnswerButton(String callbackId, String notice) implements OutboundMessage {

		@Override
		public boolean isChatMessage() {
			return false;
		}

	}

	record Photo(byte[] png, String fileName, String captionHtml) implements OutboundMessage {
	}

	/**
	 * A picture drawn when it is sent, by the renderer of that name, from a few arguments: a queue of thousands of
	 * weekly charts holds arguments, not images.
	 */
	record DrawnPhoto(String renderer, Map<String, String> arguments, String fileName, String captionHtml)
			implements OutboundMessage {
	}

	record Document(byte[] content, String fileName, String captionHtml) implements OutboundMessage {
	}

	record ChatAction(Action action) implements OutboundMessage {

		@Override
		public boolean isChatMessage() {
			return false;
		}

		public enum Action {

			TYPING, UPLOAD_PHOTO, UPLOAD_DOCUMENT

		}

	}

	/** Leaves a group or channel Tandem was added to. */
	record LeaveChat() implements OutboundMessage {
	}

}
