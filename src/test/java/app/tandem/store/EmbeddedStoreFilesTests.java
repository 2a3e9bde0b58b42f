package app.tandem.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's files hold health data: the data folder, the store file and the key file are readable by
 * Tandem's own user only.
 */
class EmbeddedStoreFilesTests {

	@TempDir
	Path work;

	@Test
	void shouldCreateTheDataFolderStoreFileAndKeyOwnerOnly() throws Exception {
		Path data = work.resolve("data");
		StoreProperties properties = new StoreProperties(null, data, StoreProperties.EmbeddedBackend.FILE,
				Duration.ofSeconds(5), null, null);

		try (EmbeddedMongo store = EmbeddedMongo.start(properties)) {
			FieldEncryption.from(properties);

			assertThat(permissions(data)).isEqualTo("rwx------");
			assertThat(permissions(data.resolve("tandem.mv.db"))).isEqualTo("rw-------");
			assertThat(permissions(data.resolve("encryption.key"))).isEqualTo("rw-------");
			assertThat(store.connectionString()).startsWith("mongodb://127.0.0.1:");
		}
	}

	private static String permissions(Path path) throws Exception {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}

}
