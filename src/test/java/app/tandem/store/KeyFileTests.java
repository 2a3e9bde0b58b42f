package app.tandem.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's key file is made on the first start. Starts side by side on one data folder (two test JVMs,
 * an operator starting Tandem twice) must neither fail on a half-written key nor end up with keys that differ from
 * the one in the file, which the next start reads.
 */
class KeyFileTests {

	private static final Place PLACE = new Place("checkins", "c1", "note");

	@TempDir
	Path work;

	@Test
	void shouldGiveEveryStartSideBySideTheKeyInTheFile() throws Exception {
		ExecutorService starts = Executors.newFixedThreadPool(4);
		try {
			for (int round = 0; round < 150; round++) {
				StoreProperties properties = new StoreProperties(null, work.resolve("data" + round),
						StoreProperties.EmbeddedBackend.MEMORY, Duration.ofSeconds(5), null, null);
				CountDownLatch go = new CountDownLatch(1);
				List<Future<Binary>> sealed = new ArrayList<>();
				for (int start = 0; start < 4; start++) {
					sealed.add(starts.submit(() -> {
						go.await();
						return FieldEncryption.from(properties).seal("words", PLACE);
					}));
				}
				go.countDown();
				List<Binary> sealedWords = new ArrayList<>();
				for (Future<Binary> each : sealed) {
					sealedWords.add(each.get());
				}
				String inTheFile = Files.readString(properties.dataDir().resolve("encryption.key"),
						StandardCharsets.US_ASCII);
				FieldEncryption nextStart = FieldEncryption.from(new StoreProperties(null, properties.dataDir(),
						StoreProperties.EmbeddedBackend.MEMORY, Duration.ofSeconds(5), inTheFile, null));
				for (Binary each : sealedWords) {
					assertThat(nextStart.open(each, PLACE)).as("round " + round).isEqualTo("words");
				}
				try (var left = Files.list(properties.dataDir())) {
					assertThat(left.map(path -> path.getFileName().toString())).containsExactly("encryption.key");
				}
			}
		}
		finally {
			starts.shutdownNow();
		}
	}

}
