package app.tandem.store;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/**
 * Writes a new document field by field, for the few documents every update writes (inbox and outbox entries),
 * where the mapping layer's reflection over a record cost a fifth of the write (issue 11's profile). It writes what
 * the mapping layer writes for the same values (enums by name, instants as dates, maps as documents, no field for a
 * {@code null}), so the document reads back through the mapping layer as usual; private text is sealed by the
 * store's own conversion for its place (collection, id, field path), exactly as when a whole record is mapped.
 */
public final class StoredDocument {

	private final Document document;

	private final Class<?> type;

	private final Object id;

	private final String path;

	private final MongoConverter converter;

	private StoredDocument(Document document, Class<?> type, Object id, String path, MongoConverter converter) {
		this.document = document;
		this.type = type;
		this.id = id;
		this.path = path;
		this.converter = converter;
	}

	/** A document of the mapped type (its {@code @Document} names the collection private text is sealed for). */
	public static StoredDocument of(Class<?> type, Object id, MongoConverter converter) {
		return new StoredDocument(new Document("_id", id), type, id, "", converter);
	}

	public StoredDocument put(String name, Object value) {
		if (value instanceof Enum<?> constant) {
			document.put(name, constant.name());
		}
		else if (value instanceof Instant instant) {
			document.put(name, Date.from(instant));
		}
		else if (value instanceof Map<?, ?> map) {
			Document nested = new Document();
			map.forEach((key, item) -> nested.put(String.valueOf(key), item));
			document.put(name, nested);
		}
		else if (value instanceof PrivateText) {
			throw new IllegalArgumentException("Private text is written with putPrivate, sealed for its place");
		}
		else if (value != null) {
			document.put(name, value);
		}
		return this;
	}

	public StoredDocument putPrivate(String name, PrivateText text) {
		if (text != null) {
			document.put(name, converter.convertToMongoType(text.at(type, id, path + name)));
		}
		return this;
	}

	/** A document inside this one, under {@code name}; its private text is placed under that path. */
	public StoredDocument nested(String name) {
		Document inner = new Document();
		document.put(name, inner);
		return new StoredDocument(inner, type, id, path + name + ".", converter);
	}

	public Document toDocument() {
		return document;
	}

}
