package app.tandem.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.chat.ChatType;
import app.tandem.chat.Inbound;
import app.tandem.chat.InboundPayload;
import app.tandem.store.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inbox stores each batch of updates field by field ({@link InboxEntry#stored}) instead of through the mapping
 * layer: what it stores must be what the mapping layer stores for the same entry, read back as the same update, with
 * the person's words sealed.
 */
class InboxStoredFormTests {

	TestStores.InMemory memory;

	MongoTemplate mongo;

	@BeforeEach
	void startStore() {
		memory = new TestStores.InMemory();
		mongo = memory.template("inbox-stored-form-tests");
	}

	@AfterEach
	void stopStore() {
		memory.close();
	}

	@Test
	void shouldStoreEveryKindOfUpdateAsTheMappingLayerDoes() {
		List<InboundPayload> all = List.of(new InboundPayload.Text("I want to talk about today"),
				new InboundPayload.Command("took", "sertraline 50"), new InboundPayload.ButtonPress("dose:t:1", 41, "cb-1"),
				new InboundPayload.Unsupported(InboundPayload.Unsupported.Kind.PHOTO, "a caption"));
		Instant now = Instant.parse("2026-12-01T08:00:00.123456Z");
		for (int i = 0; i < all.size(); i++) {
			InboxEntry mapped = InboxEntry.received(inbound(1000 + i, all.get(i)), i % 2 == 0, now, now.plusSeconds(60));
			InboxEntry written = InboxEntry.received(inbound(2000 + i, all.get(i)), i % 2 == 0, now, now.plusSeconds(60));
			mongo.insert(mapped);
			mongo.insert(written.stored(mongo.getConverter()), "inbox");

			assertThat(comparable(mongo.findById(2000L + i, Document.class, "inbox")))
				.as(all.get(i).getClass().getSimpleName())
				.isEqualTo(comparable(mongo.findById(1000L + i, Document.class, "inbox")));
			InboxEntry read = mongo.findById(2000L + i, InboxEntry.class);
			assertThat(read.toInbound().payload()).isEqualTo(all.get(i));
			assertThat(read.answeredUrgently()).isEqualTo(i % 2 == 0);
			assertThat(read.receivedAt()).isEqualTo(mongo.findById(1000L + i, InboxEntry.class).receivedAt());
		}
	}

	@Test
	void shouldSealThePersonsWords() {
		InboxEntry entry = InboxEntry.received(inbound(7, new InboundPayload.Text("I feel low")), false, Instant.now(),
				Instant.now().plusSeconds(60));
		mongo.insert(entry.stored(mongo.getConverter()), "inbox");

		Document stored = mongo.findById(7L, Document.class, "inbox");
		assertThat(stored.get("text")).isInstanceOf(Binary.class);
		assertThat(stored.toJson()).doesNotContain("low");
	}

	private static Inbound inbound(long updateId, InboundPayload payload) {
		return new Inbound(updateId, 42L, 42L, ChatType.PRIVATE, "de", null, payload);
	}

	/** The stored document without its id, its type hint and its ciphertexts (sealed anew, for their own place). */
	private static Document comparable(Document stored) {
		Document copy = new Document(stored);
		copy.remove("_id");
		copy.remove("_class");
		for (String field : new ArrayList<>(copy.keySet())) {
			if (copy.get(field) instanceof Binary) {
				copy.put(field, "sealed");
			}
		}
		return copy;
	}

}
