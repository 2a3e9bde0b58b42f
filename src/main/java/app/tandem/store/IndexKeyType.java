package app.tandem.store;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The key type of the file store's unique indexes (every collection's {@code _id} and each unique index): keys are
 * written in {@link CompactForm} (those written before, by Java serialisation, are read as they are), and compared
 * field by field instead of as serialised bytes.
 * <p>
 * H2 compares an object it does not know (mongo-java-server's {@link KeyValue}) by serialising both sides with Java
 * serialisation on every comparison, so each lookup in an index of n keys serialised 2·log₂ n objects: a third of
 * the process's CPU while 10,000 dose reminders went out. Here a key's values are compared by their class and then
 * by value for the plain types a key holds (strings, numbers, booleans, object ids); any other value falls back to
 * H2's comparison of its serialised form. Two keys compare equal exactly when their serialised forms are equal, as
 * before, so the index finds and refuses the same keys; only the order of the keys in the tree differs, which is why
 * an index written in the old order is copied into a new map at start ({@link OrderedIndexMaps}).
 */
final class IndexKeyType extends ObjectDataType {

	/**
	 * The tag of a key in {@link CompactForm}: above the highest tag of {@link ObjectDataType} (119), beside
	 * {@link DocumentDataType#DOCUMENT}.
	 */
	static final byte KEY = 125;

	/** What a key takes in memory, for H2's page cache: the key, its list and boxes, and per byte of its form. */
	private static final int MEMORY = 160;

	private static final int MEMORY_PER_BYTE = 4;

	/**
	 * A key whose values {@link CompactForm} knows is written in that form; any other as H2 writes any object (Java
	 * serialisation, which keys written before are in, and are read in).
	 */
	@Override
	public void write(WriteBuffer buffer, Object value) {
		if (value instanceof KeyValue key && key.stream().allMatch(CompactForm::isKnown)) {
			CompactForm.writeList(buffer.put(KEY), key);
			return;
		}
		super.write(buffer, value);
	}

	@Override
	public Object read(ByteBuffer buffer) {
		if (buffer.get(buffer.position()) != KEY) {
			return super.read(buffer);
		}
		buffer.get();
		return new KeyValue(CompactForm.readList(buffer));
	}

	@Override
	public int getMemory(Object value) {
		if (value instanceof KeyValue key) {
			int memory = MEMORY;
			for (Object part : key) {
				memory += MEMORY_PER_BYTE * ((part instanceof String text) ? text.length() : 8);
			}
			return memory;
		}
		return super.getMemory(value);
	}

	@Override
	public int compare(Object a, Object b) {
		if (a instanceof KeyValue left && b instanceof KeyValue right) {
			return compareKeys(left, right);
		}
		return super.compare(a, b);
	}

	private int compareKeys(KeyValue left, KeyValue right) {
		int shared = Math.min(left.size(), right.size());
		for (int i = 0; i < shared; i++) {
			int order = compareValues(left.get(i), right.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(left.size(), right.size());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private int compareValues(Object a, Object b) {
		if (a == b) {
			return 0;
		}
		if (a == null || b == null) {
			return (a == null) ? -1 : 1;
		}
		if (a.getClass() != b.getClass()) {
			return a.getClass().getName().compareTo(b.getClass().getName());
		}
		if (a instanceof String || a instanceof Long || a instanceof Integer || a instanceof Double
				|| a instanceof Boolean || a instanceof ObjectId) {
			return ((Comparable) a).compareTo(b);
		}
		return compareNotNull(serialize(a), serialize(b));
	}

}
