package app.tandem.store;

import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * An H2 database of the file store whose unique indexes compare keys field by field ({@link IndexKeyType}) instead
 * of serialising them on every comparison, and whose documents are written field by field, not by Java serialisation ({@link DocumentDataType}).
 */
final class OrderedIndexDatabase extends H2Database {

	/** The store, for the indexes the superclass's constructor opens before this class's fields are set. */
	private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

	/** The prefix mongo-java-server's H2 backend gives the name of a collection's map of documents. */
	private static final String DOCUMENTS_PREFIX = "databases.";

	private final MVStore store;

	private OrderedIndexDatabase(String name, MVStore store, CursorRegistry cursors) {
		super(name, store, cursors);
		this.store = store;
	}

	static OrderedIndexDatabase open(String name, MVStore store, CursorRegistry cursors) {
		OPENING.set(store);
		try {
			return new OrderedIndexDatabase(name, store, cursors);
		}
		finally {
			OPENING.remove();
		}
	}

	@Override
	protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		MVStore mvStore = (store != null) ? store : OPENING.get();
		return new OrderedUniqueIndex(indexName, keys, sparse,
				OrderedIndexMaps.open(mvStore, plainIndexName(collectionName, indexName)));
	}

	/**
	 * Opens the collection's documents with {@link DocumentDataType} before the superclass opens them by name (H2
	 * hands it the map already open), so documents are written in its compact form.
	 */
	@Override
	protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
		MVStore mvStore = (store != null) ? store : OPENING.get();
		mvStore.openMap(DOCUMENTS_PREFIX + getFullCollectionNamespace(collectionName),
				new MVMap.Builder<Object, Object>().valueType(new DocumentDataType()));
		return super.openOrCreateCollection(collectionName, options);
	}

	@Override
	protected void dropIndex(MongoCollection<Object> collection, String indexName) {
		super.dropIndex(collection, indexName);
		store.removeMap(OrderedIndexMaps.name(plainIndexName(collection.getCollectionName(), indexName)));
	}

	/** The name mongo-java-server's H2 backend gives an index's map. */
	private String plainIndexName(String collectionName, String indexName) {
		return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
	}

}
