package app.tandem.outbox;

import java.util.concurrent.CompletableFuture;

import app.tandem.chat.OutboundMessage;

/**
 * One message on its way: where to, on which lane, how often it was tried, and the promise of its result.
 * Mutable, and guarded by the {@link Outbox}'s lock.
 */
final class Envelope {

	final long chatId;

	final OutboundMessage message;

	final Lane lane;

	final CompletableFuture<SendResult> result = new CompletableFuture<>();

	int attempts;

	int rateLimitWaits;

	/** {@link System#nanoTime()} before which it must not be sent (a retry's backoff). */
	long notBefore;

	Envelope(long chatId, OutboundMessage message, Lane lane) {
		this.chatId = chatId;
		this.message = message;
		this.lane = lane;
		this.notBefore = System.nanoTime();
	}

	String kind() {
		return message.getClass().getSimpleName();
	}

}
