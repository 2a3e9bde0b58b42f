package app.tandem.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;

import app.tandem.outbox.BotApi.Outcome;
import app.tandem.outbox.SendResult.Failed;
import app.tandem.outbox.SendResult.Reason;
import app.tandem.store.StoreOutage;

/**
 * What becomes of a message once Telegram answered its call, or did not in time: delivered, retried after a wait
 * (a 429 pauses the other lanes too), given up on, or failed with everything queued for a chat that blocked the bot.
 * Each outcome is told to the sender, recorded on the message's document and, for a tagged message, published
 * ({@link MessageDelivered}, {@link MessageNotDelivered}, {@link ChatUnreachable}). An outcome the store could not
 * take (it was down) is kept and written again by the outbox's keeper ({@link #retryUnrecorded()}).
 */
final class Outcomes {

	private static final Logger log = LoggerFactory.getLogger(Outcomes.class);

	private final OutboxStore store;

	private final SendWindow window;

	private final OutboxProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final StoreOutage outage;

	/** The results of messages left in the store for a claim (shared with the outbox, which adds them). */
	private final Map<String, CompletableFuture<SendResult>> waiting;

	/** Outcome writes that failed while the store was down, retried by the keeper. */
	private final ConcurrentLinkedQueue<Runnable> unrecorded = new ConcurrentLinkedQueue<>();

	/** Writes delivery records together; set when the outbox starts. */
	private SentRecords sentRecords;

	Outcomes(OutboxStore store, SendWindow window, OutboxProperties properties, Clock clock,
			ApplicationEventPublisher events, StoreOutage outage, Map<String, CompletableFuture<SendResult>> waiting) {
		this.store = store;
		this.window = window;
		this.properties = properties;
		this.clock = clock;
		this.events = events;
		this.outage = outage;
		this.waiting = waiting;
	}

	/** Delivery records are written from then on by {@code recordsWriter} (see {@link SentRecords}). */
	void start(ScheduledExecutorService recordsWriter) {
		sentRecords = new SentRecords(store, recordsWriter, sent -> {
			outage.noticed();
			unrecorded.add(() -> store.sent(sent.id(), sent.messageId(), sent.at()));
		});
	}

	/** Whether every delivery is recorded (or none was ever made). */
	boolean allRecorded() {
		return sentRecords == null || sentRecords.isIdle();
	}

	/** Writes again, in order, the outcomes the store could not take; stops at the first it still refuses. */
	void retryUnrecorded() {
		Runnable write;
		while ((write = unrecorded.peek()) != null) {
			write.run();
			unrecorded.poll();
		}
	}

	/** Runs on the outcome workers, with no lock held except for the brief queue changes. */
	void settle(Envelope envelope, Outcome outcome) {
		Instant now = clock.instant();
		if (outcome instanceof Outcome.Ok ok) {
			window.done(envelope);
			delivered(envelope, ok.messageId(), now);
		}
		else if (outcome instanceof Outcome.RetryAfter retry) {
			log.warn("Telegram asked to slow down: pausing chat {} and the non-crisis lanes for {} s", envelope.chatId,
					retry.delay().toSeconds());
			envelope.attempts--;
			retryAfter(envelope, retry.delay(), true);
		}
		else if (outcome instanceof Outcome.Transient failure) {
			if (Duration.between(envelope.createdAt, now).compareTo(properties.giveUpAfter()) > 0) {
				log.error("Gave up a {} for chat {} after {} attempts over {}: {}", envelope.kind(), envelope.chatId,
						envelope.attempts, properties.giveUpAfter(), failure.reason());
				fail(envelope, Reason.GAVE_UP, now);
				return;
			}
			long backoff = Math.min(properties.initialBackoff().toNanos() << Math.min(envelope.attempts - 1, 20),
					properties.maxBackoff().toNanos());
			log.info("A {} for chat {} failed ({}); trying again in {} ms", envelope.kind(), envelope.chatId,
					failure.reason(), TimeUnit.NANOSECONDS.toMillis(backoff));
			retryAfter(envelope, Duration.ofNanos(backoff), false);
		}
		else if (outcome instanceof Outcome.Forbidden) {
			unreachable(envelope, now);
		}
		else if (outcome instanceof Outcome.Rejected rejected) {
			log.warn("Telegram rejected a {} for chat {}: {} {}", envelope.kind(), envelope.chatId, rejected.code(),
					rejected.reason());
			fail(envelope, Reason.REJECTED, now);
		}
	}

