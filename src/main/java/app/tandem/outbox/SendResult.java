package app.tandem.outbox;

/**
 * How a send ended.
 */
public sealed interface SendResult {

	/** Delivered; {@code messageId} is the id of the message sent or edited, when Telegram returns one. */
	record Delivered(Integer messageId) implements SendResult {
	}

	/** Queued before under the same id (a scheduled occurrence run again): not queued twice. */
	record AlreadyQueued() implements SendResult {
	}

	/** Not delivered, for good. */
	record Failed(Reason reason) implements SendResult {
	}

	enum Reason {

		/** The user blocked the bot or the chat is gone. */
		UNREACHABLE,
		/** Telegram rejected the request as invalid. */
		REJECTED,
		/** Telegram kept failing or timing out, and the retries ran out. */
		GAVE_UP

	}

}
