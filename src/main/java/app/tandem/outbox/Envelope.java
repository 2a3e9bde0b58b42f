package app.tandem.outbox;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import app.tandem.chat.OutboundMessage;

/**
 * One message this instance is about to send: where to, on which lane, how often it was tried, and the promise of
 * its result in this process. Mutable, and guarded by the {@link Outbox}'s lock.
 */
final class Envelope {

	final String id;

	final long chatId;

	final OutboundMessage message;

	final Lane lane;

	final String tag;

	final Instant createdAt;

	/** Whether it is in the outbox collection; crisis messages and messages sent during a store outage are not. */
	final boolean stored;

	final CompletableFuture<SendResult> result;

	int attempts;

	/** {@link System#nanoTime()} before which it must not be sent (a retry's backoff or Telegram's retry_after). */
	long notBefore;

	Envelope(String id, long chatId, OutboundMessage message, Lane lane, String tag, Instant createdAt,
			boolean stored) {
		this(id, chatId, message, lane, tag, createdAt, stored, new CompletableFuture<>());
	}

	private Envelope(String id, long chatId, OutboundMessage message, Lane lane, String tag, Instant createdAt,
			boolean stored, CompletableFuture<SendResult> result) {
		this.result = result;
		this.id = id;
		this.chatId = chatId;
		this.message = message;
		this.lane = lane;
		this.tag = tag;
		this.createdAt = createdAt;
		this.stored = stored;
		this.notBefore = System.nanoTime();
	}

	/** A claimed message; {@code result} is the future its sender holds when it was queued by this instance. */
	static Envelope of(OutboxEntry entry, CompletableFuture<SendResult> result) {
		Envelope envelope = new Envelope(entry.id(), entry.chatId(), entry.payload().message(), entry.lane(),
				entry.tag(), entry.createdAt(), true, (result != null) ? result : new CompletableFuture<>());
		envelope.attempts = entry.attempts();
		return envelope;
	}

	String kind() {
		return message.getClass().getSimpleName();
	}

}
