package app.tandem.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Key rotation: rewrites every stored ciphertext that is not sealed with the current key in the current format.
 * Works on the raw documents of every collection, so no feature has to take part: a ciphertext's place (collection,
 * document id, field path without list positions) is its associated data, and the raw document says all three.
 * Each value is replaced only if it is still the one read (compare-and-set), so a running Tandem may keep writing.
 */
public final class ReEncryption {

	private static final Logger log = LoggerFactory.getLogger(ReEncryption.class);

	private final MongoTemplate mongo;

	private final FieldEncryption encryption;

	ReEncryption(MongoTemplate mongo, FieldEncryption encryption) {
		this.mongo = mongo;
		this.encryption = encryption;
	}

	/**
	 * @param rewritten values sealed again with the current key
	 * @param current values already sealed with it
	 * @param unreadable values that open with none of the configured keys (left as they are)
	 */
	public record Result(int rewritten, int current, int unreadable) {
	}

	public Result run() {
		int rewritten = 0;
		int current = 0;
		int unreadable = 0;
		for (String collection : mongo.getCollectionNames()) {
			for (Document document : mongo.getCollection(collection).find()) {
				Object id = document.get("_id");
				List<Found> found = new ArrayList<>();
				collect(document, "", "", found);
				for (Found value : found) {
					if (encryption.isCurrent(value.stored())) {
						current++;
						continue;
					}
					Place place = new Place(collection, String.valueOf(id), value.path());
					try {
						String sealed = encryption.seal(encryption.open(value.stored(), place), place);
						Query unchanged = Query.query(Criteria.where("_id").is(id).and(value.position()).is(value.stored()));
						if (mongo.updateFirst(unchanged, new Update().set(value.position(), sealed), collection)
							.getModifiedCount() > 0) {
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
		log.info("Re-encryption: {} values sealed again with the current key, {} were already, {} unreadable",
				rewritten, current, unreadable);
		return new Result(rewritten, current, unreadable);
	}

	/** A ciphertext: its place's path (no list positions) and its exact position in the document. */
	private record Found(String path, String position, String stored) {
	}

	private static void collect(Object value, String path, String position, List<Found> found) {
		if (value instanceof String text && text.startsWith("enc:") && !text.equals("enc:unreadable")) {
			found.add(new Found(path, position, text));
		}
		else if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String key = String.valueOf(entry.getKey());
				if (!key.equals("_id")) {
					collect(entry.getValue(), join(path, key), join(position, key), found);
				}
			}
		}
		else if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				collect(list.get(i), path, join(position, Integer.toString(i)), found);
			}
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

}
