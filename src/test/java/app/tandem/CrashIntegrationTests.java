package app.tandem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.tandem.medication.Medicated;
import app.tandem.onboarding.Onboarded;
import app.tandem.support.FakeBotApi;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Tandem in its own JVM on the embedded file store (the default a self-hoster runs), killed with SIGKILL twice:
 * once while dose reminders are going out in the middle of a burst of replies, once within 300 ms of replying to
 * check-in answers. Restarted on the same store each time. Then counted: every update answered, every answer kept,
 * every reminder sent; duplicates only for messages in flight at a kill (at most one per chat per kill, reported).
 */
@Tag("long")
class CrashIntegrationTests {

	static final String TOKEN = "5353535:TEST_token_for_the_crash_test_x";

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final int PEOPLE = 8;

	static final Duration START_PATIENCE = Duration.ofSeconds(120);

	@TempDir
	Path data;

	final FakeBotApi.Bot bot = FakeBotApi.shared().bot(TOKEN);

	final List<Process> started = new ArrayList<>();

	@AfterEach
	void stopAll() throws IOException {
		started.forEach(Process::destroyForcibly);
		// Keep the three runs' logs for a look after a failure.
		Path logs = Files.createDirectories(Paths.get("target", "crash-test-logs"));
		try (var runs = Files.list(data)) {
			for (Path log : runs.filter(file -> file.toString().endsWith(".log")).toList()) {
				Files.copy(log, logs.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	@Test
	void shouldLoseNothingWhenKilledWhileRepliesAndRemindersAreGoingOut() throws Exception {
		Process app = start(1);
		List<TelegramUser> people = new ArrayList<>();
		for (int i = 0; i < PEOPLE; i++) {
			people.add(new TelegramUser(bot, 8_300_001L + i, "en"));
		}
		people.get(0).send("/help");
		awaitMessage(people.get(0), "What I can do", START_PATIENCE);
		people.forEach(Onboarded::setUp);
		ZonedDateTime doseTime = ZonedDateTime.now(BERLIN)
			.plusSeconds(40)
			.truncatedTo(ChronoUnit.MINUTES)
			.plusMinutes(1);
		String hhmm = LocalTime.from(doseTime).toString();
		for (TelegramUser person : people) {
			Medicated.add(person, "Sertraline", "50 mg", hhmm);
		}
		assertThat(ZonedDateTime.now(BERLIN)).as("every medication was added before its dose time")
			.isBefore(doseTime.minusSeconds(3));

		// A burst of commands from everyone, running through the first kill and restart.
		Map<Long, Integer> helpSent = new ConcurrentHashMap<>();
		AtomicBoolean bursting = new AtomicBoolean(true);
		Thread burst = new Thread(() -> {
			while (bursting.get()) {
				for (TelegramUser person : people) {
					person.send("/help");
					helpSent.merge(person.id(), 1, Integer::sum);
				}
				// About two commands a second per person: 16 a second in all, inside the sending rate of 25.
				sleep(ThreadLocalRandom.current().nextInt(350, 650));
			}
		});
		sleepUntil(doseTime.minusSeconds(2));
		burst.start();

		// Kill 1: while the reminders due at doseTime are going out.
		sleepUntil(doseTime.plusNanos(TimeUnit.MILLISECONDS.toNanos(ThreadLocalRandom.current().nextInt(100, 400))));
		kill(app);
		int answeredBefore = count(people.get(0), "What I can do");
		app = start(2);
		await().atMost(START_PATIENCE).until(() -> count(people.get(0), "What I can do") > answeredBefore);
		sleep(2_000);
		bursting.set(false);
		burst.join();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> people.stream().allMatch(person -> reminders(person) >= 1));

		// Kill 2: within 300 ms of replying to check-in answers.
		for (TelegramUser person : people) {
			person.send("/checkin");
		}
		for (TelegramUser person : people) {
			awaitMessage(person, "How’s your mood", Duration.ofSeconds(30));
			person.send("4");
		}
		for (TelegramUser person : people) {
			awaitMessage(person, "How anxious", Duration.ofSeconds(30));
		}
		sleep(ThreadLocalRandom.current().nextInt(0, 300));
		kill(app);
		app = start(3);
		for (TelegramUser person : people) {
			person.send("2");
		}

		// Count.
		for (TelegramUser person : people) {
			awaitMessage(person, "How many hours did you sleep", START_PATIENCE);
		}
		await().atMost(Duration.ofSeconds(60)).until(() -> people.stream()
			.allMatch(person -> count(person, "What I can do") >= helpSent.getOrDefault(person.id(), 0)));
		int duplicateReplies = 0;
		int duplicateReminders = 0;
		for (TelegramUser person : people) {
			int sent = helpSent.getOrDefault(person.id(), 0);
			int answered = count(person, "What I can do");
			assertThat(answered).as("answers to %d /help from %d", sent, person.id()).isGreaterThanOrEqualTo(sent);
			assertThat(reminders(person)).as("reminders to %d", person.id()).isGreaterThanOrEqualTo(1);
			assertThat(count(person, "How anxious")).as("the mood answer of %d was kept", person.id())
				.isBetween(1, 2);
			duplicateReplies += answered - sent;
			duplicateReminders += reminders(person) - 1;
		}
		int helpTotal = helpSent.values().stream().mapToInt(Integer::intValue).sum();
		System.out.printf("Crash test: %d /help answered (%d duplicates), %d reminders (%d duplicates), "
				+ "%d check-in answers kept across a kill within 300 ms; 0 lost%n", helpTotal, duplicateReplies,
				PEOPLE, duplicateReminders, PEOPLE);
		assertThat(duplicateReplies + duplicateReminders).as("duplicates: at most the messages in flight at a kill")
			.isLessThanOrEqualTo(2 * PEOPLE);
		assertThat(bot.calls(call -> call.text() != null && call.text().contains("something went wrong"))).isEmpty();
		app.destroy();
		assertThat(app.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
	}

	private int reminders(TelegramUser person) {
		return count(person, "Time for <b>Sertraline");
	}

	private static int count(TelegramUser person, String fragment) {
		return person.messages(call -> call.text() != null && call.text().contains(fragment)).size();
	}

	private Call awaitMessage(TelegramUser person, String fragment, Duration patience) throws InterruptedException {
		return bot.await(call -> "sendMessage".equals(call.method()) && call.chatId() == person.id()
				&& call.text() != null && call.text().contains(fragment), patience);
	}

	private Process start(int run) throws IOException {
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
				TandemApplication.class.getName(), "--tandem.telegram.token=" + TOKEN,
				"--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl(), "--tandem.store.uri=",
				"--tandem.store.embedded-backend=file", "--tandem.store.data-dir=" + data,
				"--spring.main.web-application-type=none", "--tandem.outbox.per-chat-per-second=50",
				"--tandem.outbox.per-chat-burst=50", "--tandem.schedule.tick=200ms");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(data.resolve("run-" + run + ".log").toFile());
		builder.environment().remove("TELEGRAM_BOT_TOKEN");
		builder.environment().remove("MONGODB_URI");
		builder.environment().remove("TANDEM_ENCRYPTION_KEY");
		Process process = builder.start();
		started.add(process);
		return process;
	}

	/** SIGKILL: no shutdown hook, no flush, nothing released. */
	private static void kill(Process process) throws InterruptedException {
		process.destroyForcibly();
		assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
	}

	private static void sleepUntil(ZonedDateTime when) {
		long millis = Duration.between(ZonedDateTime.now(when.getZone()), when).toMillis();
		if (millis > 0) {
			sleep(millis);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
