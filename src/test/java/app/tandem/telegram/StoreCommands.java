package app.tandem.telegram;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
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

import app.tandem.support.ThreadCpu;

/**
 * For the benchmarks' breakdown: counts the store commands the application sends (by command and collection) and
 * their round-trip time, so a benchmark can say how many store round trips each update cost.
 */
final class StoreCommands implements CommandListener {

	private static final boolean COUNTING = Boolean.getBoolean("storeCommands");

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

	private Map<Long, Long> threadsCpuAtReset = Map.of();

	/** Forgets what was counted so far (after a warm-up). */
	void reset() {
		counts.clear();
		nanos.clear();
		cpuAtReset = processCpuNanos();
		threadsCpuAtReset = ThreadCpu.byThread(new HashMap<>());
		gcMillisAtReset = gcMillis();
	}

	private long gcMillisAtReset;

	/** The time the garbage collectors took since the JVM started, in milliseconds. */
	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.filter(millis -> millis > 0)
			.sum();
	}

	/** The CPU time this whole process (application, store and fake Bot API) used since the reset, per update. */
	String cpuPerUpdate(int updates) {
		long process = processCpuNanos() - cpuAtReset;
		Map<Long, String> names = new HashMap<>();
		Map<String, Long> byPart = new TreeMap<>();
		ThreadCpu.byThread(names).forEach((id, nanos) -> byPart.merge(partOf(names.get(id)),
				nanos - threadsCpuAtReset.getOrDefault(id, 0L), Long::sum));
		long threads = byPart.values().stream().mapToLong(Long::longValue).sum();
		byPart.put("JIT, GC, the JVM and threads that ended", process - threads);
		return String.format("  CPU time of the whole process (Tandem, embedded store, fake Bot API, benchmark): "
				+ "%.2f ms per update; of it ", process / 1e6 / updates) + byPart.entrySet()
			.stream()
			.map(part -> String.format("%s %.2f ms", part.getKey(), part.getValue() / 1e6 / updates))
			.collect(Collectors.joining(", "))
				+ String.format("; garbage collection %.2f ms per update", (gcMillis() - gcMillisAtReset) / (double) updates);
	}

	/**
	 * Which part of the process a thread works for: the fake Bot API and the benchmark itself (not Tandem's work; a
	 * real Bot API runs elsewhere), the embedded store's server side, or Tandem (its own threads, the store's client
	 * and the telegrambots client).
	 */
	private static String partOf(String threadName) {
		if (threadName.startsWith("fake-bot-api") || threadName.startsWith("HTTP-Dispatcher")
				|| threadName.equals("main") || threadName.startsWith("awaitility")) {
			return "fake Bot API and benchmark";
		}
		if (threadName.startsWith("mongo-server-worker") || threadName.startsWith("mongo-server-boss")) {
			return "embedded store's server";
		}
		return "Tandem";
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** Per command and collection, how many per update and their mean round trip. */
	String perUpdate(int updates) {
		if (!COUNTING) {
			return "  store commands per update: not counted (-DstoreCommands=true counts them, and slows the run: "
					+ "the driver then decodes every command for the listener)";
		}
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

		/**
		 * Only with {@code -DstoreCommands=true}: with any command listener, the driver copies and decodes every
		 * command and every reply for it, which cost a tenth of the pipeline's CPU, so the figures are taken
		 * without it by default.
		 */
		@Bean
		MongoClientSettingsBuilderCustomizer countStoreCommands(StoreCommands commands) {
			return settings -> {
				if (COUNTING) {
					settings.addCommandListener(commands);
				}
			};
		}

	}

}
