package app.tandem.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the data lives.
 *
 * @param uri a MongoDB connection string; blank means the embedded store
 * @param dataDir the folder of the embedded store's file
 * @param embeddedBackend {@code file} (persistent, the default) or {@code memory} (tests)
 * @param serverSelectionTimeout how long a database call waits for an unreachable server before failing
 * @param encryptionKey base64 of the 32-byte key for private text; blank means a key file in {@code dataDir}
 * @param oldEncryptionKeys keys used before a rotation: still read, never written with (see {@code --reencrypt})
 */
@ConfigurationProperties("tandem.store")
public record StoreProperties(String uri, @DefaultValue("./data") Path dataDir,
		@DefaultValue("file") EmbeddedBackend embeddedBackend, @DefaultValue("5s") Duration serverSelectionTimeout,
		String encryptionKey, List<String> oldEncryptionKeys) {

	@Override
	public String toString() {
		return "StoreProperties[embedded=" + isEmbedded() + ", dataDir=" + dataDir + "]";
	}

	public boolean isEmbedded() {
		return uri == null || uri.isBlank();
	}

	public enum EmbeddedBackend {

		FILE, MEMORY

	}

}
