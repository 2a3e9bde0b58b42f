package app.tandem.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Key rotation: rewrites every stored ciphertext that is not sealed with the current key in the current form
 * (binary data; the text earlier versions wrote becomes binary).
 * Works on the raw documents of every collection, so no feature has to take part: a ciphertext's place (collection,
 * document id, field path without list positions) is its associated data, and the raw document says all three.
 * Each value is replaced only if it is still the one read (compare-and-set), so a running Tandem may keep writing.
 * <p>
 * Upgrading from a version that kept some of these fields in plain text: a plain value found where a document
 * class holds private text is sealed too (the operator runs this on purpose; Tandem itself refuses such values).
 */
public final class ReEncryption {

	private static final Logger log = LoggerFactory.getLogger(ReEncryption.class);

	private final MongoTemplate mongo;

	private final FieldEncryption encryption;

	/** Per collection, the paths of its documents' private text ({@code *} stands for any map key). */
	private final Map<String, Set<String>> privatePaths = new HashMap<>();

	ReEncryption(MongoTemplate mongo, FieldEncryption encryption, Collection<Class<?>> documents) {
		this.mongo = mongo;
		this.encryption = encryption;
		for (Class<?> document : documents) {
			Set<String> paths = PrivatePlaces.paths(document);
			if (!paths.isEmpty()) {
				privatePaths.computeIfAbsent(Place.collectionOf(document), name -> new HashSet<>()).addAll(paths);
			}
		}
	}

	/**
	 * @param rewritten values sealed again with the current key
	 * @param current values already sealed with it
	 * @param unreadable values that open with none of the configured keys (left as they are)
	 * @param sealedPlain plain values (written by an earlier version) found where private text belongs, now sealed
	 */
	public record Result(int rewritten, int current, int unreadable, int sealedPlain) {
	}

	public Result run() {
		int rewritten = 0;
		int current = 0;
		int unreadable = 0;
		int sealedPlain = 0;
		for (String collection : mongo.getCollectionNames()) {
			Set<String> plainAllowed = privatePaths.getOrDefault(collection, Set.of());
			for (Document document : mongo.getCollection(collection).find()) {
				Object id = document.get("_id");
				List<Found> found = new ArrayList<>();
				collect(document, "", "", plainAllowed, found);
				for (Found value : found) {
					Place place = new Place(collection, String.valueOf(id), value.path());
					if (value.plain()) {
						if (replace(collection, id, value, encryption.seal((String) value.stored(), place))) {
							sealedPlain++;
						}
						continue;
					}
					if (encryption.isCurrent(value.stored())) {
						current++;
						continue;
					}
					try {
						Binary sealed = encryption.seal(encryption.open(value.stored(), place), place);
						if (replace(collection, id, value, sealed)) {
							rewritten++;
						}
					}
					catch (UnreadablePrivateText ex) {
						log.warn("{} (left as it is)", ex.getMessage());
						unreadable++;
					}
				}
			}
		}
		log.info("Re-encryption: {} values sealed again with the current key, {} were already, {} unreadable, "
				+ "{} plain values sealed", rewritten, current, unreadable, sealedPlain);
		return new Result(rewritten, current, unreadable, sealedPlain);
	}

	/** Replaces the value if it is still the one read. */
	private boolean replace(String collection, Object id, Found value, Binary sealed) {
		Query unchanged = Query.query(Criteria.where("_id").is(id).and(value.position()).is(value.stored()));
		return mongo.updateFirst(unchanged, new Update().set(value.position(), sealed), collection)
			.getModifiedCount() > 0;
	}

	/**
	 * A ciphertext, or a plain value where private text belongs: its place's path (no list positions), its exact
	 * position in the document, and what is stored there.
	 */
	private record Found(String path, String position, Object stored, boolean plain) {
	}

	private static void collect(Object value, String path, String position, Set<String> plainAllowed,
			List<Found> found) {
		if (value instanceof Binary binary) {
			if (binary.length() > 0) { // an empty one marks a value that was unreadable when written
				found.add(new Found(path, position, binary, false));
			}
		}
		else if (value instanceof String text) {
			if (text.startsWith("enc:")) {
				if (!text.equals("enc:unreadable")) {
					found.add(new Found(path, position, text, false));
				}
			}
			else if (matches(plainAllowed, path)) {
				found.add(new Found(path, position, text, true));
			}
		}
		else if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String key = String.valueOf(entry.getKey());
				if (!key.equals("_id") && !key.equals("_class")) {
					collect(entry.getValue(), join(path, key), join(position, key), plainAllowed, found);
				}
			}
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				collect(list.get(i), path, join(position, Integer.toString(i)), plainAllowed, found);
			}
		}
	}

	private static boolean matches(Set<String> patterns, String path) {
		String[] segments = path.split("\\.");
		for (String pattern : patterns) {
			String[] wanted = pattern.split("\\.");
			if (wanted.length != segments.length) {
				continue;
			}
			boolean all = true;
			for (int i = 0; i < wanted.length && all; i++) {
				all = wanted[i].equals("*") || wanted[i].equals(segments[i]);
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

}
