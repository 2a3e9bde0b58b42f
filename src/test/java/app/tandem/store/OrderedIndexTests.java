package app.tandem.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The file store's unique indexes compare keys field by field ({@link IndexKeyType}): the same keys are found and
 * the same duplicates refused as with H2's comparison of serialised keys, and a store written before this order
 * (by mongo-java-server's own H2 backend) is moved to it at start without losing a key.
 */
class OrderedIndexTests {

	@TempDir
	Path data;

	private StoreProperties properties() {
		return new StoreProperties(null, data, StoreProperties.EmbeddedBackend.FILE, Duration.ofSeconds(5), null, null);
	}

	@Test
	void shouldFindEveryDocumentAndRefuseEveryDuplicateOfAStoreWrittenInTheOldOrder() {
		Path file = data.resolve("tandem.mv.db");
		MongoServer old = new MongoServer(new H2Backend(file.toString()));
		old.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + old.getLocalAddress().getPort())) {
			MongoCollection<Document> people = people(client);
			people.createIndex(Indexes.ascending("handle"), new IndexOptions().unique(true));
			for (int i = 0; i < 500; i++) {
				people.insertOne(person(i));
			}
		}
		finally {
			old.shutdown();
		}
		assertThat(mapNames(file)).contains("tandem.people._index__id_").noneMatch(name -> name.endsWith("#ordered"));

		try (EmbeddedMongo store = EmbeddedMongo.start(properties());
				MongoClient client = MongoClients.create(store.connectionString())) {
			assertEveryPersonFoundAndNoDuplicateTaken(people(client), 500);
			people(client).insertOne(person(500));
		}
		assertThat(mapNames(file)).contains("tandem.people._index__id_#ordered", "tandem.people._index_handle_1#ordered")
			.doesNotContain("tandem.people._index__id_", "tandem.people._index_handle_1")
			.noneMatch(name -> name.endsWith("#building"));

		try (EmbeddedMongo store = EmbeddedMongo.start(properties());
				MongoClient client = MongoClients.create(store.connectionString())) {
			assertEveryPersonFoundAndNoDuplicateTaken(people(client), 501);
		}
	}

	@Test
	void shouldKeepItsIndexesThroughRestartsAndTheRewriteAtStart() {
		try (EmbeddedMongo store = EmbeddedMongo.start(properties());
				MongoClient client = MongoClients.create(store.connectionString())) {
			people(client).createIndex(Indexes.ascending("handle"), new IndexOptions().unique(true));
			for (int i = 0; i < 600; i++) {
				people(client).insertOne(person(i));
			}
			people(client).deleteMany(new Document("_id", new Document("$lt", 200)));
		}
		for (int restart = 0; restart < 2; restart++) {
			try (EmbeddedMongo store = EmbeddedMongo.start(properties());
					MongoClient client = MongoClients.create(store.connectionString())) {
				MongoCollection<Document> people = people(client);
				assertThat(people.countDocuments()).isEqualTo(400);
				assertThat(people.find(new Document("_id", 199)).first()).isNull();
				assertThat(people.find(new Document("_id", 200)).first().getString("handle")).isEqualTo("person-200");
				assertThat(people.find(new Document("handle", "person-599")).first().getInteger("_id")).isEqualTo(599);
				assertThatThrownBy(() -> people.insertOne(new Document("_id", 9_000 + 0).append("handle", "person-577")))
					.isInstanceOf(MongoWriteException.class);
				people.insertOne(person(100 + restart));
				people.deleteOne(new Document("_id", 100 + restart));
			}
		}
	}

	/**
	 * The move itself, at the level of the file: the old index's entries are copied with their positions (so the
	 * collection need not be read to rebuild it), and a copy half done when the process died is started again.
	 */
	@Test
	void shouldCopyAnOldIndexWithItsPositionsAndRedoACopyACrashInterrupted() {
		String file = data.resolve("maps.mv.db").toString();
		MVStore store = new MVStore.Builder().fileName(file).open();
		MVMap<Object, Object> plain = store.openMap("tandem.people._index__id_");
		for (long i = 0; i < 300; i++) {
			plain.put(new KeyValue("person-" + i), i);
		}
		MVMap<Object, Object> halfBuilt = store.openMap("tandem.people._index__id_#ordered#building");
		halfBuilt.put(new KeyValue("person-0"), 0L);
		store.close();

		store = new MVStore.Builder().fileName(file).open();
		MVMap<KeyValue, Object> ordered = OrderedIndexMaps.open(store, "tandem.people._index__id_");
		assertThat(ordered.sizeAsLong()).isEqualTo(300);
		assertThat(ordered.get(new KeyValue("person-299"))).isEqualTo(299L);
		assertThat(store.getMapNames()).containsExactly("tandem.people._index__id_#ordered");
		store.close();

		store = new MVStore.Builder().fileName(file).open();
		assertThat(OrderedIndexMaps.open(store, "tandem.people._index__id_").get(new KeyValue("person-7"))).isEqualTo(7L);
		store.close();
	}

	@Test
	void shouldCallKeysEqualExactlyWhenTheirSerialisedFormsAreEqualAndOrderThemConsistently() {
		IndexKeyType type = new IndexKeyType();
		Random random = new Random(7);
		List<KeyValue> keys = new ArrayList<>();
		Object[] pool = { "a", "b", "person-1", "", 1, 2, 1L, 2L, 1.0, 2.5, -0.0, 0.0, true, false, null,
				new ObjectId("5f1d7a2b9c3e4d5f6a7b8c9d"), new ObjectId("5f1d7a2b9c3e4d5f6a7b8c9e"),
				new de.bwaldvogel.mongo.bson.Document("x", 1), List.of("a", 1) };
		for (int i = 0; i < 400; i++) {
			int size = 1 + random.nextInt(2);
			Object[] values = new Object[size];
			for (int j = 0; j < size; j++) {
				values[j] = pool[random.nextInt(pool.length)];
			}
			keys.add(new KeyValue(values));
		}
		for (KeyValue a : keys) {
			for (KeyValue b : keys) {
				int order = type.compare(a, b);
				boolean sameBytes = Arrays.equals(ObjectDataType.serialize(a), ObjectDataType.serialize(b));
				assertThat(order == 0).as("%s vs %s", a, b).isEqualTo(sameBytes);
				assertThat(Integer.signum(order)).isEqualTo(-Integer.signum(type.compare(b, a)));
			}
		}
		List<KeyValue> sorted = new ArrayList<>(keys);
		sorted.sort(type::compare);
		for (int i = 0; i < sorted.size(); i++) {
			for (int j = i + 1; j < sorted.size(); j++) {
				assertThat(type.compare(sorted.get(i), sorted.get(j))).as("transitive").isLessThanOrEqualTo(0);
			}
		}
	}

	@Test
	void shouldReadBackEveryKeyItWritesAndEveryKeyWrittenBeforeAsTheSameKey() {
		Object[] pool = { "a", "person-1", "", "é✅".repeat(40), 1, -7, 1L, Long.MIN_VALUE, 1.0, -0.0, Double.NaN, true,
				false, null, new ObjectId("5f1d7a2b9c3e4d5f6a7b8c9d"), new de.bwaldvogel.mongo.bson.Document("x", 1),
				new ArrayList<>(List.of("a", 1)), List.of("not", "an ArrayList"), new java.math.BigDecimal("1.5") };
		Random random = new Random(3);
		List<KeyValue> keys = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			Object[] values = new Object[1 + random.nextInt(3)];
			for (int j = 0; j < values.length; j++) {
				values[j] = pool[random.nextInt(pool.length)];
			}
			keys.add(new KeyValue(values));
		}
		IndexKeyType type = new IndexKeyType();
		for (org.h2.mvstore.type.DataType<Object> writer : List.of(type, new ObjectDataType())) {
			org.h2.mvstore.WriteBuffer buffer = new org.h2.mvstore.WriteBuffer();
			keys.forEach(key -> writer.write(buffer, key));
			java.nio.ByteBuffer bytes = buffer.getBuffer();
			bytes.flip();
			for (KeyValue key : keys) {
				KeyValue read = (KeyValue) type.read(bytes);
				assertThat(read).isEqualTo(key);
				assertThat(type.compare(read, key)).isZero();
				for (int i = 0; i < key.size(); i++) {
					assertThat(read.get(i) == null ? null : read.get(i).getClass())
						.isEqualTo(key.get(i) == null ? null : key.get(i).getClass());
				}
			}
			assertThat(bytes.remaining()).isZero();
		}
	}

	private static void assertEveryPersonFoundAndNoDuplicateTaken(MongoCollection<Document> people, int count) {
		assertThat(people.countDocuments()).isEqualTo(count);
		for (int i = 0; i < count; i++) {
			assertThat(people.find(new Document("_id", i)).first()).as("person %d", i).isNotNull();
		}
		assertThat(people.find(new Document("handle", "person-234")).first().getInteger("_id")).isEqualTo(234);
		assertThatThrownBy(() -> people.insertOne(person(17))).isInstanceOf(MongoWriteException.class);
		assertThatThrownBy(() -> people.insertOne(new Document("_id", 50_000).append("handle", "person-3")))
			.isInstanceOf(MongoWriteException.class);
		assertThat(people.countDocuments()).isEqualTo(count);
	}

	private static Document person(int i) {
		return new Document("_id", i).append("handle", "person-" + i).append("zone", "Europe/Berlin");
	}

	private static MongoCollection<Document> people(MongoClient client) {
		return client.getDatabase("tandem").getCollection("people");
	}

	private static List<String> mapNames(Path file) {
		MVStore store = new MVStore.Builder().fileName(file.toString()).readOnly().open();
		try {
			return new ArrayList<>(store.getMapNames());
		}
		finally {
			store.close();
		}
	}

}
