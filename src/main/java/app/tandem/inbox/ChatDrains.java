package app.tandem.inbox;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import app.tandem.chat.Inbound;

/**
 * The handling side of the inbox: for a chat with stored updates, its ordered worker goes through the chat's
 * unhandled entries, oldest first, claiming each ({@link InboxClaims}) before it hands it to the
 * {@link InboundHandler}, and marking it handled after. Whichever instance stored an update, each is handled once and
 * a chat's in update-id order.
 * <p>
 * On the embedded store this process is the store's only user: there is no other instance to keep apart from, so
 * each update is handled from memory on its chat's worker in arrival order, without reading the chat's entries back
 * (the embedded server has no secondary indexes, so each such read would scan the whole inbox).
 */
final class ChatDrains {

	private static final Logger log = LoggerFactory.getLogger(ChatDrains.class);

	private static final int REMEMBERED = 10_000;

	private final InboxClaims claims;

	/** Marks handled updates together, for the store's only user. */
	private final HandledMarks marks;

	private final InboundHandler handler;

	private final UrgentResponder urgent;

	private final ChatSerialExecutor chats;

	private final ScheduledExecutorService retries;

	private final InboxProperties properties;

	private final Clock clock;

	/** Room for chats waiting for a worker. */
	private final Semaphore room;

	/** Whether this process is the store's only user (the embedded store). */
	private final boolean soleUser;

	/** Chats whose worker has been asked to go through their entries and has not looked yet. */
	private final Set<Long> drainsQueued = ConcurrentHashMap.newKeySet();

