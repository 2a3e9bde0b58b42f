package app.tandem.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
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
 * Sends everything Tandem says, one dispatcher thread deciding what goes next:
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

	private final Map<Lane, Deque<Envelope>> lanes = new EnumMap<>(Lane.class);

	private final Map<Long, ChatPace> chats = new HashMap<>();

	private final Bucket global;

	private long pausedUntil = System.nanoTime();

	private volatile boolean running;

	private Thread dispatcher;

	Outbox(BotApi api, OutboxProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.api = api;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
		for (Lane lane : Lane.values()) {
			lanes.put(lane, new ArrayDeque<>());
		}
		this.global = Bucket.builder()
			.addLimit(limit -> limit.capacity(properties.globalPerSecond())
				.refillGreedy(properties.globalPerSecond(), Duration.ofSeconds(1)))
			.build();
	}

	/**
	 * Queues a message for a chat.
	 * @return completes when the message was delivered or given up on; never completes exceptionally
	 */
	public CompletableFuture<SendResult> send(long chatId, OutboundMessage message, Lane lane) {
		Envelope envelope = new Envelope(chatId, message, lane);
		lock.lock();
		try {
			lanes.get(lane).addLast(envelope);
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
			return lanes.values().stream().mapToInt(Deque::size).sum();
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
				long wakeAt = now + TimeUnit.SECONDS.toNanos(1);
				if (now < pausedUntil) {
					wakeAt = pausedUntil;
				}
				else {
					var globalProbe = global.estimateAbilityToConsume(1);
					if (!globalProbe.canBeConsumed()) {
						wakeAt = now + globalProbe.getNanosToWaitForRefill();
					}
					else {
						Pick pick = pickReady(now);
						next = pick.envelope();
						wakeAt = Math.min(wakeAt, pick.wakeAt());
					}
				}
				if (next == null) {
					changed.awaitNanos(Math.max(wakeAt - now, 1_000_000L));
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

	/** The first envelope, by lane priority then age, whose chat may receive a message now. */
	private Pick pickReady(long now) {
		Set<Long> waiting = new HashSet<>();
		long wakeAt = Long.MAX_VALUE;
		for (Lane lane : Lane.values()) {
			for (Iterator<Envelope> it = lanes.get(lane).iterator(); it.hasNext();) {
				Envelope envelope = it.next();
				if (waiting.contains(envelope.chatId)) {
					continue;
				}
				ChatPace chat = chats.computeIfAbsent(envelope.chatId, id -> new ChatPace(newChatBucket()));
				if (chat.inFlight || envelope.notBefore > now) {
					waiting.add(envelope.chatId);
					if (!chat.inFlight) {
						wakeAt = Math.min(wakeAt, envelope.notBefore);
					}
					continue;
				}
				if (envelope.message.isChatMessage()) {
					ConsumptionProbe probe = chat.bucket.tryConsumeAndReturnRemaining(1);
					if (!probe.isConsumed()) {
						waiting.add(envelope.chatId);
						wakeAt = Math.min(wakeAt, now + probe.getNanosToWaitForRefill());
						continue;
					}
				}
				global.tryConsume(1);
				it.remove();
				chat.inFlight = true;
				chat.lastUsed = now;
				return new Pick(envelope, wakeAt);
			}
		}
		forgetIdleChats(now);
		return new Pick(null, wakeAt);
	}

	private void forgetIdleChats(long now) {
		if (chats.size() > 10_000) {
			chats.values().removeIf(chat -> !chat.inFlight && now - chat.lastUsed > TimeUnit.MINUTES.toNanos(1));
		}
	}

	private Bucket newChatBucket() {
		Bandwidth limit = Bandwidth.builder()
			.capacity(properties.perChatBurst())
			.refillGreedy(properties.perChatPerSecond(), Duration.ofSeconds(1))
			.build();
		return Bucket.builder().addLimit(limit).build();
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
		boolean unreachable = false;
		lock.lock();
		try {
			chats.get(envelope.chatId).inFlight = false;
			if (outcome instanceof Outcome.Ok ok) {
				envelope.result.complete(new SendResult.Delivered(ok.messageId()));
			}
			else if (outcome instanceof Outcome.RetryAfter retry) {
				rateLimited(envelope, retry.delay());
			}
			else if (outcome instanceof Outcome.Forbidden) {
				unreachable = true;
				failQueuedFor(envelope.chatId);
				envelope.result.complete(new Failed(Reason.UNREACHABLE));
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
		if (unreachable) {
			events.publishEvent(new ChatUnreachable(envelope.chatId, clock.instant()));
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
		lanes.get(envelope.lane).addFirst(envelope);
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
		lanes.get(envelope.lane).addFirst(envelope);
	}

	private void failQueuedFor(long chatId) {
		for (Deque<Envelope> lane : lanes.values()) {
			lane.removeIf(queued -> {
				if (queued.chatId != chatId) {
					return false;
				}
				queued.result.complete(new Failed(Reason.UNREACHABLE));
				return true;
			});
		}
	}

	@Override
	public void start() {
		running = true;
		dispatcher = new Thread(this::dispatch, "outbox-dispatcher");
		dispatcher.setDaemon(true);
		dispatcher.start();
	}

	@Override
	public void stop() {
		long deadline = System.nanoTime() + DRAIN_ON_STOP.toNanos();
		while (backlog() > 0 && System.nanoTime() < deadline) {
			lock.lock();
			try {
				changed.awaitNanos(TimeUnit.MILLISECONDS.toNanos(50));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			finally {
				lock.unlock();
			}
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

	private record Pick(Envelope envelope, long wakeAt) {
	}

	private static final class ChatPace {

		private final Bucket bucket;

		private boolean inFlight;

		private long lastUsed;

		private ChatPace(Bucket bucket) {
			this.bucket = bucket;
		}

	}

	private static final class Envelope {

		private final long chatId;

		private final OutboundMessage message;

		private final Lane lane;

		private final CompletableFuture<SendResult> result = new CompletableFuture<>();

		private int attempts;

		private int rateLimitWaits;

		private long notBefore;

		private Envelope(long chatId, OutboundMessage message, Lane lane) {
			this.chatId = chatId;
			this.message = message;
			this.lane = lane;
			this.notBefore = System.nanoTime();
		}

		private String kind() {
			return message.getClass().getSimpleName();
		}

	}

}
