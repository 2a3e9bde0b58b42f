package app.tandem.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What an operator and a person rely on: no word of theirs in a raw document, a ciphertext that opens only where it
 * was written, plain text never accepted where a ciphertext belongs, and a key rotation that loses nothing.
 */
class PrivateTextEncryptionTests {

	static final byte[] KEY_A = key();

	static final byte[] KEY_B = key();

	@org.springframework.data.mongodb.core.mapping.Document("journal")
	record Entry(@Id String id, long userId, PrivateText note, List<Effect> effects, Map<String, PrivateText> plan) {
	}

	record Effect(PrivateText name, int severity) {
	}

	MongoServer server;

	MongoClient client;

	@TempDir
	Path work;

	@BeforeEach
	void startStore() {
		server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
	}

	@AfterEach
	void stopStore() {
		client.close();
		server.shutdownNow();
	}

	@Test
	void shouldKeepNoWordOfThePersonInTheRawDocumentAndReadEveryOneBack() {
		MongoTemplate mongo = template(KEY_A);

		mongo.insert(entry("e1", "Talked to Mum about the move"));

		String raw = rawJson("e1");
		assertThat(raw).doesNotContain("Mum", "Tinnitus", "Walk by the river");
		assertThat(raw("e1").get("note")).as("sealed, as binary data").isInstanceOf(Binary.class);
		Entry read = mongo.findById("e1", Entry.class);
		assertThat(read.note().text()).isEqualTo("Talked to Mum about the move");
		assertThat(read.effects()).extracting(effect -> effect.name().text()).containsExactly("Tinnitus");
		assertThat(read.plan().get("CALM").text()).isEqualTo("Walk by the river");
	}

	@Test
	void shouldNotOpenACiphertextCopiedToAnotherDocumentOrField() {
		MongoTemplate mongo = template(KEY_A);
		mongo.insert(entry("e1", "first note"));
		mongo.insert(entry("e2", "second note"));
		Object firstNote = raw("e1").get("note");

		collection().updateOne(new Document("_id", "e2"), new Document("$set", new Document("note", firstNote)));
		collection().updateOne(new Document("_id", "e1"),
				new Document("$set", new Document("plan.CALM", firstNote)));

		assertThat(mongo.findById("e2", Entry.class).note().readable()).isFalse();
		assertThat(mongo.findById("e1", Entry.class).plan().get("CALM").readable()).isFalse();
		assertThat(mongo.findById("e1", Entry.class).note().text()).isEqualTo("first note");
	}

	@Test
	void shouldRefusePlainTextWhereACiphertextIsExpected() {
		MongoTemplate mongo = template(KEY_A);
		collection().insertOne(new Document("_id", "e1").append("userId", 1L).append("note", "planted plain text"));

		Entry read = mongo.findById("e1", Entry.class);

		assertThat(read.note().readable()).isFalse();
		assertThat(read.note().text()).isNull();
	}

	@Test
	void shouldRefuseToWriteAFieldUpdateThatDoesNotNameItsPlace() {
		MongoTemplate mongo = template(KEY_A);
		mongo.insert(entry("e1", "before"));

		assertThatThrownBy(() -> mongo.updateFirst(Query.query(where("_id").is("e1")),
				new Update().set("note", new PrivateText("after")), Entry.class))
			.hasRootCauseInstanceOf(IllegalStateException.class);
		mongo.updateFirst(Query.query(where("_id").is("e1")),
				new Update().set("note", new PrivateText("after").at(Entry.class, "e1", "note")), Entry.class);

		assertThat(mongo.findById("e1", Entry.class).note().text()).isEqualTo("after");
		assertThat(rawJson("e1")).doesNotContain("after");
	}

	@Test
	void shouldRotateTheKeyWithoutLosingAWord() {
		template(KEY_A).insert(entry("e1", "written with the old key"));
		collection().insertOne(new Document("_id", "e0").append("userId", 1L)
			.append("note", legacyV1(KEY_A, "written by the first version")));

		MongoTemplate rotated = template(KEY_B, KEY_A);
		assertThat(rotated.findById("e1", Entry.class).note().text()).isEqualTo("written with the old key");

		ReEncryption.Result result = reEncryption(rotated, encryption(KEY_B, KEY_A)).run();

		assertThat(result).isEqualTo(new ReEncryption.Result(4, 0, 0, 0));
		MongoTemplate newKeyOnly = template(KEY_B);
		assertThat(newKeyOnly.findById("e1", Entry.class).note().text()).isEqualTo("written with the old key");
		assertThat(newKeyOnly.findById("e1", Entry.class).plan().get("CALM").text()).isEqualTo("Walk by the river");
		assertThat(newKeyOnly.findById("e0", Entry.class).note().text()).isEqualTo("written by the first version");
		assertThat(template(KEY_A).findById("e1", Entry.class).note().readable()).isFalse();
		assertThat(reEncryption(rotated, encryption(KEY_B, KEY_A)).run()).isEqualTo(new ReEncryption.Result(0, 4, 0, 0));
		template(key()).insert(entry("e9", "sealed with a key nobody kept"));
		assertThat(reEncryption(rotated, encryption(KEY_B, KEY_A)).run()).isEqualTo(new ReEncryption.Result(0, 4, 3, 0));
	}

