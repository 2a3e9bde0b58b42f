package app.tandem.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a unique index's map with the {@link IndexKeyType}, under its own name (the name mongo-java-server gives
 * the index, with {@value #SUFFIX} after it), so a map written in H2's byte order is never read in the new order.
 * <p>
 * A store written before holds the index under the plain name: at the first start its entries are copied into a
 * map being built, committed, and only then is that map given its final name and the old one removed. A crash while
 * copying leaves the old index in place and the half-built copy is discarded at the next start; a crash after the
 * rename finds the final map and removes what is left of the old one.
 */
final class OrderedIndexMaps {

	static final String SUFFIX = "#ordered";

	private static final String BUILDING = "#building";

	private static final Logger log = LoggerFactory.getLogger(OrderedIndexMaps.class);

	private OrderedIndexMaps() {
	}

	static MVMap<KeyValue, Object> open(MVStore store, String plainName) {
		String ordered = name(plainName);
		String building = ordered + BUILDING;
		MVMap.Builder<KeyValue, Object> keyed = new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType());
		if (store.hasMap(ordered) || !store.hasMap(plainName)) {
			store.removeMap(plainName);
			store.removeMap(building);
			return store.openMap(ordered, keyed);
		}
		store.removeMap(building);
		MVMap<Object, Object> old = store.openMap(plainName);
		log.info("Moving the index {} ({} keys) to its new order, once after this upgrade", plainName, old.sizeAsLong());
		MVMap<KeyValue, Object> copy = store.openMap(building, keyed);
		old.forEach((key, position) -> copy.put((KeyValue) key, position));
		store.commit();
		store.renameMap(copy, ordered);
		store.removeMap(old);
		store.commit();
		return copy;
	}

	/** The map name of an index mongo-java-server names {@code plainName}. */
	static String name(String plainName) {
		return plainName + SUFFIX;
	}

}