	/** Updates this instance took in, until it handles them: they carry what the store does not keep. */
	private final Map<Long, Received> takenIn = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, false) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Received> eldest) {
			return size() > REMEMBERED;
		}
	});

	/**
	 * How long handling one update takes, from its chat's worker taking it to its replies queued (the wait in line
	 * before that not counted): {@code tandem.updates.handling} on the actuator's metrics endpoint.
	 */
	private final Timer handling;

	ChatDrains(InboxClaims claims, HandledMarks marks, InboundHandler handler, UrgentResponder urgent,
			ChatSerialExecutor chats, ScheduledExecutorService retries, InboxProperties properties, Clock clock,
			boolean soleUser, MeterRegistry meters) {
		this.soleUser = soleUser;
		this.handling = Timer.builder("tandem.updates.handling")
			.description("Handling one update, from its chat's worker taking it to its replies queued")
			.publishPercentiles(0.5, 0.99)
			.register(meters);
		this.claims = claims;
		this.marks = marks;
		this.handler = handler;
		this.urgent = urgent;
		this.chats = chats;
		this.retries = retries;
		this.properties = properties;
		this.clock = clock;
		this.room = new Semaphore(properties.maxQueued());
	}

	/**
	 * Asks the update's chat worker to go through the chat's unhandled entries. When the worker is asked already and
	 * has not looked yet, it will see this one too. When {@code maxQueued} chats wait for a worker already, this waits
	 * for room: the polling thread then stops asking Telegram for more (they stay with Telegram, unacknowledged) until
	 * the workers catch up, instead of memory filling up.
	 */
	void dispatch(Received received) {
		if (soleUser) {
			handleFromMemory(received);
			return;
		}
		takenIn.put(received.inbound().updateId(), received);
		requestDrain(received.inbound().chatId());
	}

	private void requestDrain(long chatId) {
		if (!drainsQueued.add(chatId)) {
			return;
		}
		room.acquireUninterruptibly();
		try {
			chats.submit(chatId, () -> drain(chatId));
		}
		catch (RejectedExecutionException ex) {
			room.release();
			drainsQueued.remove(chatId);
			log.info("Stopping: updates of chat {} stay stored and are handled after the restart", chatId);
		}
	}

	/**
	 * Handles the chat's unhandled entries oldest first, each once claimed; stops when there are none, or when
	 * another instance holds the oldest (it goes on with the rest), or when the store fails (tried again shortly).
	 */
	private void drain(long chatId) {
		drainsQueued.remove(chatId);
		try {
			InboxEntry entry;
			while ((entry = claims.claimNext(chatId)) != null) {
				handle(entry);
				long updateId = entry.updateId();
				if (!markHandled(updateId)) {
					retries.schedule(() -> markHandledLater(updateId, chatId), 2, TimeUnit.SECONDS);
					return;
				}
			}
		}
		catch (DataAccessException ex) {
			log.warn("Could not claim the next update of chat {}; trying again shortly", chatId);
			retries.schedule(() -> requestDrain(chatId), 2, TimeUnit.SECONDS);
		}
		finally {
			room.release();
		}
	}

	private void handleFromMemory(Received received) {
		long chatId = received.inbound().chatId();
		room.acquireUninterruptibly();
		try {
			chats.submit(chatId, () -> {
				try {
					handle(received.inbound(), received.answeredUrgently());
					marks.mark(received.inbound().updateId());
				}
				finally {
					room.release();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			room.release();
			log.info("Stopping: update {} stays stored and is handled after the restart", received.inbound().updateId());
		}
	}

	private void handle(InboxEntry entry) {
		Received local = takenIn.remove(entry.updateId());
		if (local != null) {
			handle(local.inbound(), local.answeredUrgently());
		}
		else {
			Inbound inbound = entry.toInbound();
			handle(inbound, answeredUrgently(entry, inbound));
		}
	}

	/** Whether crisis help went out for a stored update; screened again when an earlier version stored it. */
	private boolean answeredUrgently(InboxEntry entry, Inbound inbound) {
		return (entry.answeredUrgently() != null) ? entry.answeredUrgently() : urgent.respond(inbound);
	}

	private void handle(Inbound inbound, boolean answeredUrgently) {
		long start = System.nanoTime();
		try {
			handler.handle(inbound, answeredUrgently);
			handling.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
		}
		catch (RuntimeException ex) {
			log.error("Handling update {} failed", inbound.updateId(), ex);
			handler.handlingFailed(inbound);
		}
	}

	private boolean markHandled(long updateId) {
		try {
			claims.markHandled(updateId, clock.instant(), properties.retention());
			return true;
		}
		catch (DataAccessException ex) {
			log.warn("Could not mark update {} handled; its chat waits until it is marked", updateId);
			return false;
		}
	}

	/** A handled update the store could not mark: its chat goes on once it is marked (never handled twice here). */
	private void markHandledLater(long updateId, long chatId) {
		if (markHandled(updateId)) {
			requestDrain(chatId);
		}
		else {
			retries.schedule(() -> markHandledLater(updateId, chatId), 2, TimeUnit.SECONDS);
		}
	}

	/**
	 * Handles what was received but not handled before, oldest first in each chat, claiming each entry as any
	 * handling does: an entry another instance is handling (a live claim) is left to it, one whose claim ran out (its
	 * instance died) is taken over.
	 */
	void replayUnhandled() {
		if (soleUser) {
			List<InboxEntry> unhandled = claims.unhandled();
			if (!unhandled.isEmpty()) {
				log.info("Replaying {} update(s) received but not handled before the last stop", unhandled.size());
			}
			unhandled.forEach(entry -> {
				Inbound inbound = entry.toInbound();
				handleFromMemory(new Received(inbound, answeredUrgently(entry, inbound)));
			});
			return;
		}
		List<Long> chatIds = claims.chatsWithUnclaimedEntries();
		if (!chatIds.isEmpty()) {
			log.info("Replaying the updates of {} chat(s) received but not handled before", chatIds.size());
		}
		chatIds.forEach(this::requestDrain);
	}

	/**
	 * Goes on with the chats whose oldest update is claimed by an instance that died (its claim ran out), so they do
	 * not wait for their next update or a restart. Not needed on the embedded store, whose only user claims nothing.
	 */
	void takeOverAbandoned() {
		if (soleUser) {
			return;
		}
		try {
			List<Long> chatIds = claims.chatsWithAbandonedClaims();
			if (!chatIds.isEmpty()) {
				log.info("Taking over the updates of {} chat(s) from an instance that stopped answering", chatIds.size());
			}
			chatIds.forEach(this::requestDrain);
		}
		catch (DataAccessException ex) {
			log.debug("Could not look for abandoned updates; trying again later");
		}
	}

	/** How often {@link #takeOverAbandoned()} runs: twice per claim lease. */
	long takeOverEveryMillis() {
		return Math.max(claims.lease().toMillis() / 2, 500);
	}

	/** Whether every chat worker asked to go through its entries is done, and every update handled marked so. */
	boolean isIdle() {
		return chats.isIdle() && marks.isIdle();
	}

}