	@Test
	void shouldSealWhatAnEarlierVersionLeftPlainWhenTheOperatorRunsTheReEncryption() {
		collection().insertOne(new Document("_id", "e1").append("userId", 1L)
			.append("note", "written before notes were encrypted")
			.append("effects", java.util.List.of(new Document("name", "Tinnitus").append("severity", 2)))
			.append("plan", new Document("CALM", "Walk by the river")));

		ReEncryption.Result result = reEncryption(template(KEY_A), encryption(KEY_A)).run();

		assertThat(result.sealedPlain()).isEqualTo(3);
		assertThat(rawJson("e1")).doesNotContain("written before", "Tinnitus", "Walk by the river");
		Entry read = template(KEY_A).findById("e1", Entry.class);
		assertThat(read.note().text()).isEqualTo("written before notes were encrypted");
		assertThat(read.effects()).extracting(effect -> effect.name().text()).containsExactly("Tinnitus");
		assertThat(read.plan().get("CALM").text()).isEqualTo("Walk by the river");
		assertThat(raw("e1").getLong("userId")).as("fields that are not private text stay as they are").isEqualTo(1L);
	}

	@Test
	void shouldReadWhatTheEarlierVersionSealedAsTextAndRewriteItAsBinary() {
		FieldEncryption encryption = encryption(KEY_A);
		byte[] sealed = encryption.seal("sealed as text by 1 December", new Place("journal", "e1", "note")).getData();
		collection().insertOne(new Document("_id", "e1").append("userId", 1L)
			.append("note", "enc:v2:" + Base64.getEncoder().encodeToString(sealed)));
		MongoTemplate mongo = template(KEY_A);

		assertThat(mongo.findById("e1", Entry.class).note().text()).isEqualTo("sealed as text by 1 December");
		assertThat(reEncryption(mongo, encryption).run()).isEqualTo(new ReEncryption.Result(1, 0, 0, 0));
		assertThat(raw("e1").get("note")).isInstanceOf(Binary.class);
		assertThat(mongo.findById("e1", Entry.class).note().text()).isEqualTo("sealed as text by 1 December");
		assertThat(reEncryption(mongo, encryption).run()).isEqualTo(new ReEncryption.Result(0, 1, 0, 0));
	}

	@Test
	void shouldRunTheReEncryptionCommandOnTheEmbeddedStoreFile() {
		Path data = work.resolve("data");
		StoreProperties properties = new StoreProperties(null, data, StoreProperties.EmbeddedBackend.FILE,
				Duration.ofSeconds(5), encoded(KEY_A), null);
		try (EmbeddedMongo store = EmbeddedMongo.start(properties);
				MongoClient fileClient = MongoClients.create(store.connectionString())) {
			TestStores.template(fileClient, "tandem", encryption(KEY_A)).insert(entry("e1", "kept across the rotation"));
		}

		ReEncryption.Result result = ReEncryptCommand.run("--tandem.store.data-dir=" + data,
				"--tandem.store.embedded-backend=file", "--tandem.store.uri=",
				"--tandem.store.encryption-key=" + encoded(KEY_B),
				"--tandem.store.old-encryption-keys=" + encoded(KEY_A));

		assertThat(result.rewritten()).isEqualTo(3);
		try (EmbeddedMongo store = EmbeddedMongo.start(properties);
				MongoClient fileClient = MongoClients.create(store.connectionString())) {
			Entry read = TestStores.template(fileClient, "tandem", encryption(KEY_B)).findById("e1", Entry.class);
			assertThat(read.note().text()).isEqualTo("kept across the rotation");
		}
	}

	private static ReEncryption reEncryption(MongoTemplate mongo, FieldEncryption encryption) {
		return new ReEncryption(mongo, encryption, List.of(Entry.class));
	}

	private static Entry entry(String id, String note) {
		return new Entry(id, 1L, new PrivateText(note), List.of(new Effect(new PrivateText("Tinnitus"), 2)),
				Map.of("CALM", new PrivateText("Walk by the river")));
	}

	private MongoTemplate template(byte[] primary, byte[]... older) {
		return template(client, primary, older);
	}

	private static MongoTemplate template(MongoClient client, byte[] primary, byte[]... older) {
		return TestStores.template(client, "encryption-tests", encryption(primary, older));
	}

	private static FieldEncryption encryption(byte[] primary, byte[]... older) {
		return new FieldEncryption(primary, List.of(older));
	}

	private com.mongodb.client.MongoCollection<Document> collection() {
		return client.getDatabase("encryption-tests").getCollection("journal");
	}

	private Document raw(String id) {
		return collection().find(new Document("_id", id)).first();
	}

	private String rawJson(String id) {
		return raw(id).toJson();
	}

	private static byte[] key() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

	private static String encoded(byte[] key) {
		return Base64.getEncoder().encodeToString(key);
	}

	/** A value as the first version of Tandem stored it: AES-GCM, no associated data, no key id. */
	private static String legacyV1(byte[] key, String plain) {
		try {
			byte[] nonce = new byte[12];
			new SecureRandom().nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			byte[] stored = new byte[12 + sealed.length];
			System.arraycopy(nonce, 0, stored, 0, 12);
			System.arraycopy(sealed, 0, stored, 12, sealed.length);
			return "enc:v1:" + Base64.getEncoder().encodeToString(stored);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
