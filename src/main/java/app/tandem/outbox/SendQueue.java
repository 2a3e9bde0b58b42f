package app.tandem.outbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Which message may go next: lanes in priority order, within a lane oldest first, skipping chats that have a
 * message in flight, are waiting for a retry, or have used up their per-chat bucket; all within a global bucket.
 * Not thread-safe: the {@link SendWindow} calls it under its lock.
 */
final class SendQueue {

	private static final long IDLE_CHAT = TimeUnit.MINUTES.toNanos(1);

	private static final int CHATS_BEFORE_CLEANUP = 10_000;

	private final Map<Lane, Deque<Envelope>> lanes = new EnumMap<>(Lane.class);

	private final Map<Long, ChatPace> chats = new HashMap<>();

	private final Bucket global;

	private final OutboxProperties properties;

	SendQueue(OutboxProperties properties) {
		this.properties = properties;
		for (Lane lane : Lane.values()) {
			lanes.put(lane, new ArrayDeque<>());
		}
		this.global = Bucket.builder()
			.addLimit(limit -> limit.capacity(properties.globalPerSecond())
				.refillGreedy(properties.globalPerSecond(), Duration.ofSeconds(1)))
			.build();
	}

	void add(Envelope envelope) {
		lanes.get(envelope.lane).addLast(envelope);
	}

	/** Puts a message back at the head of its lane, ahead of its chat's later messages. */
	void putBack(Envelope envelope) {
		lanes.get(envelope.lane).addFirst(envelope);
	}

	/** Takes a waiting message out of its lane; whether it was there. */
	boolean remove(Envelope envelope) {
		return lanes.get(envelope.lane).remove(envelope);
	}

	long count(Predicate<Envelope> filter) {
		return lanes.values().stream().flatMap(Deque::stream).filter(filter).count();
	}

	int size() {
		return lanes.values().stream().mapToInt(Deque::size).sum();
	}

	/** The chat's message finished (whatever the outcome): its next one may go. */
	void release(long chatId) {
		ChatPace chat = chats.get(chatId);
		if (chat != null) {
			chat.inFlight = false;
		}
	}

	/** Takes every queued message for the chat out of the lanes. */
	List<Envelope> takeAllFor(long chatId) {
		List<Envelope> taken = new ArrayList<>();
		for (Deque<Envelope> lane : lanes.values()) {
			lane.removeIf(queued -> queued.chatId == chatId && taken.add(queued));
		}
		return taken;
	}

	/**
	 * The next message to send now, marked in flight; or none, with the {@link System#nanoTime()} at which to look
	 * again.
	 */
	Pick next(long now, long othersPausedUntil) {
		var globalProbe = global.estimateAbilityToConsume(1);
		if (!globalProbe.canBeConsumed()) {
			return new Pick(null, now + globalProbe.getNanosToWaitForRefill());
		}
		Set<Long> waiting = new HashSet<>();
		long wakeAt = now + TimeUnit.SECONDS.toNanos(1);
		for (Lane lane : Lane.values()) {
			if (lane != Lane.CRISIS && now < othersPausedUntil) {
				wakeAt = Math.min(wakeAt, othersPausedUntil);
				continue;
			}
			for (Iterator<Envelope> it = lanes.get(lane).iterator(); it.hasNext();) {
				Envelope envelope = it.next();
				if (waiting.contains(envelope.chatId)) {
					continue;
				}
				ChatPace chat = chats.computeIfAbsent(envelope.chatId, id -> new ChatPace(newChatBucket()));
				long readyAt = readyAt(chat, envelope, now);
				if (readyAt > now) {
					waiting.add(envelope.chatId);
					wakeAt = Math.min(wakeAt, readyAt);
					continue;
				}
				global.tryConsume(1);
				it.remove();
				chat.inFlight = true;
				chat.lastUsed = now;
				return new Pick(envelope, now);
			}
		}
		forgetIdleChats(now);
		return new Pick(null, wakeAt);
	}

	/** When this chat may get this message: now, later, or (while another is in flight) when that one is done. */
	private long readyAt(ChatPace chat, Envelope envelope, long now) {
		if (chat.inFlight) {
			return Long.MAX_VALUE;
		}
		if (envelope.notBefore > now) {
			return envelope.notBefore;
		}
		if (envelope.message.isChatMessage()) {
			ConsumptionProbe probe = chat.bucket.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				return now + probe.getNanosToWaitForRefill();
			}
		}
		return now;
	}

	private Bucket newChatBucket() {
		Bandwidth limit = Bandwidth.builder()
			.capacity(properties.perChatBurst())
			.refillGreedy(properties.perChatPerSecond(), Duration.ofSeconds(1))
			.build();
		return Bucket.builder().addLimit(limit).build();
	}

	private void forgetIdleChats(long now) {
		if (chats.size() > CHATS_BEFORE_CLEANUP) {
			chats.values().removeIf(chat -> !chat.inFlight && now - chat.lastUsed > IDLE_CHAT);
		}
	}

	record Pick(Envelope envelope, long wakeAt) {
	}

	private static final class ChatPace {

		private final Bucket bucket;

		private boolean inFlight;

		private long lastUsed;

		private ChatPace(Bucket bucket) {
			this.bucket = bucket;
		}

	}

}
