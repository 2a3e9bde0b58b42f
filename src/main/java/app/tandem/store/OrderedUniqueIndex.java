package app.tandem.store;

import java.util.List;
import java.util.Map;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.h2.mvstore.MVMap;

/** A unique index of the file store whose keys sit in a map ordered by {@link IndexKeyType}. */
final class OrderedUniqueIndex extends AbstractUniqueIndex<Object> {

	private final MVMap<KeyValue, Object> positions;

	OrderedUniqueIndex(String name, List<IndexKey> keys, boolean sparse, MVMap<KeyValue, Object> positions) {
		super(name, keys, sparse);
		this.positions = positions;
	}

	@Override
	protected Object removeDocument(KeyValue key) {
		return positions.remove(key);
	}

	@Override
	protected boolean putKeyPosition(KeyValue key, Object position) {
		return positions.putIfAbsent(key, Missing.ofNullable(position)) == null;
	}

	@Override
	protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
		return positions.entrySet();
	}

	@Override
	protected Object getPosition(KeyValue key) {
		return positions.get(key);
	}

	@Override
	public long getCount() {
		return positions.sizeAsLong();
	}

	@Override
	public long getDataSize() {
		return getCount();
	}

}
