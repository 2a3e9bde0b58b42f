package app.tandem.medication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.store.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dose record or a medication looked up for a button tap is reached by its id alone — the one key the embedded
 * store serves from an index (it reads every document for any other set of keys) — and is only ever the person's own.
 */
class LookupByIdTests {

	MongoServer server;

	MongoClient client;

	MongoTemplate mongo;

	/** The filter of every find sent to the store, by collection. */
	final List<String> finds = new CopyOnWriteArrayList<>();

	@BeforeEach
	void startStore() {
		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()))
			.addCommandListener(new CommandListener() {
				@Override
				public void commandStarted(CommandStartedEvent event) {
					if (event.getCommandName().equals("find")) {
						BsonDocument filter = event.getCommand().getDocument("filter", new BsonDocument());
						finds.add(event.getCommand().getString("find").getValue() + " " + filter.keySet());
					}
				}
			})
			.build());
		mongo = TestStores.template(client, "lookup-tests");
	}

	@AfterEach
	void stopStore() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void shouldFindADoseRecordByItsIdAloneAndOnlyForItsOwner() {
		DoseLog doses = new DoseLog(mongo, Clock.systemUTC());
		Instant due = Instant.parse("2026-11-30T08:00:00Z");
		mongo.insert(new DoseRecord("med-1@" + due.toEpochMilli(), 7L, "med-1", due, LocalDate.of(2026, 11, 30),
				DoseStatus.PENDING, null, null, null, null, false, false, false, null, null));
		finds.clear();

		assertThat(doses.find(7L, "med-1@" + due.toEpochMilli())).isPresent();
		assertThat(doses.find(8L, "med-1@" + due.toEpochMilli())).as("someone else's record").isEmpty();
		assertThat(doses.find(7L, "no-such-record")).isEmpty();
		assertThat(doses.find(7L, null)).isEmpty();

		assertThat(finds).isNotEmpty().allMatch(find -> find.equals("doses [_id]"));
	}

	@Test
	void shouldFindTheDoseAMessageTookInOneReadByItsIdAloneAndOnlyForItsOwner() {
		DoseLog doses = new DoseLog(mongo, Clock.systemUTC());
		Instant due = Instant.parse("2026-11-30T08:00:00Z");
		String id = "med-1@" + due.getEpochSecond();
		mongo.insert(new DoseRecord(id, 7L, "med-1", due, LocalDate.of(2026, 11, 30), DoseStatus.PENDING, null, null,
				null, null, false, false, false));
		doses.markTaken(7L, id, due.plusSeconds(1200), 42L);
		finds.clear();

		assertThat(doses.takenBy(7L, id, 42L)).as("the message that took it").isPresent();
		assertThat(finds).as("one read").containsExactly("doses [_id]");
		assertThat(doses.takenBy(7L, id, 43L)).as("another message").isEmpty();
		assertThat(doses.takenBy(8L, id, 42L)).as("someone else's record").isEmpty();
		assertThat(finds).allMatch(find -> find.equals("doses [_id]"));
	}

	@Test
	void shouldFindAMedicationByItsIdAloneAndOnlyForItsOwner() {
		Medications medications = new Medications(mongo, event -> {
		}, Clock.systemUTC());
		mongo.insert(new Medication("med-1", 7L, null, null, List.of(), null, 1, LocalDate.of(2026, 11, 1),
				MedicationStatus.ACTIVE, null, null, null, null, Instant.parse("2026-11-01T08:00:00Z"), null));
		finds.clear();

		assertThat(medications.find(7L, "med-1")).isPresent();
		assertThat(medications.find(8L, "med-1")).as("someone else's medication").isEmpty();
		assertThat(medications.find(7L, null)).isEmpty();

		assertThat(finds).isNotEmpty().allMatch(find -> find.equals("medications [_id]"));
	}

}
