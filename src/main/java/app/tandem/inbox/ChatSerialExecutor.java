package app.tandem.inbox;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks on a shared pool, strictly one after another per chat and in parallel across chats. A chat with
 * nothing queued costs nothing.
 */
final class ChatSerialExecutor {

	private static final Logger log = LoggerFactory.getLogger(ChatSerialExecutor.class);

	private final ExecutorService pool;

	/** Per chat, the running task (at the head) and those waiting behind it. */
	private final Map<Long, Deque<Runnable>> queues = new HashMap<>();

	ChatSerialExecutor(ExecutorService pool) {
		this.pool = pool;
	}

	void submit(long chatId, Runnable task) {
		boolean idle;
		synchronized (queues) {
			Deque<Runnable> queue = queues.computeIfAbsent(chatId, id -> new ArrayDeque<>());
			queue.addLast(task);
			idle = queue.size() == 1;
		}
		if (idle) {
			pool.execute(() -> drain(chatId));
		}
	}

	private void drain(long chatId) {
		while (true) {
			Runnable task;
			synchronized (queues) {
				task = queues.get(chatId).peekFirst();
			}
			try {
				task.run();
			}
			catch (RuntimeException | Error ex) {
				// Never wedge the chat: whatever one task throws, the chat's next task still runs.
				log.error("A task for chat {} failed", chatId, ex);
			}
			if (!advance(chatId)) {
				return;
			}
		}
	}

	/** Removes the finished task; whether another one of the chat is waiting. */
	private boolean advance(long chatId) {
		synchronized (queues) {
			Deque<Runnable> queue = queues.get(chatId);
			queue.pollFirst();
			if (queue.isEmpty()) {
				queues.remove(chatId);
				return false;
			}
			return true;
		}
	}

	/** Whether every queued task has finished. */
	boolean isIdle() {
		synchronized (queues) {
			return queues.isEmpty();
		}
	}

}
