package app.tandem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.tandem.support.FakeBotApi;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts Tandem as an operator would, in its own JVM: with a broken setup it must stop with one clear line and
 * no stack trace; with a good one it says it is ready in one line, and a crisis message waiting for it is answered
 * as soon as it polls.
 */
class StartupTests {

	static final String TOKEN = "6161616:TEST_token_never_to_be_logged";

	/**
	 * The first answer after a start: its update, the screen and the send run cold (read and compiled for the first
	 * time), about 1.5–3.5 s on two cores shared with other builds. Set {@code -DfirstAnswer=1s} on a quiet machine.
	 */
	private static final Duration FIRST_ANSWER = Duration.parse("PT" + System.getProperty("firstAnswer", "10s"));

	@TempDir
	Path work;

	@Test
	void shouldStopWithOneClearLineWhenTheTokenIsMissing() throws Exception {
		Result result = run(Map.of());

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.errorLines()).singleElement()
			.asString()
			.contains("Tandem cannot start: TELEGRAM_BOT_TOKEN is not set")
			.contains("@BotFather");
		assertThat(result.output()).doesNotContain("\tat ").doesNotContain("Exception");
	}

	@Test
	void shouldStopWithOneClearLineWhenTheTokenIsMalformed() throws Exception {
		Result result = run(Map.of("TELEGRAM_BOT_TOKEN", "not a token"));

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.errorLines()).singleElement()
			.asString()
			.contains("TELEGRAM_BOT_TOKEN does not look like a bot token");
		assertThat(result.output()).doesNotContain("\tat ").doesNotContain("not a token");
	}

	@Test
	void shouldStopWithOneClearLineWhenTheCrisisLinesFileIsMalformed() throws Exception {
		Path lines = work.resolve("crisis-lines.yml");
		Files.writeString(lines, """
				countries:
				  - code: DE
				    name: Germany
				    emergency: "112"
				    lines:
				      - name: TelefonSeelsorge
				        phone: 0800 111 0 111
				        hours: 24/7
				""");

		Result result = run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TANDEM_CRISIS_LINES", lines.toString()));

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.errorLines()).singleElement()
			.asString()
			.contains("crisis-lines.yml is not valid: DE line 1 has no 'source'; DE line 1 has no 'verified' date");
		assertThat(result.output()).doesNotContain("\tat ").doesNotContain(TOKEN);
	}

	@Test
	void shouldRefuseToStartOnMongoDbWithoutASharedEncryptionKey() throws Exception {
		Result result = run(Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "MONGODB_URI", "mongodb://127.0.0.1:9/tandem"));

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.errorLines()).singleElement()
			.asString()
			.contains("TANDEM_ENCRYPTION_KEY is not set")
			.contains("openssl rand -base64 32");
		assertThat(result.output()).doesNotContain("\tat ").doesNotContain(TOKEN);
		assertThat(work.resolve("data").resolve("encryption.key")).doesNotExist();
	}

	@Test
	void shouldStopWithOneClearLineWhenTelegramRejectsTheToken() throws Exception {
		String token = "7171717:TEST_token_telegram_rejects";
		FakeBotApi.shared().bot(token).reject();

		Result result = run(Map.of("TELEGRAM_BOT_TOKEN", token), FakeBotApi.shared().baseUrl());

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.errorLines()).singleElement()
			.asString()
			.contains("Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized)")
			.contains("check it with @BotFather");
		assertThat(result.output()).doesNotContain("Cannot reach")
			.doesNotContain("\tat ")
			.doesNotContain("Exception")
			.doesNotContain(token);
	}

	@Test
	void shouldSayInOneLineThatItIsReadyWithoutLibraryBanners() throws Exception {
		String token = "8181818:TEST_token_for_the_ready_line";
		int countries = (int) Files.readAllLines(Paths.get("config", "crisis-lines.yml"))
			.stream()
			.filter(line -> line.startsWith("  - code:"))
			.count();

		String output = runUntil(Map.of("TELEGRAM_BOT_TOKEN", token), FakeBotApi.shared().baseUrl(),
				"Tandem is ready");

		assertThat(output.lines().filter(line -> line.contains("Tandem is ready"))).singleElement()
			.asString()
			.contains("Tandem is ready: polling as @" + FakeBotApi.USERNAME + ", store embedded store (in memory), "
					+ countries + " countries of crisis lines");
		assertThat(output).doesNotContain("Commons Logging")
			.doesNotContain("org.quartz")
			.doesNotContain("Quartz Scheduler")
			.doesNotContain("Started TandemApplication")
			.doesNotContain(" WARN ")
			.doesNotContain(" ERROR ")
			.doesNotContain(token);
	}

	@Test
	void shouldAnswerACrisisMessageWaitingAtTheFirstPoll() throws Exception {
		String token = "8282828:TEST_token_for_the_first_message";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		TelegramUser person = new TelegramUser(bot, 8_282_001L, "en");
		person.send("I want to kill myself");

		Process process = start(Map.of("TELEGRAM_BOT_TOKEN", token), FakeBotApi.shared().baseUrl());
		try {
			long firstPoll = firstPoll(bot, process);
			Call answer = bot.await(call -> "sendMessage".equals(call.method()) && call.chatId() == person.id(),
					Duration.ofSeconds(30));

			assertThat(answer.text()).contains("You’re not alone");
			assertThat(Duration.ofNanos(answer.nanoTime() - firstPoll)).as("from the first poll to the crisis answer")
				.isLessThan(FIRST_ANSWER);
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static long firstPoll(FakeBotApi.Bot bot, Process process) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		while (bot.polls() == 0) {
			if (!process.isAlive() || System.nanoTime() > deadline) {
				throw new AssertionError("Tandem never polled");
			}
			Thread.sleep(1);
		}
		return System.nanoTime();
	}

	private Result run(Map<String, String> env) throws IOException, InterruptedException {
		return run(env, "http://127.0.0.1:9");
	}

	private Result run(Map<String, String> env, String apiUrl) throws IOException, InterruptedException {
		Process process = start(env, apiUrl);
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("Tandem did not stop");
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Result(process.exitValue(), output);
	}

	/** Starts Tandem, reads its output until a line contains the fragment, stops it, and returns what it logged. */
	private String runUntil(Map<String, String> env, String apiUrl, String fragment) throws Exception {
		Process process = start(env, apiUrl);
		StringBuilder output = new StringBuilder();
		Thread reader = new Thread(() -> process.inputReader(StandardCharsets.UTF_8).lines().forEach(line -> {
			synchronized (output) {
				output.append(line).append('\n');
				output.notifyAll();
			}
		}));
		reader.setDaemon(true);
		reader.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		try {
			synchronized (output) {
				while (!output.toString().contains(fragment) && System.nanoTime() < deadline && process.isAlive()) {
					output.wait(200);
				}
				if (!output.toString().contains(fragment)) {
					throw new AssertionError("Tandem never said '" + fragment + "'; it said:\n" + output);
				}
				// What comes just after the line belongs to start-up too.
				output.wait(1000);
				return output.toString();
			}
		}
		finally {
			process.destroy();
			if (!process.waitFor(30, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private Process start(Map<String, String> env, String apiUrl) throws IOException {
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				TandemApplication.class.getName(), "--tandem.store.embedded-backend=memory",
				"--spring.main.web-application-type=none", "--tandem.telegram.api-url=" + apiUrl));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(Paths.get("").toAbsolutePath().toFile());
		builder.environment().remove("TELEGRAM_BOT_TOKEN");
		builder.environment().remove("MONGODB_URI");
		builder.environment().remove("TANDEM_ENCRYPTION_KEY");
		builder.environment().put("TANDEM_DATA_DIR", work.resolve("data").toString());
		builder.environment().putAll(env);
		return builder.start();
	}

	record Result(int exitCode, String output) {

		List<String> errorLines() {
			return output.lines().filter(line -> line.contains(" ERROR ")).toList();
		}

	}

}
