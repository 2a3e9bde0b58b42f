package app.tandem.store;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The file store writes documents field by field ({@link DocumentDataType}) instead of by Java serialisation: every
 * value reads back equal and of the same class, documents written before are read as they were, a value the form
 * does not know is kept in H2's form, and a document that changes while its page is written is written whole.
 */
class DocumentDataTypeTests {

	@TempDir
	Path data;

	@Test
	void shouldReadBackEveryKindOfValueEqualAndOfTheSameClass() {
		Random random = new Random(11);
		List<Object> written = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			written.add(randomDocument(random, 0));
		}
		written.add(new Document());
		written.add(new Document("k".repeat(255), "a name whose length starts with a byte of all ones"));

		List<Object> read = roundTrip(new DocumentDataType(), written);

		assertThat(read).hasSameSizeAs(written);
		for (int i = 0; i < written.size(); i++) {
			assertSame(read.get(i), written.get(i));
		}
	}

	@Test
	void shouldKeepADocumentHoldingAValueItDoesNotKnowInH2sOwnForm() {
		Document unusual = new Document("_id", "u1").append("amount", new BigDecimal("2.50"))
			.append("key", UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"))
			.append("plain", List.of("not", "an", "ArrayList"));

		List<Object> read = roundTrip(new DocumentDataType(), List.of(unusual, "a string", 42L));

		assertThat(read).containsExactly(unusual, "a string", 42L);
		assertThat(read.get(0)).isInstanceOf(Document.class);
		assertThat(((Document) read.get(0)).get("plain").getClass()).isEqualTo(List.of("x", "y", "z").getClass());
		assertThat(written(new DocumentDataType(), unusual)[0]).isNotEqualTo(DocumentDataType.DOCUMENT);
	}

	@Test
	void shouldReadWhatAStoreWroteBeforeAndWriteChangedDocumentsInTheNewFormOnly() {
		Path file = data.resolve("documents.mv.db");
		MVStore before = new MVStore.Builder().fileName(file.toString()).open();
		MVMap<Object, Object> old = before.openMap("databases.tandem.notes");
		for (int i = 0; i < 200; i++) {
			old.put("n" + i, note(i, "written before"));
		}
		before.close();

		MVStore after = new MVStore.Builder().fileName(file.toString()).open();
		MVMap<Object, Object> notes = after.openMap("databases.tandem.notes",
				new MVMap.Builder<Object, Object>().valueType(new DocumentDataType()));
		for (int i = 0; i < 200; i++) {
			assertThat(notes.get("n" + i)).isEqualTo(note(i, "written before"));
		}
		notes.put("n7", note(7, "changed"));
		notes.put("n300", note(300, "new"));
		after.close();

		MVStore again = new MVStore.Builder().fileName(file.toString()).open();
		MVMap<Object, Object> reopened = again.openMap("databases.tandem.notes",
				new MVMap.Builder<Object, Object>().valueType(new DocumentDataType()));
		assertThat(reopened.get("n7")).isEqualTo(note(7, "changed"));
		assertThat(reopened.get("n300")).isEqualTo(note(300, "new"));
		assertThat(reopened.get("n150")).isEqualTo(note(150, "written before"));
		assertThat(reopened.size()).isEqualTo(201);
		again.close();
	}

	@Test
	void shouldStoreTheEmbeddedStoresDocumentsAndKeysInTheNewFormWhichAVersionBeforeRefusesToRead() {
		StoreProperties properties = new StoreProperties(null, data, StoreProperties.EmbeddedBackend.FILE,
				Duration.ofSeconds(5), null, null);
		try (EmbeddedMongo store = EmbeddedMongo.start(properties);
				MongoClient client = MongoClients.create(store.connectionString())) {
			var notes = client.getDatabase("tandem").getCollection("notes");
			notes.insertOne(new org.bson.Document("_id", "n1").append("text", "hello").append("count", 3));
			assertThat(notes.find().first()).isEqualTo(new org.bson.Document("_id", "n1").append("text", "hello")
				.append("count", 3));
		}

		MVStore raw = new MVStore.Builder().fileName(data.resolve("tandem.mv.db").toString()).readOnly().open();
		try {
			assertThatThrownBy(() -> raw
				.openMap("databases.tandem.notes", new MVMap.Builder<Object, Object>().valueType(new ObjectDataType()))
				.get("n1")).hasMessageContaining("Unknown tag " + DocumentDataType.DOCUMENT);
			assertThatThrownBy(() -> raw.openMap("tandem.notes._index__id_" + OrderedIndexMaps.SUFFIX,
					new MVMap.Builder<Object, Object>().keyType(new ObjectDataType())).firstKey())
				.hasMessageContaining("Unknown tag " + IndexKeyType.KEY);
		}
		finally {
			raw.close();
		}
	}

	@Test
	void shouldWriteADocumentThatChangesWhileItIsWrittenAsAWholeDocument() throws Exception {
		DocumentDataType type = new DocumentDataType();
		Document changing = new Document("_id", "c1");
		AtomicBoolean running = new AtomicBoolean(true);
		CompletableFuture<Void> updates = CompletableFuture.runAsync(() -> {
			// Like updates, which change a stored document field by field, now and then.
			for (int i = 0; running.get(); i++) {
				changing.put("field" + (i % 50), "value " + i);
				changing.remove("field" + ((i + 25) % 50));
				if (i % 5 == 0) {
					LockSupport.parkNanos(20_000);
				}
			}
		});
		try {
			for (int i = 0; i < 20_000; i++) {
				WriteBuffer buffer = new WriteBuffer();
				type.write(buffer, changing);
				ByteBuffer bytes = buffer.getBuffer();
				bytes.flip();
				Object read = type.read(bytes);
				assertThat(read).isInstanceOf(Document.class);
				assertThat(((Document) read).get("_id")).isEqualTo("c1");
				assertThat(bytes.remaining()).isZero();
			}
		}
		finally {
			running.set(false);
			updates.get();
		}
	}

	private static List<Object> roundTrip(DocumentDataType type, List<Object> values) {
		WriteBuffer buffer = new WriteBuffer();
		values.forEach(value -> type.write(buffer, value));
		ByteBuffer bytes = buffer.getBuffer();
		bytes.flip();
		DocumentDataType reader = new DocumentDataType();
		List<Object> read = new ArrayList<>();
		for (int i = 0; i < values.size(); i++) {
			read.add(reader.read(bytes));
		}
		assertThat(bytes.remaining()).isZero();
		return read;
	}

	private static byte[] written(DocumentDataType type, Object value) {
		WriteBuffer buffer = new WriteBuffer();
		type.write(buffer, value);
		ByteBuffer bytes = buffer.getBuffer();
		bytes.flip();
		byte[] result = new byte[bytes.remaining()];
		bytes.get(result);
		return result;
	}

	private static Document note(int i, String text) {
		return new Document("_id", "n" + i).append("userId", (long) i)
			.append("text", text)
			.append("at", Instant.ofEpochSecond(1_790_000_000L + i, i))
			.append("tags", new ArrayList<>(List.of("a", i)));
	}

	private static Document randomDocument(Random random, int depth) {
		Document document = new Document();
		int fields = random.nextInt(8);
		for (int i = 0; i < fields; i++) {
			document.put("f" + i + "é".repeat(random.nextInt(3)), randomValue(random, depth));
		}
		return document;
	}

	private static Object randomValue(Random random, int depth) {
		return switch (random.nextInt(depth < 3 ? 14 : 12)) {
			case 0 -> null;
			case 1 -> random.nextBoolean();
			case 2 -> random.nextInt();
			case 3 -> random.nextLong();
			case 4 -> List.of(0.0, -0.0, Double.NaN, 1e300, random.nextDouble()).get(random.nextInt(5));
			case 5 -> "text " + random.nextInt() + " ✅ Сертралин " + "x".repeat(random.nextInt(300));
			case 6 -> Instant.ofEpochSecond(random.nextInt(2_000_000_000), random.nextInt(1_000_000_000));
			case 7 -> new ObjectId();
			case 8 -> random.nextBoolean() ? randomBytes(random) : new BinData(randomBytes(random));
			case 9 -> -random.nextInt(1000);
			case 10 -> (long) Integer.MIN_VALUE - random.nextInt(1000);
			case 11 -> "";
			case 12 -> randomDocument(random, depth + 1);
			default -> {
				ArrayList<Object> list = new ArrayList<>();
				for (int i = random.nextInt(4); i > 0; i--) {
					list.add(randomValue(random, depth + 1));
				}
				yield list;
			}
		};
	}

	private static byte[] randomBytes(Random random) {
		byte[] bytes = new byte[random.nextInt(40)];
		random.nextBytes(bytes);
		return bytes;
	}

	/** Equal, of the same class, all the way down (byte arrays by their contents). */
	private static void assertSame(Object read, Object written) {
		if (written == null) {
			assertThat(read).isNull();
			return;
		}
		assertThat(read).isNotNull();
		assertThat(read.getClass()).isEqualTo(written.getClass());
		if (written instanceof byte[] bytes) {
			assertThat((byte[]) read).isEqualTo(bytes);
		}
		else if (written instanceof Document document) {
			assertThat(((Document) read).keySet()).containsExactlyElementsOf(document.keySet());
			for (Map.Entry<String, Object> field : document.entrySet()) {
				assertSame(((Document) read).get(field.getKey()), field.getValue());
			}
		}
		else if (written instanceof List<?> list) {
			assertThat((List<?>) read).hasSameSizeAs(list);
			for (int i = 0; i < list.size(); i++) {
				assertSame(((List<?>) read).get(i), list.get(i));
			}
		}
		else if (written instanceof Double number) {
			assertThat(Double.doubleToRawLongBits((Double) read)).isEqualTo(Double.doubleToRawLongBits(number));
		}
		else {
			assertThat(read).isEqualTo(written);
		}
	}

}
