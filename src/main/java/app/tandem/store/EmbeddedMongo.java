package app.tandem.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStoreTool;

import app.tandem.SetupProblem;

/**
 * The embedded store: mongo-java-server on 127.0.0.1 and a free port, backed by an H2 file (or memory in tests).
 */
public final class EmbeddedMongo implements AutoCloseable {

	private static final String FILE_NAME = "tandem.mv.db";

	private final MongoServer server;

	private final InetSocketAddress address;

	private final String description;

	private EmbeddedMongo(MongoBackend backend, String description) {
		this.server = new MongoServer(backend);
		server.bind("127.0.0.1", 0);
		this.address = server.getLocalAddress();
		this.description = description;
	}

	static EmbeddedMongo start(StoreProperties properties) {
		if (properties.embeddedBackend() == StoreProperties.EmbeddedBackend.MEMORY) {
			return new EmbeddedMongo(new MemoryBackend(), "embedded store (in memory)");
		}
		Path dir = properties.dataDir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new SetupProblem("the data folder " + dir + " cannot be created (" + ex.getMessage()
					+ "); set TANDEM_DATA_DIR to a writable folder", ex);
		}
		ownerOnly(dir, "rwx------");
		Path file = dir.resolve(FILE_NAME);
		rewriteWithLiveDataOnly(file);
		EmbeddedMongo embedded = new EmbeddedMongo(new DurableH2Backend(file.toString()), "embedded store at " + file);
		ownerOnly(file, "rw-------");
		return embedded;
	}

	/**
	 * H2 writes every change to new chunks and leaves the old ones in the file until their space is reused, so a
	 * deleted document (or the words an update held before it was handled) can stay readable in the file byte-wise.
	 * At every start the file is copied with its live data only, and the copy replaces it in one atomic rename: what
	 * was erased before the start is gone from the disk's file. (Compacting while running moves chunks under H2's
	 * own background writer and is not safe.) A copy left by a crash in between is discarded.
	 */
	static void rewriteWithLiveDataOnly(Path file) {
		Path copy = file.resolveSibling(file.getFileName() + ".rewrite");
		try {
			Files.deleteIfExists(copy);
			if (!Files.exists(file)) {
				return;
			}
			MVStoreTool.compact(file.toString(), copy.toString(), false);
			ownerOnly(copy, "rw-------");
			Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | RuntimeException ex) {
			throw new SetupProblem("the store file " + file + " could not be rewritten at start (" + ex.getMessage()
					+ "); check the data folder's free space and permissions", ex);
		}
	}

	/**
	 * Health data: the folder and the store file are for Tandem's own user only. Where the file system has no POSIX
	 * permissions, the folder's own protection applies.
	 */
	private static void ownerOnly(Path path, String permissions) {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException | IOException ex) {
			// Not a POSIX file system, or not ours to change: leave it as the operator set it up.
		}
	}

	public String connectionString() {
		return "mongodb://" + address.getHostString() + ":" + address.getPort();
	}

	String description() {
		return description;
	}

	/** Stops the server at once, as an outage would. */
	public void stopNow() {
		server.shutdownNow();
	}

	@Override
	public void close() {
		server.shutdown();
	}

}
