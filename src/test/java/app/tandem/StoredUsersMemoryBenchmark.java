package app.tandem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.medication.DoseAmount;
import app.tandem.medication.Medication;
import app.tandem.medication.MedicationStatus;
import app.tandem.store.PrivateText;
import app.tandem.support.EndToEnd;
import app.tandem.support.FakeBotApi;
import app.tandem.support.ResidentMemory;
import app.tandem.support.Seed;
import app.tandem.support.Updates;

/**
 * Memory with many people stored: {@code -Dusers} people (100,000 by default), each with a finished profile, a
 * medication (name encrypted, as Tandem stores it) and its dose schedule (due tomorrow, so nothing fires while
 * measuring), and every tenth with three check-ins, seeded through the application's {@link MongoTemplate} on the
 * embedded file store (the default a self-hoster runs). Then Tandem runs in its own JVM on that store with the heap
 * the image gives it in a 512 MB container ({@code -Dheap}, 200m by default: {@code -XX:MaxRAMPercentage=40}) and
 * the image's memory settings (its Dockerfile's {@code ENV JDK_JAVA_OPTIONS} and {@code MALLOC_ARENA_MAX} lines),
 * answers one person, idles {@code -Dsettle} seconds (30 by default), and is measured: resident memory now and at
 * its peak, and heap used after a full GC ({@code jcmd GC.run}), with where the memory goes: the JVM's native memory
 * tracking by category, and the largest classes on the heap. Prints the figures (and writes them to
 * {@code target/benchmarks/stored-users-memory.txt}) beside the goal of issue 11 (at most 384 MB resident) and
 * whether it is met, and whether Tandem ran out of heap (its log, with {@code -Xlog:gc}, is kept next to the
 * figures). Asserts nothing. Not part of {@code mvn verify}: run with
 * {@code mvn -B test -Dtest=StoredUsersMemoryBenchmark}.
 */
class StoredUsersMemoryBenchmark {

	static final String TOKEN = "5656561:TEST_token_for_the_stored_users_bench";

	static final int USERS = Integer.getInteger("users", 100_000);

	static final String HEAP = System.getProperty("heap", "200m");

	static final int SETTLE = Integer.getInteger("settle", 30);

	static final int BATCH = 5_000;

	@TempDir
	Path data;

	final FakeBotApi.Bot bot = FakeBotApi.shared().bot(TOKEN);

