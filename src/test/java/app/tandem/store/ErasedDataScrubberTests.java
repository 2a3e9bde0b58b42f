package app.tandem.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * H2 writes every change to new chunks and leaves the old ones in the file: a deleted document stays readable
 * byte-wise until its space is reused. After an erasure the scrubber compacts the file until it is gone, and
 * everyone else's data stays readable.
 */
class ErasedDataScrubberTests {

	@TempDir
	Path data;

	@Test
	void shouldLeaveNoTraceOfDeletedDocumentsInTheStoreFile() throws Exception {
		StoreProperties properties = new StoreProperties(null, data, StoreProperties.EmbeddedBackend.FILE,
				Duration.ofSeconds(5), null);
		Path file = data.resolve("tandem.mv.db");
		try (EmbeddedMongo store = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> notes = client.getDatabase("tandem").getCollection("notes");
			for (int i = 0; i < 200; i++) {
				long userId = i % 2;
				notes.insertOne(new Document("_id", i).append("userId", userId)
					.append("text", (userId == 1 ? "Vorquandel" : "Stayingword") + " and some more words " + i));
			}
			notes.updateMany(new Document("userId", 1), new Document("$set", new Document("seen", true)));
			notes.deleteMany(new Document("userId", 1));
			assertThat(contains(file, "Vorquandel")).as("still in the file after the delete alone").isTrue();

			new ErasedDataScrubber(new StoreConnection(null, store)).afterErasure();

			await().atMost(Duration.ofSeconds(20)).until(() -> !contains(file, "Vorquandel"));
			assertThat(notes.countDocuments()).isEqualTo(100);
			assertThat(notes.find(new Document("_id", 198)).first().getString("text")).startsWith("Stayingword");
		}
	}

	private static boolean contains(Path file, String word) throws Exception {
		return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(word);
	}

}
