package app.tandem.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

/**
 * Not part of the default build ({@code mvn -B test -Dtest=IndexMigrationBenchmark}; {@code -Dkeys=N}, default a
 * million): how long the first start after the upgrade spends moving an index written in H2's old order (a dose
 * collection's {@code _id} index of that many keys) to its new order ({@link OrderedIndexMaps}). Prints the figure and
 * writes it to {@code target/benchmarks/index-migration.txt}; asserts nothing.
 */
class IndexMigrationBenchmark {

	static final int KEYS = Integer.getInteger("keys", 1_000_000);

	@Test
	void movesAnOldIndexToItsNewOrder() throws IOException {
		Path dir = Files.createTempDirectory("index-migration");
		String file = dir.resolve("tandem.mv.db").toString();
		MVStore store = new MVStore.Builder().fileName(file).open();
		MVMap<Object, Object> plain = store.openMap("tandem.doses._index__id_");
		for (long i = 0; i < KEYS; i++) {
			plain.put(new KeyValue("m" + (20_000_000 + i % 100_000) + "@2026-" + (1 + i / 100_000 % 12) + "-"
					+ (1 + i / 1_200_000) + "T08:00:00Z"), i);
		}
		store.close();

		store = new MVStore.Builder().fileName(file).open();
		long start = System.nanoTime();
		long moved = OrderedIndexMaps.open(store, "tandem.doses._index__id_").sizeAsLong();
		double seconds = (System.nanoTime() - start) / 1e9;
		store.close();

		String line = String.format("index migration: %,d keys moved to the new order in %.1f s (load average %.1f)",
				moved, seconds, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		System.out.println(line);
		Path out = Path.of("target", "benchmarks", "index-migration.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, List.of(line));
	}

}
