package app.tandem.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.tandem.SetupProblem;

/**
 * The keys private text is sealed with: the current one ({@code TANDEM_ENCRYPTION_KEY}, base64 of 32 bytes) and those
 * from before a rotation ({@code TANDEM_ENCRYPTION_OLD_KEYS}). Without a configured key, a key is created once in the
 * data folder, which suits the embedded store on one machine; with MongoDB the key must come from the environment,
 * or Tandem does not start.
 * @param primary the key that seals
 * @param older keys that still open what they sealed
 */
record EncryptionKeys(byte[] primary, List<byte[]> older) {

	private static final Logger log = LoggerFactory.getLogger(EncryptionKeys.class);

	private static final String KEY_FILE = "encryption.key";

	static EncryptionKeys from(StoreProperties properties) {
		List<byte[]> older = new ArrayList<>();
		if (properties.oldEncryptionKeys() != null) {
			for (String key : properties.oldEncryptionKeys()) {
				if (!key.isBlank()) {
					older.add(decodeKey(key, "TANDEM_ENCRYPTION_OLD_KEYS"));
				}
			}
		}
		if (properties.encryptionKey() != null && !properties.encryptionKey().isBlank()) {
			return new EncryptionKeys(decodeKey(properties.encryptionKey(), "TANDEM_ENCRYPTION_KEY"), older);
		}
		if (!properties.isEmbedded()) {
			// A key file would live in one container's writable layer: lost on re-create, and other instances
			// could not read what this one wrote.
			throw new SetupProblem("TANDEM_ENCRYPTION_KEY is not set. With MONGODB_URI every instance needs the same "
					+ "key: make one with 'openssl rand -base64 32' and put it in the environment (.env for compose)");
		}
		return new EncryptionKeys(keyFile(properties.dataDir().resolve(KEY_FILE)), older);
	}

	private static byte[] decodeKey(String base64, String name) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new SetupProblem(name + " is not valid base64");
		}
		if (key.length != 32) {
			throw new SetupProblem(name + " must be the base64 of 32 random bytes "
					+ "(e.g. the output of: openssl rand -base64 32)");
		}
		return key;
	}

	/**
	 * The key in the data folder's key file, made on first use. It is written to a file of its own (owner-only where
	 * the file system has POSIX permissions) and then given the key file's name, so a process starting beside this one (a
	 * second test JVM, an operator's second start) never reads a half-written key; if that process made the file
	 * first, its key is the one used.
	 */
	private static byte[] keyFile(Path file) {
		try {
			if (Files.exists(file)) {
				return readKey(file);
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.getParent());
			Path written = ownerOnlyTempFile(file);
			Files.writeString(written, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			try {
				putInPlace(written, file);
			}
			catch (FileAlreadyExistsException ex) {
				return readKey(file);
			}
			finally {
				Files.deleteIfExists(written);
			}
			log.info("Created an encryption key for private text at {}; back it up with the data", file);
			return key;
		}
		catch (IOException ex) {
			throw new SetupProblem("the encryption key file " + file + " cannot be read or created", ex);
		}
	}

	/**
	 * Gives the written key file its name unless a file has it already: a hard link, which the file system refuses
	 * at once when the name is taken; where it makes no hard links (some mounted volumes refuse them with an error
	 * of their own), a rename after a check (a start beside this one in that instant could still put its own key in
	 * place, and each would keep its own).
	 */
	private static void putInPlace(Path written, Path file) throws IOException {
		try {
			Files.createLink(file, written);
		}
		catch (FileAlreadyExistsException ex) {
			throw ex;
		}
		catch (IOException | UnsupportedOperationException ex) {
			Files.move(written, file);
		}
	}

	private static byte[] readKey(Path file) throws IOException {
		return decodeKey(Files.readString(file, StandardCharsets.US_ASCII), "the key in " + file);
	}

	private static Path ownerOnlyTempFile(Path file) throws IOException {
		try {
			return Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system: the folder's own permissions apply.
			return Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
		}
	}

}
