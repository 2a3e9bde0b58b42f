package app.tandem.telegram;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonValue;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * For the benchmarks' breakdown: counts the store commands the application sends (by command and collection) and
 * their round-trip time, so a benchmark can say how many store round trips each update cost.
 */
final class StoreCommands implements CommandListener {

	private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();

	private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

	private final Map<Integer, String> started = new ConcurrentHashMap<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		BsonValue target = event.getCommand().get(event.getCommandName());
		String key = event.getCommandName() + ((target != null && target.isString())
				? " " + target.asString().getValue() : "");
		started.put(event.getRequestId(), key);
	}

	@Override
	public void commandSucceeded(CommandSucceededEvent event) {
		String key = started.remove(event.getRequestId());
		if (key != null) {
			counts.computeIfAbsent(key, k -> new LongAdder()).increment();
			nanos.computeIfAbsent(key, k -> new LongAdder()).add(event.getElapsedTime(TimeUnit.NANOSECONDS));
		}
	}

	private long cpuAtReset;

	/** Forgets what was counted so far (after a warm-up). */
	void reset() {
		counts.clear();
		nanos.clear();
		cpuAtReset = processCpuNanos();
	}

	/** The CPU time this whole process (application, store and fake Bot API) used since the reset, per update. */
	String cpuPerUpdate(int updates) {
		return String.format("  CPU time of the whole process (Tandem, embedded store, fake Bot API, benchmark): "
				+ "%.2f ms per update", (processCpuNanos() - cpuAtReset) / 1e6 / updates);
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
			.getOperatingSystemMXBean()).getProcessCpuTime();
	}

	/** Per command and collection, how many per update and their mean round trip. */
	String perUpdate(int updates) {
		Map<String, Long> sorted = new TreeMap<>(counts.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().sum())));
		long total = sorted.values().stream().mapToLong(Long::longValue).sum();
		return String.format("  store commands per update: %.2f (", total / (double) updates) + sorted.entrySet()
			.stream()
			.map(entry -> String.format("%s %.2f, %.2f ms", entry.getKey(), entry.getValue() / (double) updates,
					nanos.get(entry.getKey()).sum() / 1e6 / entry.getValue()))
			.collect(Collectors.joining("; ")) + ")";
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		StoreCommands storeCommands() {
			return new StoreCommands();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer countStoreCommands(StoreCommands commands) {
			return settings -> settings.addCommandListener(commands);
		}

	}

}
