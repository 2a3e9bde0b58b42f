package app.tandem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.tandem.support.FakeBotApi;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar as the image runs it: a user that is not root, a working folder it cannot write to (the jar and
 * the crisis lines), its data in a separate folder, the key and token in the environment. It starts, answers a
 * person, and writes nothing outside its data folder. Runs after {@code package} (failsafe), on the real jar.
 */
class PackagedJarIT {

	private static final String TOKEN = "7300000001:packaged-jar-test";

	private static final String NOBODY = "65534";

	@TempDir
	Path work;

	private Process app;

	@AfterEach
	void stop() throws InterruptedException {
		if (app != null && app.isAlive()) {
			app.destroy();
			app.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void shouldStartFromAReadOnlyFolderAsAUserThatIsNotRoot() throws Exception {
		Path folder = work.resolve("app");
		Path data = work.resolve("data");
		Files.createDirectories(folder);
		Files.createDirectories(data);
		Files.copy(packagedJar(), folder.resolve("tandem.jar"));
		copyTree(Paths.get("config"), folder.resolve("config"));
		List<String> before = listing(folder);
		readOnly(folder);
		Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
		boolean root = "root".equals(System.getProperty("user.name"));
		if (root) {
			run("chown", NOBODY + ":" + NOBODY, data.toString());
		}

		List<String> command = new ArrayList<>();
		if (root) {
			command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
		}
		command.addAll(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:MaxRAMPercentage=40", "-jar", folder.resolve("tandem.jar").toString()));
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(work.resolve("run.log").toFile());
		builder.environment().put("TELEGRAM_BOT_TOKEN", TOKEN);
		builder.environment().put("TELEGRAM_API_URL", FakeBotApi.shared().baseUrl());
		builder.environment().put("TANDEM_ENCRYPTION_KEY", "q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=");
		builder.environment().put("TANDEM_DATA_DIR", data.toString());
		builder.environment().put("PORT", "0");
		builder.environment().remove("MONGODB_URI");
		app = builder.start();

		FakeBotApi.Bot bot = FakeBotApi.shared().bot(TOKEN);
		TelegramUser person = new TelegramUser(bot, 7_300_001L, "en");
		person.send("/start");
		assertThat(bot.await(call -> "sendMessage".equals(call.method()) && call.chatId() == person.id(),
				Duration.ofSeconds(120))).as("an answer to /start; log:%n%s", log()).isNotNull();

		assertThat(app.isAlive()).as("still running; log:%n%s", log()).isTrue();
		assertThat(listing(folder)).as("nothing written to the working folder").isEqualTo(before);
		assertThat(data.resolve("tandem.mv.db")).exists();
		if (root) {
			assertThat(Files.getOwner(data.resolve("tandem.mv.db")).getName()).isNotEqualTo("root");
		}
		assertThat(log()).doesNotContain("ERROR");
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Paths.get("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("tandem-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run after 'package'"));
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(file, target);
				}
			}
		}
	}

	private static void readOnly(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.toList()) {
				Files.setPosixFilePermissions(file,
						PosixFilePermissions.fromString(Files.isDirectory(file) ? "r-xr-xr-x" : "r--r--r--"));
			}
		}
	}

	private static List<String> listing(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.map(file -> folder.relativize(file).toString()).sorted().toList();
		}
	}

	private static void run(String... command) throws IOException, InterruptedException {
		assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
	}

	private String log() {
		try {
			return Files.readString(work.resolve("run.log"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
