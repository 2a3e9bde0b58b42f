package app.tandem.medication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import app.tandem.store.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.spy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * At the end of a dose's window the doses still pending are closed as missed, and only those are redrawn: a dose
 * the person marked taken between the close reading the pending doses and closing them is not "missed", and its
 * reminder is not edited again to the text it already shows (Telegram answers such an edit "message is not
 * modified").
 */
class CloseMissedTests {

	private static final Instant DUE = Instant.parse("2026-11-30T08:00:00Z");

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	@BeforeEach
	void startStore() {
		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		client = MongoClients.create(new ConnectionString("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()));
		mongo = TestStores.template(client, "close-missed-tests");
	}

	@AfterEach
	void stopStore() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void shouldReturnOnlyTheDosesItClosedWhenOneIsTakenMeanwhile() {
		mongo.insert(dose("med-1"));
		mongo.insert(dose("med-2"));
		MongoTemplate racing = spy(mongo);
		// the person taps Taken on med-1 right after the close has read the pending doses
		doAnswer(read -> {
			Object pending = read.callRealMethod();
			mongo.updateFirst(Query.query(where("_id").is(id("med-1"))),
					new Update().set("status", DoseStatus.TAKEN.name()), DoseRecord.class);
			return pending;
		}).when(racing).find(any(Query.class), eq(DoseRecord.class));

		List<DoseRecord> closed = new DoseLog(racing, Clock.systemUTC()).closeMissed(7L, DUE);

		assertThat(closed).extracting(DoseRecord::id).containsExactly(id("med-2"));
		assertThat(mongo.findById(id("med-1"), DoseRecord.class).status()).isEqualTo(DoseStatus.TAKEN);
		assertThat(mongo.findById(id("med-2"), DoseRecord.class).status()).isEqualTo(DoseStatus.MISSED);
	}

	private static DoseRecord dose(String medicationId) {
		return new DoseRecord(id(medicationId), 7L, medicationId, DUE, LocalDate.of(2026, 11, 30), DoseStatus.PENDING,
				null, null, null, null, false, false, false, null, null);
	}

	private static String id(String medicationId) {
		return medicationId + "@" + DUE.toEpochMilli();
	}

}
