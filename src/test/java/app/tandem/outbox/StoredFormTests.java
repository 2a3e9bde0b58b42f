package app.tandem.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.outbox.OutboxEntry.Status;
import app.tandem.store.TestStores;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox writes its new entries field by field ({@link StoredForm}) instead of through the mapping layer: what it
 * stores must be what the mapping layer stores for the same entry, read back as the same entry, and keep its private
 * text sealed.
 */
class StoredFormTests {

	TestStores.InMemory memory;

	MongoTemplate mongo;

	@BeforeEach
	void startStore() {
		memory = new TestStores.InMemory();
		mongo = memory.template("stored-form-tests");
	}

	@AfterEach
	void stopStore() {
		memory.close();
	}

	@Test
	void shouldStoreEveryKindOfMessageAsTheMappingLayerDoes() {
		Keyboard keyboard = Keyboard.of(new Keyboard.Button("✅ Taken", "dose:t:1"));
		List<OutboundMessage> all = List.of(new OutboundMessage.Text("<b>Time</b> for Sertraline", keyboard),
				new OutboundMessage.EditText(41, "edited", keyboard), new OutboundMessage.EditKeyboard(42, null),
				new OutboundMessage.AnswerButton("cb-1", "Saved"),
				new OutboundMessage.Photo(new byte[] { 1, 2, 3 }, "chart.png", "caption"),
				new OutboundMessage.Document(new byte[] { 4, 5 }, "report.pdf", null),
				new OutboundMessage.DrawnPhoto("summary-chart", Map.of("userId", "7", "week", "48"), "week.png", "your week"),
				new OutboundMessage.ChatAction(OutboundMessage.ChatAction.Action.TYPING),
				new OutboundMessage.LeaveChat());
		Instant now = Instant.parse("2026-12-01T08:00:00.123456Z");
		for (int i = 0; i < all.size(); i++) {
			boolean leased = i % 2 == 0;
			OutboxEntry mapped = entry("mapped-" + i, all.get(i), now, leased);
			OutboxEntry written = entry("written-" + i, all.get(i), now, leased);
			mongo.insert(mapped);
			mongo.insert(StoredForm.of(written, mongo.getConverter()), "outbox");

			Document byMapping = mongo.findById(mapped.id(), Document.class, "outbox");
			Document byHand = mongo.findById(written.id(), Document.class, "outbox");
			assertThat(comparable(byHand)).as(all.get(i).getClass().getSimpleName())
				.isEqualTo(comparable(byMapping));
			OutboxEntry read = mongo.findById(written.id(), OutboxEntry.class);
			assertThat(read.payload().kind()).isEqualTo(mapped.payload().kind());
			assertThat(read.createdAt()).isEqualTo(mongo.findById(mapped.id(), OutboxEntry.class).createdAt());
			assertThat(read.leaseOwner()).isEqualTo(leased ? "instance-1" : null);
		}
	}

	@Test
	void shouldSealThePrivateTextForItsOwnPlace() {
		OutboxEntry entry = entry("a", new OutboundMessage.Text("I feel low today", null), Instant.now(), false);
		mongo.insert(StoredForm.of(entry, mongo.getConverter()), "outbox");

		Document stored = mongo.findById("a", Document.class, "outbox");
		assertThat(stored.get("payload", Document.class).get("text")).isInstanceOf(Binary.class);
		assertThat(stored.toJson()).doesNotContain("low");
		assertThat(mongo.findById("a", OutboxEntry.class).payload().message())
			.isEqualTo(new OutboundMessage.Text("I feel low today", null));

		// moved to another document, the ciphertext does not open there
		Document copy = new Document(stored);
		copy.put("_id", "b");
		mongo.insert(copy, "outbox");
		assertThat(mongo.findById("b", OutboxEntry.class).payload().text().readable()).isFalse();
	}

	private static OutboxEntry entry(String id, OutboundMessage message, Instant now, boolean leased) {
		return new OutboxEntry(id, 7L, Lane.REPLY, Lane.REPLY.ordinal(), 12L, OutboxEntry.Payload.of(message), "tag-1",
				Status.QUEUED, now, now, 0, leased ? "instance-1" : null, leased ? now.plusSeconds(30) : null, null, null,
				null, null);
	}

	/** The stored document without its id, its type hint and its ciphertexts (sealed anew, for their own place). */
	private static Document comparable(Document stored) {
		Document copy = new Document(stored);
		copy.remove("_id");
		copy.remove("_class");
		Document payload = new Document(copy.get("payload", Document.class));
		payload.remove("_class");
		for (String field : new ArrayList<>(payload.keySet())) {
			if (payload.get(field) instanceof Binary) {
				payload.put(field, "sealed");
			}
		}
		copy.put("payload", payload);
		return copy;
	}

}
