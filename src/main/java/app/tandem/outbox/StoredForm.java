package app.tandem.outbox;

import java.util.Date;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;

import app.tandem.store.PrivateText;

/**
 * The stored form of a new outbox entry, written field by field instead of by the mapping layer: every update
 * queues one or more, and mapping a record reflectively cost a fifth of the outbox's insert (issue 11's profile). The
 * result is the document the mapping layer writes for an {@link OutboxEntry} (the same names, enums by name, instants
 * as dates, no field for a {@code null}), and it reads back as one; private text is sealed by the store's own
 * conversion, for its place, as it is when a whole document is mapped. {@code OutboxTests} reads every kind of
 * message back from what this writes.
 */
final class StoredForm {

	private StoredForm() {
	}

	static Document of(OutboxEntry entry, MongoConverter converter) {
		Document document = new Document("_id", entry.id());
		document.put("chatId", entry.chatId());
		put(document, "lane", entry.lane());
		document.put("priority", entry.priority());
		document.put("seq", entry.seq());
		document.put("payload", payload(entry.id(), entry.payload(), converter));
		put(document, "tag", entry.tag());
		put(document, "status", entry.status());
		put(document, "createdAt", entry.createdAt());
		put(document, "notBefore", entry.notBefore());
		document.put("attempts", entry.attempts());
		put(document, "leaseOwner", entry.leaseOwner());
		put(document, "leaseUntil", entry.leaseUntil());
		put(document, "claim", entry.claim());
		put(document, "messageId", entry.messageId());
		put(document, "failure", entry.failure());
		put(document, "expireAt", entry.expireAt());
		return document;
	}

	private static Document payload(String id, OutboxEntry.Payload payload, MongoConverter converter) {
		Document document = new Document("kind", payload.kind());
		put(document, "text", sealed(payload.text(), id, "payload.text", converter));
		put(document, "keyboard", sealed(payload.keyboard(), id, "payload.keyboard", converter));
		put(document, "messageId", payload.messageId());
		put(document, "callbackId", payload.callbackId());
		put(document, "content", sealed(payload.content(), id, "payload.content", converter));
		put(document, "fileName", payload.fileName());
		put(document, "action", payload.action());
		if (payload.arguments() != null) {
			Document arguments = new Document();
			arguments.putAll(payload.arguments());
			document.put("arguments", arguments);
		}
		return document;
	}

	private static Object sealed(PrivateText text, String id, String path, MongoConverter converter) {
		return (text == null) ? null : converter.convertToMongoType(text.at(OutboxEntry.class, id, path));
	}

	private static void put(Document document, String name, Object value) {
		if (value instanceof Enum<?> constant) {
			document.put(name, constant.name());
		}
		else if (value instanceof java.time.Instant instant) {
			document.put(name, Date.from(instant));
		}
		else if (value != null) {
			document.put(name, value);
		}
	}

}
