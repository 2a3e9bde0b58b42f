package app.tandem.outbox;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import app.tandem.chat.OutboundMessage;

/**
 * The port to the Bot API, implemented by the telegram adapter. One call, one outcome; the outbox decides what
 * to do about it.
 */
public interface BotApi {

	CompletableFuture<Outcome> call(long chatId, OutboundMessage message);

	sealed interface Outcome {

		record Ok(Integer messageId) implements Outcome {
		}

		/** HTTP 429: wait before sending anything else. */
		record RetryAfter(Duration delay) implements Outcome {
		}

		/** HTTP 403: blocked by the user, or the chat is gone. */
		record Forbidden() implements Outcome {
		}

		/** 5xx, a timeout or a broken connection: worth another try. */
		record Transient(String reason) implements Outcome {
		}

		/** Any other 4xx: the request itself is wrong; retrying will not help. */
		record Rejected(int code, String reason) implements Outcome {
		}

	}

}
