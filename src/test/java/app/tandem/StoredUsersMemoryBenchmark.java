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
 * the image gives it in a 512 MB container ({@code -Dheap}, 200m by default: {@code -XX:MaxRAMPercentage=40}),
 * answers one person, idles {@code -Dsettle} seconds (30 by default), and is measured: resident memory now and at
 * its peak, and heap used after a full GC ({@code jcmd GC.run}). Prints the figures (and writes them to
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

	final String key = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));

	@Test
	void residentMemoryAndHeapWithAHundredThousandUsersStored() throws Exception {
		long seeding = System.nanoTime();
		long[] counts = seed();
		System.out.printf("StoredUsersMemoryBenchmark: seeded %,d users, %,d medications, %,d schedules, %,d "
				+ "check-ins in %.0f s%n", counts[0], counts[1], counts[2], counts[3], (System.nanoTime() - seeding) / 1e9);
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
			jcmd(pid, "GC.run");
			String heapInfo = jcmd(pid, "GC.heap_info");
			Thread.sleep(2_000);
			long residentAfterGc = ResidentMemory.megabytes(pid, "VmRSS");
			long highWater = ResidentMemory.megabytes(pid, "VmHWM");
			long heapUsed = heapUsedMegabytes(heapInfo);
			List<String> lines = List.of(
					String.format("stored users, %,d people stored (a medication and a dose schedule each, check-ins "
							+ "for one in ten) on the embedded file store, Tandem in its own JVM with -Xmx%s: "
							+ "resident %d MB (after a full GC %d MB, peak %d MB), heap used after GC %d MB "
							+ "(goal: <= 384 MB resident: %s)", USERS, HEAP, residentBeforeGc, residentAfterGc,
							highWater, heapUsed, highWater <= 384 ? "met" : "NOT met"),
					"  the goal is compared with the peak (VmHWM); JVM heap summary after GC: "
							+ heapInfo.lines().filter(line -> line.contains("used")).findFirst().orElse("?").trim());
			lines.forEach(System.out::println);
			Path out = Path.of("target", "benchmarks", "stored-users-memory.txt");
			Files.createDirectories(out.getParent());
			Files.write(out, lines);
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
			String verdict = String.format("  Tandem logged OutOfMemoryError %d times while measured (its log: %s)",
					outOfMemory, log);
			System.out.println(verdict);
			Path out = Path.of("target", "benchmarks", "stored-users-memory.txt");
			if (Files.exists(out)) {
				Files.writeString(out, verdict + System.lineSeparator(), java.nio.file.StandardOpenOption.APPEND);
			}
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
							null, null, null, List.of(), Instant.now()));
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
		List<String> command = List.of(java, "-Xmx" + HEAP, "-Xlog:gc:stdout", "-cp", System.getProperty("java.class.path"),
				TandemApplication.class.getName(), "--tandem.telegram.token=" + TOKEN,
				"--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl(), "--tandem.store.uri=",
				"--tandem.store.embedded-backend=file", "--tandem.store.data-dir=" + data,
				"--tandem.store.encryption-key=" + key, "--spring.main.web-application-type=none");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(data.resolve("app.log").toFile());
		builder.environment().remove("TELEGRAM_BOT_TOKEN");
		builder.environment().remove("MONGODB_URI");
		builder.environment().remove("TANDEM_ENCRYPTION_KEY");
		return builder.start();
	}

	private static String jcmd(String pid, String command) throws IOException, InterruptedException {
		String jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString();
		Process process = new ProcessBuilder(jcmd, pid, command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor(60, TimeUnit.SECONDS);
		return output;
	}

	/** The "used" figure of the heap's first line in {@code GC.heap_info} (G1: "garbage-first heap total …K, used …K"). */
	private static long heapUsedMegabytes(String heapInfo) {
		var matcher = java.util.regex.Pattern.compile("used (\\d+)K").matcher(heapInfo);
		return matcher.find() ? Long.parseLong(matcher.group(1)) / 1024 : -1;
	}

}
