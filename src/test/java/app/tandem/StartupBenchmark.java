package app.tandem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.tandem.support.FakeBotApi;

/**
 * Start-up time: Tandem's main in its own JVM (as {@link StartupTests} starts it, on this JVM's runtime and class
 * path), each run on a fresh, empty data folder with the default embedded store, timed from launching the
 * {@code java} process to its first {@code getUpdates} call at the in-process fake Bot API. {@code -Druns} runs (5
 * by default), one after another. Prints each run and the median (and writes them to
 * {@code target/benchmarks/startup.txt}) beside the goal of issue 11 (at most 6 s on Java 17) and whether it is
 * met. Asserts nothing. Not part of {@code mvn verify}: run with {@code mvn -B test -Dtest=StartupBenchmark}.
 */
class StartupBenchmark {

	@TempDir
	Path work;

	@Test
	void timeToTheFirstPoll() throws Exception {
		int runs = Integer.getInteger("runs", 5);
		List<Double> seconds = new ArrayList<>();
		for (int run = 1; run <= runs; run++) {
			seconds.add(timeToFirstPoll(run));
			System.out.printf("StartupBenchmark run %d: %.2f s to the first getUpdates%n", run, seconds.get(run - 1));
		}
		double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double median = sorted[sorted.length / 2];
		List<String> lines = List.of(String.format(
				"start-up, Java %s, fresh embedded store, %d runs: median %.2f s from launching the JVM to the first "
						+ "getUpdates (runs: %s) (goal: <= 6 s on Java 17: %s)",
				System.getProperty("java.version"), runs, median,
				seconds.stream().map(value -> String.format("%.2f", value)).toList(),
				median <= 6 ? "met" : "NOT met"));
		lines.forEach(System.out::println);
		Path out = Path.of("target", "benchmarks", "startup.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
	}

	private double timeToFirstPoll(int run) throws IOException, InterruptedException {
		String token = "626262" + run + ":TEST_token_for_the_startup_benchmark";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		long pollsBefore = bot.polls();
		Path data = Files.createDirectories(work.resolve("run-" + run));
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				TandemApplication.class.getName(), "--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl())
			.redirectErrorStream(true)
			.redirectOutput(data.resolve("app.log").toFile());
		builder.environment().remove("MONGODB_URI");
		builder.environment().remove("TANDEM_ENCRYPTION_KEY");
		builder.environment().put("TELEGRAM_BOT_TOKEN", token);
		builder.environment().put("TANDEM_DATA_DIR", data.resolve("data").toString());
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
			return (System.nanoTime() - launched) / 1e9;
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

}
