package app.tandem.store;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

/**
 * The compact form the file store writes documents ({@link DocumentDataType}) and index keys ({@link IndexKeyType})
 * in: each value as a byte saying its kind, then the value; a document as its fields, each its kind, name and value,
 * then an end byte; a list as its elements, then an end byte. It knows the values documents and keys hold here:
 * null, booleans, 32- and 64-bit integers, doubles, strings, instants (to the nanosecond), object ids, binary data
 * (as bytes and as the server's {@code BinData}),
 * documents and lists ({@link ArrayList}s) of them; each reads back equal, and of the same class, as it was written.
 */
final class CompactForm {

	private static final byte NULL = 0;

	private static final byte FALSE = 1;

	private static final byte TRUE = 2;

	private static final byte INT = 3;

	private static final byte LONG = 4;

	private static final byte DOUBLE = 5;

	private static final byte STRING = 6;

	private static final byte INSTANT = 7;

	private static final byte OBJECT_ID = 8;

	private static final byte BYTES = 9;

	private static final byte NESTED = 10;

	private static final byte LIST = 11;

	/** Binary data as the store's server holds it (sealed private text): its bytes, read back as the same. */
	private static final byte BIN_DATA = 12;

	/** Ends a document or a list, where the next field or element's kind would be. */
	static final byte END = (byte) 0xff;

	private CompactForm() {
	}

	static boolean isKnown(Object value) {
		if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
				|| value instanceof Double || value instanceof String || value instanceof Instant
				|| value instanceof ObjectId || value instanceof byte[] || value instanceof BinData) {
			return true;
		}
		if (value instanceof Document document) {
			for (Map.Entry<String, Object> field : document.entrySet()) {
				if (!isKnown(field.getValue())) {
					return false;
				}
			}
			return true;
		}
		if (value != null && value.getClass() == ArrayList.class) {
			for (Object element : (List<?>) value) {
				if (!isKnown(element)) {
					return false;
				}
			}
			return true;
		}
		return false;
	}

	/**
	 * Field after field, each as its kind, its name and its value, then {@link #END}: no count, which could change
	 * meanwhile.
	 */
	static void writeDocument(WriteBuffer buffer, Document document) {
		for (Map.Entry<String, Object> field : document.entrySet()) {
			Object value = field.getValue();
			buffer.put(kindOf(value));
			writeString(buffer, field.getKey());
			writeValue(buffer, value);
		}
		buffer.put(END);
	}

	private static byte kindOf(Object value) {
		if (value == null) {
			return NULL;
		}
		if (value instanceof Boolean bool) {
			return bool ? TRUE : FALSE;
		}
		if (value instanceof Integer) {
			return INT;
		}
		if (value instanceof Long) {
			return LONG;
		}
		if (value instanceof Double) {
			return DOUBLE;
		}
		if (value instanceof String) {
			return STRING;
		}
		if (value instanceof Instant) {
			return INSTANT;
		}
		if (value instanceof ObjectId) {
			return OBJECT_ID;
		}
		if (value instanceof byte[]) {
			return BYTES;
		}
		if (value instanceof BinData) {
			return BIN_DATA;
		}
		if (value instanceof Document) {
			return NESTED;
		}
		if (value instanceof List) {
			return LIST;
		}
		// Only if the document changed after it was looked at (isKnown): it is written again.
		throw new ConcurrentModificationException("A value of a kind this form does not know: " + value.getClass());
	}

	/** The value without its kind, which is written before it. */
	private static void writeValue(WriteBuffer buffer, Object value) {
		if (value instanceof Integer number) {
			buffer.putVarInt(number);
		}
		else if (value instanceof Long number) {
			buffer.putVarLong(number);
		}
		else if (value instanceof Double number) {
			buffer.putLong(Double.doubleToRawLongBits(number));
		}
		else if (value instanceof String text) {
			writeString(buffer, text);
		}
		else if (value instanceof Instant instant) {
			buffer.putVarLong(instant.getEpochSecond()).putVarInt(instant.getNano());
		}
		else if (value instanceof ObjectId id) {
			buffer.put(id.toByteArray());
		}
		else if (value instanceof byte[] bytes) {
			buffer.putVarInt(bytes.length).put(bytes);
		}
		else if (value instanceof BinData binary) {
			buffer.putVarInt(binary.getData().length).put(binary.getData());
		}
		else if (value instanceof Document document) {
			writeDocument(buffer, document);
		}
		else if (value instanceof List<?> list) {
			writeList(buffer, list);
		}
	}

	/** Element after element, each its kind and value, then {@link #END}. */
	static void writeList(WriteBuffer buffer, Iterable<?> list) {
		for (Object element : list) {
			buffer.put(kindOf(element));
			writeValue(buffer, element);
		}
		buffer.put(END);
	}

	private static void writeString(WriteBuffer buffer, String text) {
		buffer.putVarInt(text.length()).putStringData(text, text.length());
	}

	static Document readDocument(ByteBuffer buffer) {
		Document document = new Document();
		for (byte kind = buffer.get(); kind != END; kind = buffer.get()) {
			String key = DataUtils.readString(buffer);
			document.put(key, readValue(kind, buffer));
		}
		return document;
	}

	private static Object readValue(byte kind, ByteBuffer buffer) {
		return switch (kind) {
			case NULL -> null;
			case FALSE -> Boolean.FALSE;
			case TRUE -> Boolean.TRUE;
			case INT -> Integer.valueOf(DataUtils.readVarInt(buffer));
			case LONG -> Long.valueOf(DataUtils.readVarLong(buffer));
			case DOUBLE -> Double.valueOf(Double.longBitsToDouble(buffer.getLong()));
			case STRING -> DataUtils.readString(buffer);
			case INSTANT -> Instant.ofEpochSecond(DataUtils.readVarLong(buffer), DataUtils.readVarInt(buffer));
			case OBJECT_ID -> new ObjectId(bytes(buffer, 12));
			case BYTES -> bytes(buffer, DataUtils.readVarInt(buffer));
			case BIN_DATA -> new BinData(bytes(buffer, DataUtils.readVarInt(buffer)));
			case NESTED -> readDocument(buffer);
			case LIST -> readList(buffer);
			default -> throw new IllegalStateException("A stored document holds a value of unknown kind " + kind);
		};
	}

	static List<Object> readList(ByteBuffer buffer) {
		List<Object> list = new ArrayList<>();
		for (byte kind = buffer.get(); kind != END; kind = buffer.get()) {
			list.add(readValue(kind, buffer));
		}
		return list;
	}

	private static byte[] bytes(ByteBuffer buffer, int length) {
		byte[] bytes = new byte[length];
		buffer.get(bytes);
		return bytes;
	}

}
