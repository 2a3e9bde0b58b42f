package app.tandem.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
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

/**
 * Seals and opens {@link PrivateText} with Google Tink's AEAD (AES-256-GCM in a keyset). Every ciphertext is bound
 * to its place, the collection, document id and field it was written for (associated data): moved to another field
 * or document it no longer opens. The current key ({@code TANDEM_ENCRYPTION_KEY}, base64 of 32 bytes) writes; keys
 * from before a rotation ({@code TANDEM_ENCRYPTION_OLD_KEYS}) still read, told apart by the key id Tink puts in
 * front of each ciphertext. Where the keys come from is {@link EncryptionKeys}'s.
 * <p>
 * Stored values are BSON binary data: Tink's ciphertext as it is (a version byte and the key id, then AES-GCM's
 * nonce, text and tag), a quarter smaller than base64 text and written by the driver in one copy. Values written by
 * earlier versions as text, {@code enc:v2:<base64>} (the same ciphertext) and {@code enc:v1:} (no associated data),
 * are still read until {@code --reencrypt} rewrote them; anything else where a ciphertext is expected is refused.
 */
final class FieldEncryption {

	static final String PREFIX = "enc:v2:";

	static final String LEGACY_PREFIX = "enc:v1:";

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

	/** The encryption of private text with the configured keys (see {@link EncryptionKeys}). */
	static FieldEncryption from(StoreProperties properties) {
		EncryptionKeys keys = EncryptionKeys.from(properties);
		return new FieldEncryption(keys.primary(), keys.older());
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
