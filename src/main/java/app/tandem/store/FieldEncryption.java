package app.tandem.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.tandem.SetupProblem;

/**
 * AES-256-GCM for {@link PrivateText}. The key comes from {@code TANDEM_ENCRYPTION_KEY} (base64 of 32 bytes); without
 * one, a key is created once in the data folder, which suits the embedded store on one machine. With MongoDB the key
 * must come from the environment, or Tandem does not start. Stored values look
 * like {@code enc:v1:<base64 of nonce and ciphertext>}; a value without that prefix is read as plain text.
 */
final class FieldEncryption {

	private static final Logger log = LoggerFactory.getLogger(FieldEncryption.class);

	private static final String PREFIX = "enc:v1:";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final String KEY_FILE = "encryption.key";

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	FieldEncryption(byte[] key) {
		if (key.length != 32) {
			throw new SetupProblem("TANDEM_ENCRYPTION_KEY must be the base64 of 32 random bytes "
					+ "(e.g. the output of: openssl rand -base64 32)");
		}
		this.key = new SecretKeySpec(key, "AES");
	}

	static FieldEncryption from(StoreProperties properties) {
		if (properties.encryptionKey() != null && !properties.encryptionKey().isBlank()) {
			try {
				return new FieldEncryption(Base64.getDecoder().decode(properties.encryptionKey().trim()));
			}
			catch (IllegalArgumentException ex) {
				throw new SetupProblem("TANDEM_ENCRYPTION_KEY is not valid base64");
			}
		}
		if (!properties.isEmbedded()) {
			// A key file would live in one container's writable layer: lost on re-create, and other instances
			// could not read what this one wrote.
			throw new SetupProblem("TANDEM_ENCRYPTION_KEY is not set. With MONGODB_URI every instance needs the same "
					+ "key: make one with 'openssl rand -base64 32' and put it in the environment (.env for compose)");
		}
		return new FieldEncryption(keyFile(properties.dataDir().resolve(KEY_FILE)));
	}

	private static byte[] keyFile(Path file) {
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim());
			}
			byte[] key = new byte[32];
			new SecureRandom().nextBytes(key);
			Files.createDirectories(file.getParent());
			Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ex) {
				// Not a POSIX file system: the folder's own permissions apply.
			}
			log.info("Created an encryption key for private text at {}; back it up with the data", file);
			return key;
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new SetupProblem("the encryption key file " + file + " cannot be read or created", ex);
		}
	}

	String encrypt(String plain) {
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] stored = new byte[NONCE_BYTES + sealed.length];
			System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
			System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
			return PREFIX + Base64.getEncoder().encodeToString(stored);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	String decrypt(String stored) {
		if (!stored.startsWith(PREFIX)) {
			return stored;
		}
		try {
			byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
			return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Private text cannot be decrypted with the configured key", ex);
		}
	}

}
