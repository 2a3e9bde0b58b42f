package app.tandem.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.util.SecretBytes;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.tandem.SetupProblem;

/**
 * Seals and opens {@link PrivateText} with Google Tink's AEAD (AES-256-GCM in a keyset). Every ciphertext is bound
 * to its place, the collection, document id and field it was written for (associated data): moved to another field
 * or document it no longer opens. The current key ({@code TANDEM_ENCRYPTION_KEY}, base64 of 32 bytes) writes; keys
 * from before a rotation ({@code TANDEM_ENCRYPTION_OLD_KEYS}) still read, told apart by the key id Tink puts in
 * front of each ciphertext. Without a configured key, a key is created once in the data folder, which suits the
 * embedded store on one machine; with MongoDB the key must come from the environment, or Tandem does not start.
 * <p>
 * Stored values are BSON binary data: Tink's ciphertext as it is (a version byte and the key id, then AES-GCM's
 * nonce, text and tag), a quarter smaller than base64 text and written by the driver in one copy. Values written by
 * earlier versions as text, {@code enc:v2:<base64>} (the same ciphertext) and {@code enc:v1:} (no associated data),
 * are still read until {@code --reencrypt} rewrote them; anything else where a ciphertext is expected is refused.
 */
final class FieldEncryption {

	private static final Logger log = LoggerFactory.getLogger(FieldEncryption.class);

	static final String PREFIX = "enc:v2:";

	static final String LEGACY_PREFIX = "enc:v1:";

	private static final String KEY_FILE = "encryption.key";

	private final Aead aead;

	private final int primaryKeyId;

	private final List<SecretKeySpec> legacyKeys = new ArrayList<>();

	FieldEncryption(byte[] primary, List<byte[]> older) {
		try {
			AeadConfig.register();
			AesGcmParameters parameters = AesGcmParameters.builder()
				.setKeySizeBytes(32)
				.setIvSizeBytes(12)
				.setTagSizeBytes(16)
				.setVariant(AesGcmParameters.Variant.TINK)
				.build();
			Map<Integer, byte[]> keys = new LinkedHashMap<>();
			keys.put(keyId(primary), primary);
			older.forEach(key -> keys.putIfAbsent(keyId(key), key));
			KeysetHandle.Builder keyset = KeysetHandle.newBuilder();
			for (Map.Entry<Integer, byte[]> key : keys.entrySet()) {
				AesGcmKey aesKey = AesGcmKey.builder()
					.setParameters(parameters)
					.setKeyBytes(SecretBytes.copyFrom(key.getValue(), InsecureSecretKeyAccess.get()))
					.setIdRequirement(key.getKey())
					.build();
				KeysetHandle.Builder.Entry entry = KeysetHandle.importKey(aesKey).withFixedId(key.getKey());
				keyset.addEntry((key.getValue() == primary) ? entry.makePrimary() : entry);
				this.legacyKeys.add(new SecretKeySpec(key.getValue(), "AES"));
			}
			this.aead = keyset.build().getPrimitive(RegistryConfiguration.get(), Aead.class);
			this.primaryKeyId = keyId(primary);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The encryption keyset cannot be built", ex);
		}
	}

	static FieldEncryption from(StoreProperties properties) {
		List<byte[]> older = new ArrayList<>();
		if (properties.oldEncryptionKeys() != null) {
			for (String key : properties.oldEncryptionKeys()) {
				if (!key.isBlank()) {
					older.add(decodeKey(key, "TANDEM_ENCRYPTION_OLD_KEYS"));
				}
			}
		}
		if (properties.encryptionKey() != null && !properties.encryptionKey().isBlank()) {
			return new FieldEncryption(decodeKey(properties.encryptionKey(), "TANDEM_ENCRYPTION_KEY"), older);
		}
		if (!properties.isEmbedded()) {
			// A key file would live in one container's writable layer: lost on re-create, and other instances
			// could not read what this one wrote.
			throw new SetupProblem("TANDEM_ENCRYPTION_KEY is not set. With MONGODB_URI every instance needs the same "
					+ "key: make one with 'openssl rand -base64 32' and put it in the environment (.env for compose)");
		}
		return new FieldEncryption(keyFile(properties.dataDir().resolve(KEY_FILE)), older);
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

	/** A key's id: derived from the key, so every instance given the same keys agrees on the ids. */
	private static int keyId(byte[] key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
			int id = ByteBuffer.wrap(digest).getInt();
			return (id == 0) ? 1 : id;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Binary seal(String plain, Place place) {
		try {
			return new Binary(aead.encrypt(plain.getBytes(StandardCharsets.UTF_8), place.associatedData()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	/**
	 * @param stored binary data, or the text an earlier version wrote
	 * @throws UnreadablePrivateText when the value is not a ciphertext, was written for another place, or was
	 * sealed with a key that is not configured
	 */
	String open(Object stored, Place place) {
		if (stored instanceof Binary binary) {
			return open(binary.getData(), place);
		}
		if (stored instanceof String text && text.startsWith(PREFIX)) {
			byte[] sealed;
			try {
				sealed = Base64.getDecoder().decode(text.substring(PREFIX.length()));
			}
			catch (IllegalArgumentException ex) {
				throw new UnreadablePrivateText(place, "is not valid base64");
			}
			return open(sealed, place);
		}
		if (stored instanceof String text && text.startsWith(LEGACY_PREFIX)) {
			return openLegacy(text, place);
		}
		throw new UnreadablePrivateText(place, "is not encrypted");
	}

	private String open(byte[] sealed, Place place) {
		try {
			return new String(aead.decrypt(sealed, place.associatedData()), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new UnreadablePrivateText(place, "does not open with the configured keys for this place");
		}
	}

	/**
	 * The binary form of a ciphertext an earlier version wrote as {@code enc:v2:} text (the same bytes, still bound
	 * to the same place); {@code null} for any other value.
	 */
	static Binary binaryForm(String stored) {
		if (!stored.startsWith(PREFIX)) {
			return null;
		}
		try {
			return new Binary(Base64.getDecoder().decode(stored.substring(PREFIX.length())));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Whether the value is sealed with the current key in the current form, binary (else {@code --reencrypt}
	 * redoes it).
	 */
	boolean isCurrent(Object stored) {
		if (!(stored instanceof Binary binary)) {
			return false;
		}
		byte[] sealed = binary.getData();
		return sealed.length > 5 && ByteBuffer.wrap(sealed, 1, 4).getInt() == primaryKeyId;
	}

	private String openLegacy(String stored, Place place) {
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(stored.substring(LEGACY_PREFIX.length()));
		}
		catch (IllegalArgumentException ex) {
			throw new UnreadablePrivateText(place, "is not valid base64");
		}
		for (SecretKeySpec key : legacyKeys) {
			try {
				Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
				cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, 12));
				return new String(cipher.doFinal(bytes, 12, bytes.length - 12), StandardCharsets.UTF_8);
			}
			catch (GeneralSecurityException ex) {
				// Try the next key.
			}
		}
		throw new UnreadablePrivateText(place, "does not open with the configured keys");
	}

}
