package app.tandem.store;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the file store writes a collection's documents: field by field in a compact binary form, instead of H2's
 * default, Java serialisation of the document's map, which costs several times the CPU (and, in a fresh process,
 * much of the JIT compiler's time) each time a page of documents is read from the file or written to it.
 * <p>
 * Each value starts with a tag byte: {@value #DOCUMENT} for this form, which H2's {@link ObjectDataType} never
 * writes, or one of that type's own tags, for a document written before (read as before, and written in this form
 * when its page is next written) or one holding a value this form does not know (kept in H2's form, so nothing is
 * lost). The form knows the values documents hold here: null, booleans, 32- and 64-bit integers, doubles, strings,
 * instants (to the nanosecond), object ids, binary data, and documents and lists of them; a value reads back equal,
 * and of the same class, as it was written. A store written by this class cannot be read by a version before it: H2
 * rejects the unknown tag rather than misreading it.
 */
final class DocumentDataType extends BasicDataType<Object> {

	/** The tag of a document in this form: above the highest tag of {@link ObjectDataType} (119). */
	static final byte DOCUMENT = 126;

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

	/** Ends a document or a list, where the next field or element's kind would be. */
	private static final byte END = (byte) 0xff;

	/**
	 * How often a document that changes while it is written is written again (an update changes it for microseconds)
	 * before H2's form is used, which does not notice the change and may write a mix of before and after.
	 */
	private static final int ATTEMPTS = 1000;

	/**
	 * What a document takes in memory per byte of this form, for H2's page cache (a map of boxed values and strings
	 * takes several times its bytes).
	 */
	private static final int MEMORY_PER_BYTE = 4;

	/** Reads what was written before and writes what this form does not know. */
	private final ObjectDataType older = new ObjectDataType();

	/** A moving average of the documents' memory, as H2 keeps one for serialised objects. */
	private volatile int averageMemory = 1024;

	@Override
	public Object[] createStorage(int size) {
		return new Object[size];
	}

	@Override
	public int getMemory(Object value) {
		return (value instanceof Document) ? averageMemory : older.getMemory(value);
	}

	/**
	 * Writes a document in this form, or in H2's if it holds a value this form does not know. mongo-java-server
	 * updates a stored document in place, so another thread's commit may be writing the page that holds it while it
	 * changes: then it is written again, as it is by then (and the update writes its page once more anyway).
	 */
	@Override
	public void write(WriteBuffer buffer, Object value) {
		if (value instanceof Document document) {
			int start = buffer.position();
			for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
				try {
					if (!isKnown(document)) {
						break;
					}
					writeDocument(buffer.put(DOCUMENT), document);
					averageMemory = (int) ((MEMORY_PER_BYTE * (long) (buffer.position() - start) + 15L * averageMemory)
							/ 16);
					return;
				}
				catch (ConcurrentModificationException ex) {
					buffer.position(start);
				}
			}
		}
		older.write(buffer, value);
	}

	@Override
	public Object read(ByteBuffer buffer) {
		if (buffer.get(buffer.position()) != DOCUMENT) {
			return older.read(buffer);
		}
		buffer.get();
		return readDocument(buffer);
	}

	/** Values are not ordered by meaning; equal ones compare as equal, others in H2's order. */
	@Override
	public int compare(Object a, Object b) {
		return Objects.equals(a, b) ? 0 : older.compare(a, b);
	}

	private static boolean isKnown(Object value) {
		if (value == null || value instanceof Boolean || value instanceof Integer || value instanceof Long
				|| value instanceof Double || value instanceof String || value instanceof Instant
				|| value instanceof ObjectId || value instanceof byte[]) {
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
	private static void writeDocument(WriteBuffer buffer, Document document) {
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
		else if (value instanceof Document document) {
			writeDocument(buffer, document);
		}
		else if (value instanceof List<?> list) {
			for (Object element : list) {
				buffer.put(kindOf(element));
				writeValue(buffer, element);
			}
			buffer.put(END);
		}
	}

	private static void writeString(WriteBuffer buffer, String text) {
		buffer.putVarInt(text.length()).putStringData(text, text.length());
	}

	private static Document readDocument(ByteBuffer buffer) {
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
			case NESTED -> readDocument(buffer);
			case LIST -> readList(buffer);
			default -> throw new IllegalStateException("A stored document holds a value of unknown kind " + kind);
		};
	}

	private static List<Object> readList(ByteBuffer buffer) {
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
