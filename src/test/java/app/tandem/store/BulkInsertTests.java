package app.tandem.store;

import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.store.BulkInsert.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One unordered write for several documents tells each one's fate: a document whose key is taken (written before,
 * or twice in the same batch) is "already stored" and does not keep the others out; one the store refuses for
 * another reason is "refused", with the store's reason.
 */
class BulkInsertTests {

	private MongoServer server;

	private MongoClient client;

	private MongoTemplate mongo;

	@BeforeEach
	void start() {
		server = new MongoServer(new MemoryBackend());
		client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
		mongo = TestStores.template(client, "bulk");
		mongo.getCollection("people").createIndex(Indexes.ascending("handle"), new IndexOptions().unique(true));
	}

	@AfterEach
	void stop() {
		client.close();
		server.shutdown();
	}

	@Test
	void shouldStoreTheRestWhenSomeAreAlreadyThere() {
		mongo.insert(new Document("_id", 1).append("handle", "ana"), "people");

		List<BulkInsert.Outcome> outcomes = BulkInsert.insertAll(mongo, "people",
				List.of(new Document("_id", 1).append("handle", "ana"), new Document("_id", 2).append("handle", "bo"),
						new Document("_id", 3).append("handle", "bo"), new Document("_id", 4).append("handle", "cy")));

		assertThat(outcomes).extracting(BulkInsert.Outcome::result)
			.containsExactly(Result.ALREADY_STORED, Result.STORED, Result.ALREADY_STORED, Result.STORED);
		assertThat(mongo.getCollection("people").countDocuments()).isEqualTo(3);
	}

	@Test
	void shouldTellARefusalFromADuplicate() {
		List<BulkInsert.Outcome> outcomes = BulkInsert.insertAll(mongo, "people",
				List.of(new Document("_id", 5).append("handle", "di"),
						new Document("_id", List.of(1, 2)).append("handle", "ed")));

		assertThat(outcomes.get(0).stored()).isTrue();
		assertThat(outcomes.get(1).result()).isEqualTo(Result.REFUSED);
		assertThat(outcomes.get(1).reason()).isNotBlank();
	}

	@Test
	void shouldWriteNothingForNothing() {
		assertThat(BulkInsert.insertAll(mongo, "people", List.of())).isEmpty();
	}

}
