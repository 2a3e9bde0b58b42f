package app.tandem.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.chat.OutboundMessage;
import app.tandem.outbox.OutboxEntry.Status;
import app.tandem.store.TestStores;
import app.tandem.support.RecordingScheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Records of delivered messages that come one after another share writes: after one write, the next gathers what
 * comes in the following 10 ms; when idle, a record goes out at once.
 */
class SentRecordsTests {

	TestStores.InMemory memory;

	MongoTemplate mongo;

	final RecordingScheduler writer = new RecordingScheduler();

	@BeforeEach
	void start() {
		memory = new TestStores.InMemory();
		mongo = memory.template("sent-records-tests");
	}

	@AfterEach
	void stop() {
		writer.shutdownNow();
		memory.close();
	}

	@Test
	void shouldRecordAtOnceWhenIdleAndGatherTheNextOnesForTheRestOfTenMilliseconds() {
		AtomicLong now = new AtomicLong(1_000_000_000L);
		OutboxStore store = new OutboxStore(mongo);
		SentRecords records = new SentRecords(store, writer, failed -> {
			throw new AssertionError("not expected to fail: " + failed);
		}, now::get);
		Instant at = Instant.parse("2026-12-01T08:00:00Z");
		for (int i = 1; i <= 3; i++) {
			mongo.insert(StoredForm.of(new OutboxEntry("m" + i, 7L, Lane.REPLY, 0, i,
					OutboxEntry.Payload.of(new OutboundMessage.Text("hello", null)), null, Status.QUEUED, at, at, 0,
					"instance-a", at.plusSeconds(60), null, null, null, null), mongo.getConverter()), "outbox");
		}

		records.add("m1", 101, at);
		await().atMost(Duration.ofSeconds(5)).until(records::isIdle);
		now.addAndGet(Duration.ofMillis(3).toNanos());
		records.add("m2", 102, at);
		await().atMost(Duration.ofSeconds(5)).until(records::isIdle);
		now.addAndGet(Duration.ofMillis(25).toNanos());
		records.add("m3", 103, at);
		await().atMost(Duration.ofSeconds(5)).until(records::isIdle);

		assertThat(List.of("m1", "m2", "m3")).allSatisfy(id -> {
			OutboxEntry entry = mongo.findById(id, OutboxEntry.class);
			assertThat(entry.status()).isEqualTo(Status.SENT);
			assertThat(entry.messageId()).isEqualTo(100 + Integer.parseInt(id.substring(1)));
			assertThat(entry.payload()).as("the text is not kept once sent").isNull();
			assertThat(entry.leaseOwner()).isNull();
			assertThat(entry.expireAt()).isEqualTo(at.plus(OutboxStore.KEEP_SETTLED));
		});
		assertThat(writer.delays()).containsExactly(0L, Duration.ofMillis(7).toNanos(), 0L)
			.as("at once when idle; 3 ms after a write, the rest of the 10 ms; after a quiet spell, at once");
	}

}