	/**
	 * A call the outbox had stopped waiting for was answered after all. If it went through and its retry is still
	 * waiting, the retry is dropped and the message counts as delivered; if the retry is already out, the message
	 * may arrive twice (the Bot API has no idempotency key), which is logged.
	 */
	void lateAnswer(Envelope envelope, Outcome outcome) {
		if (!(outcome instanceof Outcome.Ok ok)) {
			return;
		}
		if (!window.dropRetry(envelope)) {
			log.info("A {} for chat {} was answered after its retry had gone out; it may arrive twice",
					envelope.kind(), envelope.chatId);
			return;
		}
		log.info("A {} for chat {} was answered late; its retry is dropped", envelope.kind(), envelope.chatId);
		delivered(envelope, ok.messageId(), clock.instant());
	}

	/** Tells the sender, records it on the document, and publishes it for a tagged message. */
	private void delivered(Envelope envelope, Integer messageId, Instant now) {
		envelope.result.complete(new SendResult.Delivered(messageId));
		if (envelope.stored) {
			sentRecords.add(envelope.id, messageId, now);
		}
		if (envelope.tag != null) {
			publish(new MessageDelivered(envelope.chatId, envelope.tag, messageId));
		}
	}

	private void retryAfter(Envelope envelope, Duration wait, boolean pauseOthers) {
		window.retryAfter(envelope, wait, pauseOthers);
		if (envelope.stored) {
			int attempts = envelope.attempts;
			Instant notBefore = clock.instant().plus(wait);
			record(() -> store.retryAt(envelope.id, attempts, notBefore), null);
		}
	}

	private void fail(Envelope envelope, Reason reason, Instant now) {
		window.done(envelope);
		envelope.result.complete(new Failed(reason));
		record(() -> store.failed(envelope.id, reason, now), envelope);
		if (envelope.tag != null) {
			publish(new MessageNotDelivered(envelope.chatId, envelope.tag, reason));
		}
	}

	/** 403: this message and everything queued for the chat fail; the chat's owner module pauses what it sends. */
	private void unreachable(Envelope envelope, Instant now) {
		List<Envelope> queued = window.takeAllFor(envelope.chatId);
		// Listeners (pausing the person's schedules) run before any sender learns the send failed.
		publish(new ChatUnreachable(envelope.chatId, now));
		fail(envelope, Reason.UNREACHABLE, now);
		for (Envelope other : queued) {
			other.result.complete(new Failed(Reason.UNREACHABLE));
			if (other.tag != null && !other.stored) {
				publish(new MessageNotDelivered(other.chatId, other.tag, Reason.UNREACHABLE));
			}
		}
		try {
			for (OutboxEntry failed : store.failQueued(envelope.chatId, Reason.UNREACHABLE, now)) {
				CompletableFuture<SendResult> result = waiting.remove(failed.id());
				if (result != null) {
					result.complete(new Failed(Reason.UNREACHABLE));
				}
				if (failed.tag() != null) {
					publish(new MessageNotDelivered(failed.chatId(), failed.tag(), Reason.UNREACHABLE));
				}
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not record chat {}'s queued messages as undeliverable", envelope.chatId);
		}
	}

	private void record(Runnable write, Envelope envelope) {
		if (envelope != null && !envelope.stored) {
			return;
		}
		try {
			write.run();
		}
		catch (DataAccessException ex) {
			outage.noticed();
			unrecorded.add(write);
		}
	}

	private void publish(Object event) {
		try {
			events.publishEvent(event);
		}
		catch (RuntimeException ex) {
			log.error("A listener failed on {}", event.getClass().getSimpleName(), ex);
		}
	}

}
