package app.tandem.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2 leaves removed documents in old chunks of the store file: readable byte-wise while Tandem runs, gone once the
 * file was rewritten at the next start, with everyone else's data intact.
 */
class EmbeddedStoreRewriteTests {

	@TempDir
	Path data;

	@Test
	void shouldLeaveNoTraceOfDeletedDocumentsInTheFileAfterARestart() throws Exception {
		StoreProperties properties = new StoreProperties(null, data, StoreProperties.EmbeddedBackend.FILE,
				Duration.ofSeconds(5), null, null);
		Path file = data.resolve("tandem.mv.db");
		try (EmbeddedMongo store = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(store.connectionString())) {
			MongoCollection<Document> notes = notes(client);
			for (int i = 0; i < 200; i++) {
				long userId = i % 2;
				notes.insertOne(new Document("_id", i).append("userId", userId)
					.append("text", ((userId == 1) ? "Vorquandel" : "Stayingword") + " and some more words " + i));
			}
			notes.deleteMany(new Document("userId", 1));
			assertThat(readable(file)).as("while running").contains("Vorquandel");
		}
		assertThat(readable(file)).as("after stopping").contains("Vorquandel");

		try (EmbeddedMongo store = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(store.connectionString())) {
			assertThat(readable(file)).doesNotContain("Vorquandel").contains("Stayingword");
			assertThat(notes(client).countDocuments()).isEqualTo(100);
			assertThat(notes(client).find(new Document("_id", 198)).first().getString("text")).startsWith("Stayingword");
			notes(client).insertOne(new Document("_id", 1000).append("text", "after the rewrite"));
		}
		assertThat(Files.list(data).map(path -> path.getFileName().toString())).containsExactly("tandem.mv.db");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	private static MongoCollection<Document> notes(MongoClient client) {
		return client.getDatabase("tandem").getCollection("notes");
	}

	private static String readable(Path file) throws Exception {
		return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
	}

}
