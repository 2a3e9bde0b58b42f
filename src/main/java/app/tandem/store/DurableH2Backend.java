package app.tandem.store;

import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import org.h2.mvstore.MVStore;

/**
 * The embedded file store, made durable: every command that changes data commits the H2 MVStore before the answer
 * goes back to the driver. Without this, MVStore commits in the background about once a second, and a kill -9 loses
 * that second of writes, including updates the inbox has already acknowledged to Telegram.
 * <p>
 * A commit hands the written pages to the operating system; it survives the process being killed, as the kill
 * test shows. It does not force them to the disk platter (no fsync per write), so a power cut can still lose the
 * last writes, as with MongoDB's default journal interval.
 */
final class DurableH2Backend extends H2Backend {

	private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
			"createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

	/** H2's page cache, in megabytes as H2 counts them (its default is 16). */
	static final int CACHE_MB = 8;

	DurableH2Backend(String fileName) {
		super(new MVStore.Builder().fileName(fileName).cacheSize(CACHE_MB).open());
	}

	/** Databases whose unique indexes compare keys without serialising them ({@link IndexKeyType}). */
	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return OrderedIndexDatabase.open(databaseName, getMvStore(), getCursorRegistry());
	}

	@Override
	public Document handleMessage(MongoMessage message) {
		String command = message.getDocument().keySet().iterator().next();
		if (!WRITES.contains(command.toLowerCase(Locale.ROOT))) {
			return super.handleMessage(message);
		}
		try {
			return super.handleMessage(message);
		}
		finally {
			// Also after a failed write: an unordered bulk insert may have written part of its documents.
			commit();
		}
	}

}
