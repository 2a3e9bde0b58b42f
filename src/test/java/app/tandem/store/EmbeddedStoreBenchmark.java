package app.tandem.store;

import java.nio.file.Files;
import java.nio.file.Path;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Not part of the default build ({@code mvn -B test -Dtest=EmbeddedStoreBenchmark}). What committing the H2 store on
 * every write costs: single-document inserts (as the inbox, the outbox and a conversation step do), durable versus
 * the library's background commit.
 */
class EmbeddedStoreBenchmark {

	static final int WRITES = 3_000;

	@Test
	void measuresTheCostOfADurableWrite() throws Exception {
		Path dir = Files.createTempDirectory("tandem-store-benchmark");
		double background = millisPerWrite(new H2Backend(dir.resolve("background.mv.db").toString()));
		double durable = millisPerWrite(new DurableH2Backend(dir.resolve("durable.mv.db").toString()));
		System.out.printf("EmbeddedStoreBenchmark: %d single-document inserts, %.2f ms each committed in the "
				+ "background (lost on kill -9), %.2f ms each committed before the answer%n", WRITES, background,
				durable);
	}

	private static double millisPerWrite(MongoBackend backend) {
		MongoServer server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
			MongoCollection<Document> inbox = client.getDatabase("tandem").getCollection("inbox");
			for (int i = 0; i < 300; i++) {
				inbox.insertOne(new Document("_id", -i - 1L).append("text", "warm-up"));
			}
			long start = System.nanoTime();
			for (int i = 0; i < WRITES; i++) {
				inbox.insertOne(new Document("_id", (long) i).append("chatId", 42L).append("text", "I slept badly"));
			}
			return (System.nanoTime() - start) / 1e6 / WRITES;
		}
		finally {
			server.shutdown();
		}
	}

}
