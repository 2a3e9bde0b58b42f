package app.tandem.inbox;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import app.tandem.chat.ChatType;
import app.tandem.chat.Inbound;
import app.tandem.chat.InboundPayload;
import app.tandem.store.TestStores;
import app.tandem.support.RecordingScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Marks of handled updates that come one after another, as a busy bot's workers finish them, share writes: after
 * one write, the next gathers what comes in the following 10 ms, instead of each mark going out alone whenever the
 * writer happens to be idle (half a write per update in issue 11's pipeline benchmark); when idle, at once.
 */
class HandledMarksTests {

	TestStores.InMemory memory;

	MongoTemplate mongo;

	final RecordingScheduler writer = new RecordingScheduler();

	@BeforeEach
	void start() {
		memory = new TestStores.InMemory();
		mongo = memory.template("handled-marks-tests");
	}

	@AfterEach
	void stop() {
		writer.shutdownNow();
		memory.close();
	}

	@Test
	void shouldWriteAMarkAtOnceWhenIdleAndGatherTheNextOnesForTheRestOfTenMilliseconds() {
		AtomicLong now = new AtomicLong(1_000_000_000L);
		HandledMarks marks = new HandledMarks(mongo, writer, Clock.systemUTC(), Duration.ofDays(1), now::get);
		for (long id = 1; id <= 3; id++) {
			mongo.insert(InboxEntry.received(inbound(id), false, Clock.systemUTC().instant(),
					Clock.systemUTC().instant().plusSeconds(600)));
		}

		marks.mark(1);
		await().atMost(Duration.ofSeconds(5)).until(marks::isIdle);
		now.addAndGet(Duration.ofMillis(3).toNanos());
		marks.mark(2);
		await().atMost(Duration.ofSeconds(5)).until(marks::isIdle);
		now.addAndGet(Duration.ofMillis(25).toNanos());
		marks.mark(3);
		await().atMost(Duration.ofSeconds(5)).until(marks::isIdle);

		assertThat(mongo.count(Query.query(where("handledAt").ne(null)), InboxEntry.class)).isEqualTo(3);
		assertThat(writer.delays()).containsExactly(0L, Duration.ofMillis(7).toNanos(), 0L)
			.as("at once when idle; 3 ms after a write, the rest of the 10 ms; after a quiet spell, at once");
	}

	private static Inbound inbound(long updateId) {
		return new Inbound(updateId, 500 + updateId, 500 + updateId, ChatType.PRIVATE, "en", null,
				new InboundPayload.Text("hello"));
	}

}
