package app.tandem.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import app.tandem.chat.OutboundMessage;
import app.tandem.outbox.BotApi.Outcome;
import app.tandem.outbox.SendResult.Failed;
import app.tandem.outbox.SendResult.Reason;

/**
 * Sends everything Tandem says, one dispatcher thread deciding what goes next (see {@link SendQueue}):
 * <ul>
 * <li>lanes in priority order, so a crisis message overtakes a backlog of scheduled pings;</li>
 * <li>one message in flight per chat, so a chat's messages arrive in the order they were queued;</li>
 * <li>a global token bucket and a per-chat bucket (a small burst, then about one a second);</li>
 * <li>HTTP 429 pauses all sending for {@code retry_after}; 5xx and timeouts retry with doubling backoff, then give
 * up with a logged error; 403 fails the chat's queued messages and publishes {@link ChatUnreachable}.</li>
 * </ul>
 * The calls themselves are asynchronous, so a slow Bot API call never holds up other chats.
 */
@Component
public class Outbox implements SmartLifecycle {

	public static final int PHASE = 0;

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private static final int MAX_RATE_LIMIT_WAITS = 10;

	private static final Duration DRAIN_ON_STOP = Duration.ofSeconds(5);

	private final BotApi api;

	private final OutboxProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = lock.newCondition();

	private final SendQueue queue;

	private long pausedUntil = System.nanoTime();

	private volatile boolean running;

	private Thread dispatcher;

	Outbox(BotApi api, OutboxProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.api = api;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		this.queue = new SendQueue(properties);
	}

	/**
	 * Queues a message for a chat.
	 * @return completes when the message was delivered or given up on; never completes exceptionally
	 */
	public CompletableFuture<SendResult> send(long chatId, OutboundMessage message, Lane lane) {
		Envelope envelope = new Envelope(chatId, message, lane);
		lock.lock();
		try {
			queue.add(envelope);
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
		return envelope.result;
	}

	/** How many messages wait to be sent. */
	public int backlog() {
		lock.lock();
		try {
			return queue.size();
		}
		finally {
			lock.unlock();
		}
	}

	private void dispatch() {
		while (running) {
			Envelope next = null;
			lock.lock();
			try {
				long now = System.nanoTime();
				SendQueue.Pick pick = (now < pausedUntil) ? new SendQueue.Pick(null, pausedUntil) : queue.next(now);
				next = pick.envelope();
				if (next == null) {
					changed.awaitNanos(Math.max(pick.wakeAt() - now, 1_000_000L));
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				lock.unlock();
			}
			if (next != null) {
				call(next);
			}
		}
	}

	private void call(Envelope envelope) {
		envelope.attempts++;
		CompletableFuture<Outcome> call;
		try {
			call = api.call(envelope.chatId, envelope.message);
		}
		catch (RuntimeException ex) {
			call = CompletableFuture.failedFuture(ex);
		}
		call.whenComplete((outcome, failure) -> settle(envelope,
				(failure != null) ? new Outcome.Transient(failure.getClass().getSimpleName()) : outcome));
	}

	private void settle(Envelope envelope, Outcome outcome) {
		List<Envelope> unreachable = List.of();
		lock.lock();
		try {
			queue.release(envelope.chatId);
			if (outcome instanceof Outcome.Ok ok) {
				envelope.result.complete(new SendResult.Delivered(ok.messageId()));
			}
			else if (outcome instanceof Outcome.RetryAfter retry) {
				rateLimited(envelope, retry.delay());
			}
			else if (outcome instanceof Outcome.Forbidden) {
				unreachable = new ArrayList<>(List.of(envelope));
				unreachable.addAll(queue.takeAllFor(envelope.chatId));
			}
			else if (outcome instanceof Outcome.Transient failure) {
				retryLater(envelope, failure.reason());
			}
			else if (outcome instanceof Outcome.Rejected rejected) {
				log.warn("Telegram rejected a {} for chat {}: {} {}", envelope.kind(), envelope.chatId,
						rejected.code(), rejected.reason());
				envelope.result.complete(new Failed(Reason.REJECTED));
			}
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
		if (!unreachable.isEmpty()) {
			// Listeners (pausing the user's schedules) run before anyone learns the send failed.
			events.publishEvent(new ChatUnreachable(envelope.chatId, clock.instant()));
			unreachable.forEach(failed -> failed.result.complete(new Failed(Reason.UNREACHABLE)));
		}
	}

	private void rateLimited(Envelope envelope, Duration wait) {
		envelope.attempts--;
		envelope.rateLimitWaits++;
		pausedUntil = Math.max(pausedUntil, System.nanoTime() + wait.toNanos());
		log.warn("Telegram asked to slow down: pausing all sends for {} s", wait.toSeconds());
		if (envelope.rateLimitWaits > MAX_RATE_LIMIT_WAITS) {
			log.error("Gave up a {} for chat {} after {} rate-limit waits", envelope.kind(), envelope.chatId,
					MAX_RATE_LIMIT_WAITS);
			envelope.result.complete(new Failed(Reason.GAVE_UP));
			return;
		}
		queue.putBack(envelope);
	}

	private void retryLater(Envelope envelope, String reason) {
		if (envelope.attempts >= properties.maxAttempts()) {
			log.error("Gave up a {} for chat {} after {} attempts: {}", envelope.kind(), envelope.chatId,
					envelope.attempts, reason);
			envelope.result.complete(new Failed(Reason.GAVE_UP));
			return;
		}
		long backoff = properties.initialBackoff().toNanos() << (envelope.attempts - 1);
		envelope.notBefore = System.nanoTime() + backoff;
		queue.putBack(envelope);
	}

	@Override
	public void start() {
		running = true;
		dispatcher = new Thread(this::dispatch, "outbox-dispatcher");
		dispatcher.setDaemon(true);
		dispatcher.start();
	}

	/** Gives queued messages a few seconds to go out, then stops. */
	@Override
	public void stop() {
		long deadline = System.nanoTime() + DRAIN_ON_STOP.toNanos();
		lock.lock();
		try {
			while (queue.size() > 0 && System.nanoTime() < deadline) {
				changed.awaitNanos(TimeUnit.MILLISECONDS.toNanos(50));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		finally {
			lock.unlock();
		}
		running = false;
		if (dispatcher != null) {
			dispatcher.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

}
