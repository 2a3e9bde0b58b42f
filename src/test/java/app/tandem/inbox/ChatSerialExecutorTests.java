package app.tandem.inbox;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ChatSerialExecutorTests {

	final ExecutorService pool = Executors.newFixedThreadPool(2);

	final ChatSerialExecutor chats = new ChatSerialExecutor(pool);

	@AfterEach
	void stop() {
		pool.shutdownNow();
	}

	@Test
	void shouldRunAChatsNextTasksAfterOneFailsWithAnError() {
		List<String> ran = new CopyOnWriteArrayList<>();

		chats.submit(10, () -> {
			ran.add("first");
			throw new StackOverflowError("deep recursion in a handler");
		});
		chats.submit(10, () -> ran.add("second"));
		chats.submit(10, () -> ran.add("third"));

		await().until(chats::isIdle);
		assertThat(ran).containsExactly("first", "second", "third");
	}

}
