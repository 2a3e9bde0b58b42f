package app.tandem.medication;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.event.CommandSucceededEvent;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.mongo.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.outbox.Outbox;
import app.tandem.schedule.DueSchedules;
import app.tandem.store.PrivateText;
import app.tandem.support.EndToEnd;
import app.tandem.support.MutableClock;
import app.tandem.support.Seed;
import app.tandem.support.ThreadCpu;

/**
 * Not part of the default build ({@code mvn -B test -Dtest=DoseReminderBenchmark}). {@value #USERS} people with a
 * dose at the same local minute: how long until every reminder is handed to the sender. The schedule tick is
 * switched off and the dispatch run once, by hand, so the figure is the dispatch alone. Prints the figure beside
 * the goal of issue 11 (at most 10 s to the outbox on the embedded store) and writes it to
 * {@code target/benchmarks/dose-reminders.txt}; asserts nothing. The embedded store's in-memory backend by default;
 * {@code -Dbackend=file} for the file backend a self-hoster runs by default (a fresh store under
 * {@code target/benchmark-data}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "tandem.telegram.token=9393939:TEST_token_for_the_benchmark_x",
				"tandem.store.embedded-backend=${backend:memory}", "tandem.store.uri=",
				"tandem.store.data-dir=target/benchmark-data/dose-reminders-${random.uuid}", "tandem.schedule.tick=1h",
				"tandem.test.clock-start=2026-11-30T05:00:00Z" })
@Import({ EndToEnd.Configuration.class, DoseReminderBenchmark.StoreCommands.class })
class DoseReminderBenchmark {

	static final int USERS = Integer.getInteger("users", 10_000);

	@Value("${tandem.store.embedded-backend}")
	String backend;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	DueSchedules dueSchedules;

	@Autowired
	Outbox outbox;

	@Autowired
	MutableClock clock;

	@Autowired
	StoreCommands commands;

	@Test
	void handsTenThousandSimultaneousRemindersToTheSender() throws IOException {
		Instant due = Instant.parse("2026-11-30T07:00:00Z");
		List<Document> users = new ArrayList<>();
		List<Medication> medications = new ArrayList<>();
		List<Document> schedules = new ArrayList<>();
		for (long id = 1; id <= USERS; id++) {
			long userId = 20_000_000 + id;
			users.add(Seed.person(userId));
			medications.add(new Medication("m" + userId, userId, new PrivateText("Sertraline"),
					DoseAmount.parse("50 mg").orElseThrow(), List.of(LocalTime.of(8, 0)),
					EnumSet.allOf(DayOfWeek.class), 1, LocalDate.of(2026, 11, 1),
					MedicationStatus.ACTIVE, null, null, null, List.of(), Instant.now(), null));
			schedules.add(Seed.schedule("dose:" + userId + ":08:00", userId, "dose",
					"08:00 MON,TUE,WED,THU,FRI,SAT,SUN every 1 from -", due,
					Map.of("slot", "08:00", "medications", "m" + userId)));
		}
		mongo.insert(users, "users");
		mongo.insertAll(medications);
		mongo.insert(schedules, "schedules");

		clock.set(due);
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		long before = outbox.backlog();
		long start = System.nanoTime();
		long cpuStart = processCpuNanos();
		Map<Long, String> threadNames = new java.util.HashMap<>();
		Map<Long, Long> threadsCpuStart = ThreadCpu.byThread(threadNames);
		commands.reset();
		int fired = dueSchedules.run();
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
		Map<Long, Long> threadsCpuEnd = ThreadCpu.byThread(threadNames);
		// the embedded store's own threads (mongo-java-server's workers)
		double storeCpuSeconds = threadsCpuEnd.entrySet()
			.stream()
			.filter(entry -> threadNames.get(entry.getKey()).startsWith("mongo-server-worker"))
			.mapToLong(entry -> entry.getValue() - threadsCpuStart.getOrDefault(entry.getKey(), 0L))
			.sum() / 1e9;

		String line = String.format("dose reminders, %,d due at the same minute on the embedded store (%s backend): "
				+ "%,d handed to the outbox (backlog %,d) in %.2f s, %.1f s of CPU in the process (goal: <= 10 s: %s; "
				+ "load average before the run %.1f)", USERS, backend, fired, outbox.backlog() - before, seconds,
				cpuSeconds, (fired == USERS && seconds <= 10) ? "met" : "NOT met", loadBefore);
		line += String.format("%n  of that CPU, the embedded store's own threads: %.1f s", storeCpuSeconds);
		line += "\n  " + byThread(threadsCpuStart, threadsCpuEnd, threadNames, cpuSeconds);
		System.out.println(line);
		System.out.println(commands.breakdown(USERS));
		Path out = Path.of("target", "benchmarks", "dose-reminders.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, List.of(line, commands.breakdown(USERS)));
	}

	/**
	 * The run's CPU by thread name (without its number), largest first; what no Java thread used (the JIT compilers, the garbage
	 * collector) as "JIT, GC and the JVM".
	 */
	private static String byThread(Map<Long, Long> start, Map<Long, Long> end, Map<Long, String> names,
			double processSeconds) {
		Map<String, Long> byName = new java.util.HashMap<>();
		end.forEach((id, nanos) -> byName.merge(names.get(id).replaceAll("[-\\d]+$", ""),
				nanos - start.getOrDefault(id, 0L), Long::sum));
		double java = byName.values().stream().mapToLong(Long::longValue).sum() / 1e9;
		StringBuilder text = new StringBuilder(String.format("CPU by thread: JIT, GC and the JVM %.1f s", processSeconds - java));
		byName.entrySet()
			.stream()
			.filter(entry -> entry.getValue() >= 50_000_000L)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.forEach(entry -> text.append(String.format(", %s %.1f s", entry.getKey(), entry.getValue() / 1e9)));
		return text.toString();
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/**
	 * The breakdown: the store commands sent during the run (the outbox's included), by command and collection, how
	 * many per reminder and the time they took in all (round trips overlap, so the times add up to more than the
	 * run where several threads wait on the store at once).
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class StoreCommands implements CommandListener {

		private final Map<String, java.util.concurrent.atomic.LongAdder> counts =
				new java.util.concurrent.ConcurrentHashMap<>();

		private final Map<String, java.util.concurrent.atomic.LongAdder> nanos =
				new java.util.concurrent.ConcurrentHashMap<>();

		private final Map<Integer, String> started = new java.util.concurrent.ConcurrentHashMap<>();

		@Bean
		MongoClientSettingsBuilderCustomizer countStoreCommands() {
			return settings -> settings.addCommandListener(this);
		}

		@Override
		public void commandStarted(CommandStartedEvent event) {
			BsonValue target = event.getCommand().get(event.getCommandName());
			int statements = event.getCommand().containsKey("updates")
					? event.getCommand().getArray("updates").size()
					: event.getCommand().containsKey("documents") ? event.getCommand().getArray("documents").size() : 1;
			String thread = Thread.currentThread().getName().replaceAll("[-\\d]+$", "");
			String filter = event.getCommand().containsKey("filter")
					? " " + event.getCommand().getDocument("filter").keySet() : event.getCommand().containsKey("updates")
							? " " + event.getCommand().getArray("updates").get(0).asDocument().getDocument("q").keySet()
									+ " " + event.getCommand().getArray("updates").get(0).asDocument().get("u")
										.asDocument()
										.entrySet()
										.stream()
										.map(e -> e.getKey() + (e.getValue().isDocument()
												? e.getValue().asDocument().keySet().toString() : ""))
										.toList()
							: "";
			started.put(event.getRequestId(), event.getCommandName() + ((target != null && target.isString())
					? " " + target.asString().getValue() : "") + filter + " (" + thread + ")|" + statements);
		}

		@Override
		public void commandSucceeded(CommandSucceededEvent event) {
			String key = started.remove(event.getRequestId());
			if (key != null) {
				String name = key.substring(0, key.indexOf('|'));
				int statements = Integer.parseInt(key.substring(key.indexOf('|') + 1));
				counts.computeIfAbsent(name, k -> new java.util.concurrent.atomic.LongAdder()).increment();
				counts.computeIfAbsent(name + " statements", k -> new java.util.concurrent.atomic.LongAdder())
					.add(statements);
				nanos.computeIfAbsent(name, k -> new java.util.concurrent.atomic.LongAdder())
					.add(event.getElapsedTime(java.util.concurrent.TimeUnit.NANOSECONDS));
			}
		}

		void reset() {
			counts.clear();
			nanos.clear();
		}

		String breakdown(int reminders) {
			StringBuilder text = new StringBuilder("  store commands during the run:");
			new java.util.TreeMap<>(nanos).forEach((name, time) -> text.append(String.format(
					"%n    %-110s %,7d commands, %,8d statements (%.2f per reminder), %,9.0f ms", name,
					counts.get(name).sum(), counts.get(name + " statements").sum(),
					counts.get(name + " statements").sum() / (double) reminders, time.sum() / 1e6)));
			return text.toString();
		}

	}

}