	String key = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));

	@Test
	void residentMemoryAndHeapWithAHundredThousandUsersStored() throws Exception {
		seedOrReuse();
		Process app = start();
		try {
			String pid = Long.toString(app.pid());
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
			long chatId = 44_999_999L;
			bot.push(Updates.text(bot.nextUpdateId(), chatId, "private", chatId, "en", "/help"));
			while (bot.calls(call -> call.method().equals("sendMessage") && call.chatId() == chatId).isEmpty()) {
				if (!app.isAlive() || System.nanoTime() > deadline) {
					throw new AssertionError("Tandem never answered; its log:\n" + Files.readString(data.resolve("app.log")));
				}
				Thread.sleep(100);
			}
			long peakSampled = 0;
			long settleUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE);
			while (System.nanoTime() < settleUntil) {
				peakSampled = Math.max(peakSampled, ResidentMemory.megabytes(pid, "VmRSS"));
				Thread.sleep(500);
			}
			long residentBeforeGc = ResidentMemory.megabytes(pid, "VmRSS");
			String nativeMemory = jcmd(pid, "VM.native_memory summary");
			jcmd(pid, "GC.run");
			String histogram = jcmd(pid, "GC.class_histogram");
			String heapInfo = jcmd(pid, "GC.heap_info");
			Thread.sleep(2_000);
			long residentAfterGc = ResidentMemory.megabytes(pid, "VmRSS");
			long highWater = ResidentMemory.megabytes(pid, "VmHWM");
			String kinds = String.format("anonymous %d MB, files %d MB", ResidentMemory.megabytes(pid, "RssAnon"),
					ResidentMemory.megabytes(pid, "RssFile"));
			long heapUsed = heapAfterRequestedGc(data.resolve("app.log")).orElse(heapUsedMegabytes(heapInfo));
			List<String> lines = List.of(
					String.format("stored users, %,d people stored (a medication and a dose schedule each, check-ins "
							+ "for one in ten) on the embedded file store, Tandem in its own JVM with -Xmx%s: "
							+ "resident %d MB (after a full GC %d MB, peak %d MB), heap used after GC %d MB "
							+ "(goal: <= 384 MB resident: %s)", USERS, HEAP, residentBeforeGc, residentAfterGc,
							highWater, heapUsed, highWater <= 384 ? "met" : "NOT met"),
					"  the goal is compared with the peak (VmHWM); heap used after GC from Tandem's GC log; JVM heap summary a "
							+ "moment later: " + String.join("; ",
							heapInfo.lines().filter(line -> line.contains(" used ") && !line.contains("space")).map(String::trim).toList()));
			List<String> all = new ArrayList<>(lines);
			all.add("  resident after the full GC: " + kinds);
			all.add("  where the resident memory goes (native memory tracking, committed, before the full GC):");
			NativeMemory.categories(nativeMemory).forEach(line -> all.add("    " + line));
			all.add("  the largest classes on the heap after the full GC (GC.class_histogram):");
			histogram.lines().skip(1).limit(14).forEach(line -> all.add("  " + line));
			all.forEach(System.out::println);
			Path out = Path.of("target", "benchmarks", "stored-users-memory.txt");
			Files.createDirectories(out.getParent());
			Files.write(out, all);
		}
		finally {
			app.destroy();
			if (!app.waitFor(30, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
			// Tandem's own log, for a look at what it did while measured (garbage collection, errors).
			Path log = Path.of("target", "benchmarks", "stored-users-memory-app.log");
			Files.createDirectories(log.getParent());
			Files.copy(data.resolve("app.log"), log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			long outOfMemory = Files.readAllLines(log).stream().filter(line -> line.contains("OutOfMemoryError")).count();
			long fullCollections = Files.readAllLines(log).stream()
				.filter(line -> line.contains("Pause Full") && !line.contains("Diagnostic Command")
						&& !line.contains("Heap Inspection Initiated GC"))
				.count();
			String verdict = String.format("  Tandem logged OutOfMemoryError %d times and ran %d full collections of "
					+ "its own (not counting the two the benchmark caused) while measured (its log: %s); %s", outOfMemory,
					fullCollections, log, pauses(Files.readAllLines(log)));
			System.out.println(verdict);
			Path out = Path.of("target", "benchmarks", "stored-users-memory.txt");
			if (Files.exists(out)) {
				Files.writeString(out, verdict + System.lineSeparator(), java.nio.file.StandardOpenOption.APPEND);
			}
		}
	}

	/**
	 * Seeds the store, or, with {@code -Dseeded=<folder>}, reuses the store and key a run with {@code -Dkeep=<folder>}
	 * left there (so repeated runs measure the same data without seeding it again).
	 */
	private void seedOrReuse() throws IOException {
		String seeded = System.getProperty("seeded");
		if (seeded != null) {
			Files.copy(Path.of(seeded, "tandem.mv.db"), data.resolve("tandem.mv.db"));
			key = Files.readString(Path.of(seeded, "key")).trim();
			System.out.println("StoredUsersMemoryBenchmark: reusing the store seeded in " + seeded);
			return;
		}
		long seeding = System.nanoTime();
		long[] counts = seed();
		System.out.printf("StoredUsersMemoryBenchmark: seeded %,d users, %,d medications, %,d schedules, %,d "
				+ "check-ins in %.0f s%n", counts[0], counts[1], counts[2], counts[3], (System.nanoTime() - seeding) / 1e9);
		String keep = System.getProperty("keep");
		if (keep != null) {
			Files.createDirectories(Path.of(keep));
			Files.copy(data.resolve("tandem.mv.db"), Path.of(keep, "tandem.mv.db"),
					java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			Files.writeString(Path.of(keep, "key"), key);
		}
	}

	/** Seeds through Tandem's own MongoTemplate (so the medication names are encrypted with the key), then stops. */
	private long[] seed() {
		ConfigurableApplicationContext tandem = new SpringApplicationBuilder(TandemApplication.class,
				EndToEnd.Configuration.class)
			.run("--tandem.telegram.token=" + TOKEN, "--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl(),
					"--tandem.store.uri=", "--tandem.store.embedded-backend=file", "--tandem.store.data-dir=" + data,
					"--tandem.store.encryption-key=" + key, "--spring.main.web-application-type=none",
					"--tandem.schedule.tick=1h");
		try {
			MongoTemplate mongo = tandem.getBean(MongoTemplate.class);
			Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
			LocalDate today = LocalDate.now();
			long checkIns = 0;
			for (int from = 1; from <= USERS; from += BATCH) {
				List<Document> users = new ArrayList<>();
				List<Medication> medications = new ArrayList<>();
				List<Document> schedules = new ArrayList<>();
				List<Document> days = new ArrayList<>();
				for (long id = from; id < from + BATCH && id <= USERS; id++) {
					long userId = 45_000_000 + id;
					users.add(Seed.person(userId));
					medications.add(new Medication("m" + userId, userId, new PrivateText("Sertraline"),
							DoseAmount.parse("50 mg").orElseThrow(), List.of(LocalTime.of(8, 0)),
							EnumSet.allOf(DayOfWeek.class), 1, LocalDate.of(2026, 11, 1), MedicationStatus.ACTIVE,
							null, null, null, List.of(), Instant.now(), null));
					schedules.add(Seed.schedule("dose:" + userId + ":08:00", userId, "dose",
							"08:00 MON,TUE,WED,THU,FRI,SAT,SUN every 1 from -", tomorrow, Map.of("slot", "08:00")));
					if (id % 10 == 0) {
						for (int day = 1; day <= 3; day++) {
							LocalDate date = today.minusDays(day);
							days.add(new Document("_id", userId + ":" + date).append("userId", userId)
								.append("date", date.toString())
								.append("mood", 3 + day)
								.append("anxiety", 6 - day)
								.append("sleepHours", 6.5 + day / 2.0)
								.append("completedAt", new Date()));
						}
					}
				}
				mongo.insert(users, "users");
				mongo.insertAll(medications);
				mongo.insert(schedules, "schedules");
				if (!days.isEmpty()) {
					mongo.insert(days, "checkins");
				}
				checkIns += days.size();
			}
			return new long[] { mongo.getCollection("users").countDocuments(),
					mongo.getCollection("medications").countDocuments(),
					mongo.getCollection("schedules").countDocuments(), checkIns };
		}
		finally {
			tandem.close();
		}
	}

	private Process start() throws IOException {
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx" + HEAP, "-XX:NativeMemoryTracking=summary",
				"-Xlog:gc:stdout"));
		String extra = System.getProperty("jvm", "");
		if (!extra.isBlank()) {
			command.addAll(List.of(extra.trim().split("\\s+")));
		}
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), TandemApplication.class.getName(), "--tandem.telegram.token=" + TOKEN,
				"--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl(), "--tandem.store.uri=",
				"--tandem.store.embedded-backend=file", "--tandem.store.data-dir=" + data,
				"--tandem.store.encryption-key=" + key, "--spring.main.web-application-type=none"));
		System.out.println("StoredUsersMemoryBenchmark: " + String.join(" ", command.subList(0, command.indexOf("-cp"))));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(data.resolve("app.log").toFile());
		imageEnvironment().forEach(builder.environment()::put);
		System.out.println("StoredUsersMemoryBenchmark: with the image's environment " + imageEnvironment());
		builder.environment().remove("TELEGRAM_BOT_TOKEN");
		builder.environment().remove("MONGODB_URI");
		builder.environment().remove("TANDEM_ENCRYPTION_KEY");
		return builder.start();
	}

	/**
	 * The image's {@code ENV} lines for the JVM and its memory ({@code JDK_JAVA_OPTIONS}, {@code MALLOC_ARENA_MAX}),
	 * read from its Dockerfile, so Tandem is measured with the settings it runs with there.
	 */
	static Map<String, String> imageEnvironment() throws IOException {
		Map<String, String> environment = new java.util.TreeMap<>();
		var line = java.util.regex.Pattern.compile("^ENV (JDK_JAVA_OPTIONS|MALLOC_ARENA_MAX)=\"?([^\"]*)\"?$");
		for (String entry : Files.readAllLines(Path.of("src", "main", "docker", "Dockerfile"))) {
			var matcher = line.matcher(entry.strip());
			if (matcher.matches()) {
				environment.put(matcher.group(1), matcher.group(2));
			}
		}
		return environment;
	}

	private static String jcmd(String pid, String command) throws IOException, InterruptedException {
		String jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString();
		Process process = new ProcessBuilder(jcmd, pid, command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(60, TimeUnit.SECONDS);
		return output;
	}

	/** The committed memory of each category of {@code VM.native_memory summary}, largest first. */
	static final class NativeMemory {

		static List<String> categories(String summary) {
			var matcher = java.util.regex.Pattern
				.compile("(?m)^(Total|-\\s+([^(]+?))\\s*\\(reserved=(\\d+)KB, committed=(\\d+)KB")
				.matcher(summary);
			List<Map.Entry<String, Long>> found = new ArrayList<>();
			while (matcher.find()) {
				String name = (matcher.group(2) != null) ? matcher.group(2).trim() : "Total";
				found.add(Map.entry(name, Long.parseLong(matcher.group(4)) / 1024));
			}
			found.sort(Map.Entry.<String, Long>comparingByValue().reversed());
			return found.stream().filter(e -> e.getValue() > 0).map(e -> e.getKey() + " " + e.getValue() + " MB").toList();
		}

	}

	/**
	 * What the collections cost while measured: how many young and full collections of Tandem's own, and their pauses
	 * added up ("Pause Young (Allocation Failure) 53M->10M(193M) 33.551ms"), the benchmark's two left out.
	 */
	static String pauses(List<String> log) {
		var pause = java.util.regex.Pattern.compile("Pause (Young|Full) \\(([^)]*)\\).* ([\\d.]+)ms$");
		long[] counts = new long[2];
		double[] millis = new double[2];
		for (String line : log) {
			var matcher = pause.matcher(line);
			if (matcher.find() && !matcher.group(2).equals("Diagnostic Command")
					&& !matcher.group(2).equals("Heap Inspection Initiated GC")) {
				int kind = matcher.group(1).equals("Young") ? 0 : 1;
				counts[kind]++;
				millis[kind] += Double.parseDouble(matcher.group(3));
			}
		}
		return String.format("collection pauses: %d young, %.1f s in all; %d full, %.1f s in all", counts[0],
				millis[0] / 1000, counts[1], millis[1] / 1000);
	}

	/**
	 * Heap used right after the full GC requested with {@code jcmd GC.run}, from Tandem's GC log ("Pause Full
	 * (Diagnostic Command) 117M->96M"): {@code GC.heap_info} a moment later counts what was allocated since.
	 */
	private static java.util.Optional<Long> heapAfterRequestedGc(Path log) throws IOException {
		var after = java.util.regex.Pattern.compile("Pause Full \\(Diagnostic Command\\) \\d+M->(\\d+)M");
		return Files.readAllLines(log)
			.stream()
			.map(after::matcher)
			.filter(java.util.regex.Matcher::find)
			.map(matcher -> Long.parseLong(matcher.group(1)))
			.reduce((first, second) -> second);
	}

	/**
	 * Heap used, from {@code GC.heap_info}: G1's one line ("garbage-first heap total …K, used …K") or the serial
	 * collector's two generations added up.
	 */
	private static long heapUsedMegabytes(String heapInfo) {
		var matcher = java.util.regex.Pattern
			.compile("(?m)^\\s*(garbage-first heap|def new generation|tenured generation)\\s+total \\d+K, used (\\d+)K")
			.matcher(heapInfo);
		long used = -1;
		while (matcher.find()) {
			used = Math.max(used, 0) + Long.parseLong(matcher.group(2));
		}
		return (used < 0) ? -1 : used / 1024;
	}

}
