package app.tandem.outbox;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import app.tandem.store.StoredDocument;

/**
 * The stored form of a new outbox entry, written field by field ({@link StoredDocument}) instead of by the mapping
 * layer: every update queues one or more. It is the document the mapping layer writes for an {@link OutboxEntry},
 * and reads back as one ({@code StoredFormTests}).
 */
final class StoredForm {

	private StoredForm() {
	}

	static Document of(OutboxEntry entry, MongoConverter converter) {
		StoredDocument document = StoredDocument.of(OutboxEntry.class, entry.id(), converter)
			.put("chatId", entry.chatId())
			.put("lane", entry.lane())
			.put("priority", entry.priority())
			.put("seq", entry.seq());
		OutboxEntry.Payload payload = entry.payload();
		document.nested("payload")
			.put("kind", payload.kind())
			.putPrivate("text", payload.text())
			.putPrivate("keyboard", payload.keyboard())
			.put("messageId", payload.messageId())
			.put("callbackId", payload.callbackId())
			.putPrivate("content", payload.content())
			.put("fileName", payload.fileName())
			.put("action", payload.action())
			.put("arguments", payload.arguments());
		return document.put("tag", entry.tag())
			.put("status", entry.status())
			.put("createdAt", entry.createdAt())
			.put("notBefore", entry.notBefore())
			.put("attempts", entry.attempts())
			.put("leaseOwner", entry.leaseOwner())
			.put("leaseUntil", entry.leaseUntil())
			.put("claim", entry.claim())
			.put("messageId", entry.messageId())
			.put("failure", entry.failure())
			.put("expireAt", entry.expireAt())
			.toDocument();
	}

}
