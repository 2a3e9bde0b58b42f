package app.tandem.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The messages this instance holds to send: at most {@code window} of them, in flight included, ordered by a
 * {@link SendQueue}. A message bound for the store reserves its room before it is written, so the window never holds
 * more than its size; a message that never goes to the store (the crisis lane, or any while the store is down) takes
 * its room even when the window is full. Thread-safe: every method holds one lock briefly, and none calls out.
 */
final class SendWindow {

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = lock.newCondition();

	private final SendQueue queue;

	private final int size;

	/** Messages in the window, in flight included. */
	private int held;

	/** Until when the lanes other than the crisis lane wait ({@link System#nanoTime()}): Telegram asked for it. */
	private long othersPausedUntil = System.nanoTime();

	SendWindow(OutboxProperties properties) {
		this.queue = new SendQueue(properties);
		this.size = properties.window();
	}

	/** Takes a room for a message about to be written to the store; false if the window is full. */
	boolean reserve() {
		lock.lock();
		try {
			if (held >= size) {
				return false;
			}
			held++;
			return true;
		}
		finally {
			lock.unlock();
		}
	}

	/** Queues a message whose room was reserved. */
	void addReserved(Envelope envelope) {
		lock.lock();
		try {
			queue.add(envelope);
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	/** Queues a message that takes its room whether or not the window is full: it is in memory only. */
	void addOverflowing(Envelope envelope) {
		lock.lock();
		try {
			held++;
			queue.add(envelope);
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	/** Queues messages claimed from the store for the room {@link #roomToFill()} gave. */
	void addClaimed(List<Envelope> claimed) {
		lock.lock();
		try {
			held += claimed.size();
			claimed.forEach(queue::add);
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * How many messages to claim from the store: the room left once the window is at least half empty (or empty), else
	 * 0. With a large backlog, claiming the few sent since the last look would read the whole queue every time, while
	 * half a window still holds seconds of sending.
	 */
	int roomToFill() {
		lock.lock();
		try {
			int room = size - held;
			return (room <= 0 || (held > 0 && room < size / 2)) ? 0 : room;
		}
		finally {
			lock.unlock();
		}
	}

	/** A message leaves the window without having been in flight (its write failed, or it was queued before). */
	void leave() {
		lock.lock();
		try {
			held--;
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * The next message that may go now, marked in flight; or, after waiting until one may (at most until the window
	 * changes), null.
	 */
	Envelope next() throws InterruptedException {
		lock.lock();
		try {
			long now = System.nanoTime();
			SendQueue.Pick pick = queue.next(now, othersPausedUntil);
			if (pick.envelope() == null) {
				changed.awaitNanos(Math.max(pick.wakeAt() - now, 1_000_000L));
			}
			return pick.envelope();
		}
		finally {
			lock.unlock();
		}
	}

	/** The message's call is over: it leaves the window, and its chat may have its next one. */
	void done(Envelope envelope) {
		lock.lock();
		try {
			queue.release(envelope.chatId);
			held--;
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * The message's call failed: it goes back to the head of its lane, to be tried after {@code wait}; with
	 * {@code pauseOthers}, every lane but the crisis lane waits as long.
	 */
	void retryAfter(Envelope envelope, Duration wait, boolean pauseOthers) {
		long until = System.nanoTime() + wait.toNanos();
		lock.lock();
		try {
			envelope.notBefore = until;
			if (pauseOthers) {
				othersPausedUntil = Math.max(othersPausedUntil, until);
			}
			queue.release(envelope.chatId);
			queue.putBack(envelope);
			changed.signalAll();
		}
		finally {
			lock.unlock();
		}
	}

	/** Takes a message waiting for its retry out of the window; false if the retry has gone out already. */
	boolean dropRetry(Envelope envelope) {
		lock.lock();
		try {
			if (!queue.remove(envelope)) {
				return false;
			}
			held--;
			changed.signalAll();
			return true;
		}
		finally {
			lock.unlock();
		}
	}

	/** Takes every message queued for the chat out of the window. */
	List<Envelope> takeAllFor(long chatId) {
		lock.lock();
		try {
			List<Envelope> taken = new ArrayList<>(queue.takeAllFor(chatId));
			held -= taken.size();
			changed.signalAll();
			return taken;
		}
		finally {
			lock.unlock();
		}
	}

	/** How many messages wait in the window that are in memory only. */
	long memoryOnly() {
		lock.lock();
		try {
			return queue.count(envelope -> !envelope.stored);
		}
		finally {
			lock.unlock();
		}
	}

	/** How many messages wait in the window, not counting those in flight. */
	int waiting() {
		lock.lock();
		try {
			return queue.size();
		}
		finally {
			lock.unlock();
		}
	}

	boolean othersArePaused() {
		lock.lock();
		try {
			return System.nanoTime() < othersPausedUntil;
		}
		finally {
			lock.unlock();
		}
	}

	boolean isEmpty() {
		lock.lock();
		try {
			return held == 0;
		}
		finally {
			lock.unlock();
		}
	}

	/** Waits until the window is empty or the time is up; whether it is empty. */
	boolean awaitEmpty(Duration atMost) throws InterruptedException {
		long deadline = System.nanoTime() + atMost.toNanos();
		lock.lock();
		try {
			while (held > 0 && System.nanoTime() < deadline) {
				changed.awaitNanos(TimeUnit.MILLISECONDS.toNanos(50));
			}
			return held == 0;
		}
		finally {
			lock.unlock();
		}
	}

}
