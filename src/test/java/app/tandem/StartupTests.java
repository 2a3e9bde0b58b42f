package app.tandem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Starts Tandem as an operator would, in its own JVM, with a broken setup: it must stop with one clear line and
 * no stack trace.
 */
class StartupTests {

	static final String TOKEN = "6161616:TEST_token_never_to_be_logged";

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

	private Result run(Map<String, String> env) throws IOException, InterruptedException {
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
				TandemApplication.class.getName(), "--tandem.store.embedded-backend=memory",
				"--spring.main.web-application-type=none", "--tandem.telegram.api-url=http://127.0.0.1:9"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(Paths.get("").toAbsolutePath().toFile());
		builder.environment().remove("TELEGRAM_BOT_TOKEN");
		builder.environment().remove("MONGODB_URI");
		builder.environment().remove("TANDEM_ENCRYPTION_KEY");
		builder.environment().put("TANDEM_DATA_DIR", work.resolve("data").toString());
		builder.environment().putAll(env);
		Process process = builder.start();
		if (!process.waitFor(90, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("Tandem did not stop");
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		return new Result(process.exitValue(), output);
	}

	record Result(int exitCode, String output) {

		List<String> errorLines() {
			return output.lines().filter(line -> line.contains(" ERROR ")).toList();
		}

	}

}
