package app.tandem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.tandem.support.FakeBotApi;

/**
 * Start-up time: Tandem's main in its own JVM (as {@link StartupTests} starts it, on this JVM's runtime and class
 * path), each run on a fresh, empty data folder with the default embedded store, timed from launching the
 * {@code java} process to its first {@code getUpdates} call at the in-process fake Bot API, with the CPU time the
 * process had used by then. {@code -Druns} runs (5 by default), one after another. Prints each run and the median
 * (and writes them to {@code target/benchmarks/startup.txt}) beside the goal of issue 11 (at most 6 s on Java 17)
 * and whether it is met. Asserts nothing. Not part of {@code mvn verify}: run with
 * {@code mvn -B test -Dtest=StartupBenchmark}.
 * <p>
 * With {@code -Dpackaged=true} (after {@code mvn package}) it also times the packaged jar as the image runs it:
 * extracted with {@code -Djarmode=tools extract}, once without and once with the class-data sharing archive the
 * image builds ({@code -XX:ArchiveClassesAtExit} on a run that stops after the context is refreshed, then
 * {@code -XX:SharedArchiveFile}). The class-path figure is always measured and reported first.
 */
class StartupBenchmark {

	private static final String JAR_ARCHIVE = "tandem.jsa";

	@TempDir
	Path work;

	private int launches;

	@Test
	void timeToTheFirstPoll() throws Exception {
		int runs = Integer.getInteger("runs", 5);
		List<String> lines = new ArrayList<>();
		lines.add(measure("class path", runs, List.of("-cp", System.getProperty("java.class.path"),
				TandemApplication.class.getName())));
		if (Boolean.getBoolean("packaged")) {
			Path jar = extractedJar();
			lines.add(measure("packaged jar, no class-data sharing", runs, List.of("-jar", jar.toString())));
			Path archive = sharedArchive(jar);
			lines.add(measure("packaged jar, class-data sharing (as the image)", runs,
					List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=warning", "-jar", jar.toString())));
		}
		lines.forEach(System.out::println);
		Path out = Path.of("target", "benchmarks", "startup.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
	}

	private String measure(String mode, int runs, List<String> launch) throws IOException, InterruptedException {
		List<Run> measured = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			measured.add(timeToFirstPoll(launch));
			System.out.printf("StartupBenchmark %s, run %d: %.2f s to the first getUpdates, %.2f s of CPU%n", mode,
					run, measured.get(run - 1).seconds(), measured.get(run - 1).cpuSeconds());
		}
		double median = median(measured.stream().mapToDouble(Run::seconds).toArray());
		double cpu = median(measured.stream().mapToDouble(Run::cpuSeconds).toArray());
		return String.format("start-up (%s), Java %s, fresh embedded store, %d runs: median %.2f s from launching "
				+ "the JVM to the first getUpdates, median %.2f s of CPU by then (runs: %s) (goal: <= 6 s on Java 17: "
				+ "%s)", mode, System.getProperty("java.version"), runs, median, cpu,
				measured.stream().map(value -> String.format("%.2f", value.seconds())).toList(),
				median <= 6 ? "met" : "NOT met");
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		java.util.Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private Run timeToFirstPoll(List<String> launch) throws IOException, InterruptedException {
		int run = ++launches;
		String token = "626262" + run + ":TEST_token_for_the_startup_benchmark";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		long pollsBefore = bot.polls();
		Path data = Files.createDirectories(work.resolve("run-" + run));
		List<String> command = new ArrayList<>();
		command.add(java());
		command.addAll(launch);
		command.add("--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(data.resolve("app.log").toFile());
		environment(builder, token, data.resolve("data"));
		long launched = System.nanoTime();
		Process process = builder.start();
		try {
			long deadline = launched + TimeUnit.SECONDS.toNanos(180);
			while (bot.polls() == pollsBefore) {
				if (!process.isAlive() || System.nanoTime() > deadline) {
					throw new AssertionError("Tandem never polled; its log:\n"
							+ Files.readString(data.resolve("app.log")));
				}
				Thread.sleep(5);
			}
			double seconds = (System.nanoTime() - launched) / 1e9;
			Duration cpu = process.info().totalCpuDuration().orElse(Duration.ZERO);
			String log = Files.readString(data.resolve("app.log"));
			if (log.contains("[cds")) {
				throw new AssertionError("the class-data sharing archive was not used:\n" + log);
			}
			return new Run(seconds, cpu.toMillis() / 1e3);
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static void environment(ProcessBuilder builder, String token, Path data) {
		builder.environment().remove("MONGODB_URI");
		builder.environment().remove("TANDEM_ENCRYPTION_KEY");
		builder.environment().put("TELEGRAM_BOT_TOKEN", token);
		builder.environment().put("TANDEM_DATA_DIR", data.toString());
	}

	/** The packaged jar, extracted as the image's build extracts it. */
	private Path extractedJar() throws IOException, InterruptedException {
		Path packaged;
		try (Stream<Path> files = Files.list(Paths.get("target"))) {
			packaged = files.filter(file -> file.getFileName().toString().matches("tandem-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run 'mvn package' first"));
		}
		Path folder = work.resolve("jar");
		run(List.of(java(), "-Djarmode=tools", "-jar", packaged.toAbsolutePath().toString(), "extract",
				"--destination", folder.toString()), work.resolve("extract.log"));
		return folder.resolve(packaged.getFileName());
	}

	/** The class-data sharing archive, made as the image's build makes it (a run that stops once refreshed). */
	private Path sharedArchive(Path jar) throws IOException, InterruptedException {
		Path archive = jar.resolveSibling(JAR_ARCHIVE);
		ProcessBuilder training = new ProcessBuilder(java(), "-XX:ArchiveClassesAtExit=" + archive,
				"-Dspring.context.exit=onRefresh", "-jar", jar.toString(), "--tandem.telegram.api-url=http://127.0.0.1:9");
		environment(training, "1234567:TEST_token_for_the_class_data_archive", work.resolve("training-data"));
		training.redirectErrorStream(true).redirectOutput(work.resolve("training.log").toFile());
		if (training.start().waitFor() != 0 || !Files.exists(archive)) {
			throw new IllegalStateException("no class-data archive: " + Files.readString(work.resolve("training.log")));
		}
		return archive;
	}

	private static void run(List<String> command, Path log) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (process.waitFor() != 0) {
			throw new IllegalStateException(command + " failed: " + Files.readString(log));
		}
	}

	private static String java() {
		return Paths.get(System.getProperty("java.home"), "bin", "java").toString();
	}

	private record Run(double seconds, double cpuSeconds) {
	}

}
