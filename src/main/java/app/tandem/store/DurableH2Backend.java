package app.tandem.store;

import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

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

	/** How long one compaction step may spend moving chunks. */
	private static final int MAX_COMPACT_MILLIS = 10_000;

	private final int usualRetentionMillis;

	private final int usualVersionsToKeep;

	DurableH2Backend(String fileName) {
		super(fileName);
		this.usualRetentionMillis = getMvStore().getRetentionTime();
		this.usualVersionsToKeep = (int) getMvStore().getVersionsToKeep();
	}

	/**
	 * One step of scrubbing the file: commits, then moves the live chunks to the front of the file and cuts off the
	 * rest. Pages that only deleted (or overwritten) documents used are dropped once no kept version needs them, so
	 * it runs with {@link #keepOldVersions keepOldVersions(false)}.
	 */
	void compactOnce() {
		commit();
		getMvStore().compactFile(MAX_COMPACT_MILLIS);
	}

	/**
	 * MVStore keeps the chunks of the last few versions, and of any version for a while (45 s), for readers that
	 * might still use them. While scrubbing only the current version is kept and old chunks are let go at once; a
	 * kill -9 in that moment can lose the last writes, which is why it is not the setting at other times.
	 */
	void keepOldVersions(boolean asUsual) {
		getMvStore().setRetentionTime(asUsual ? usualRetentionMillis : 0);
		getMvStore().setVersionsToKeep(asUsual ? usualVersionsToKeep : 1);
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
