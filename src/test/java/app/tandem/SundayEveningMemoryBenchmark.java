package app.tandem;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.tandem.schedule.LocalRule;
import app.tandem.support.FakeBotApi;
import app.tandem.support.ResidentMemory;
import app.tandem.support.Seed;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the default build ({@code mvn -B test -Dtest=SundayEveningMemoryBenchmark}). Tandem in its own JVM,
 * as a 512 MB container would run it ({@code -Xmx384m}, the image's 75 % of the memory), on the embedded file store
 * seeded with {@value #PEOPLE} people who each checked in three times this week and whose weekly summaries all fall
 * due in the same minute. Samples the process's resident memory while every summary (text and chart) goes out,
 * and counts them. The send rate is raised far above Telegram's so the backlog drains in minutes.
 */
class SundayEveningMemoryBenchmark {

	static final String TOKEN = "5454545:TEST_token_for_the_memory_bench";

	static final int PEOPLE = Integer.getInteger("people", 10_000);

	static final String HEAP = System.getProperty("heap", "384m");

	static final ZoneId BERLIN = ZoneId.of(Seed.ZONE);

	@TempDir
	Path data;

	final FakeBotApi.Bot bot = FakeBotApi.shared().bot(TOKEN);

	@Test
	void sendsTenThousandSummariesInFlatMemory() throws Exception {
		ZonedDateTime due = ZonedDateTime.now(BERLIN).plusSeconds(45).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
		seed(due);
		Process app = start();
		try {
			long peak = 0;
			long started = System.nanoTime();
			long deadline = started + TimeUnit.MINUTES.toNanos(20);
			while (System.nanoTime() < deadline && (summaries() < PEOPLE || charts() < PEOPLE)) {
				peak = Math.max(peak, ResidentMemory.megabytes(Long.toString(app.pid()), "VmRSS"));
				Thread.sleep(500);
			}
			long highWater = ResidentMemory.megabytes(Long.toString(app.pid()), "VmHWM");
			double minutes = (System.nanoTime() - started) / 6e10;
			System.out.printf("SundayEveningMemoryBenchmark: %d summaries and %d charts sent; resident memory peaked "
					+ "at %d MB (sampled) / %d MB (VmHWM) with -Xmx%s; %.1f min from start to the last one%n",
					summaries(), charts(), peak, highWater, HEAP, minutes);
			assertThat(summaries()).isEqualTo(PEOPLE);
			assertThat(charts()).isEqualTo(PEOPLE);
		}
		finally {
			app.destroyForcibly();
		}
	}

	private long summaries() {
		return bot.calls(call -> call.text() != null && call.text().contains("Tandem weekly summary")).size();
	}

	private long charts() {
		return bot.calls(call -> call.method().equals("sendPhoto")).size();
	}

	private void seed(ZonedDateTime due) {
		MongoServer server = new MongoServer(new H2Backend(data.resolve("tandem.mv.db").toString()));
		server.bind("127.0.0.1", 0);
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
			MongoDatabase db = client.getDatabase("tandem");
			String rule = LocalRule.weekly(EnumSet.of(due.getDayOfWeek()), LocalTime.from(due)).spec();
			LocalDate today = due.toLocalDate();
			List<Document> users = new ArrayList<>();
			List<Document> schedules = new ArrayList<>();
			List<Document> checkIns = new ArrayList<>();
			for (long i = 1; i <= PEOPLE; i++) {
				long userId = 41_000_000 + i;
				users.add(Seed.person(userId));
				schedules.add(Seed.schedule("summary:" + userId, userId, "summary", rule, due.toInstant(), Map.of()));
				for (int day = 1; day <= 3; day++) {
					LocalDate date = today.minusDays(day);
					checkIns.add(new Document("_id", userId + ":" + date).append("userId", userId)
						.append("date", date.toString())
						.append("mood", 3 + day)
						.append("anxiety", 6 - day)
						.append("sleepHours", 6.5 + day / 2.0)
						.append("completedAt", new Date()));
				}
			}
			db.getCollection("users").insertMany(users);
			db.getCollection("schedules").insertMany(schedules);
			db.getCollection("checkins").insertMany(checkIns);
		}
		finally {
			server.shutdown();
		}
	}

	private Process start() throws IOException {
		String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = List.of(java, "-Xmx" + HEAP, "-cp", System.getProperty("java.class.path"),
				TandemApplication.class.getName(), "--tandem.telegram.token=" + TOKEN,
				"--tandem.telegram.api-url=" + FakeBotApi.shared().baseUrl(), "--tandem.store.uri=",
				"--tandem.store.embedded-backend=file", "--tandem.store.data-dir=" + data,
				"--spring.main.web-application-type=none", "--tandem.outbox.global-per-second=300",
				"--tandem.schedule.tick=1s");
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(data.resolve("app.log").toFile());
		builder.environment().remove("TELEGRAM_BOT_TOKEN");
		builder.environment().remove("MONGODB_URI");
		builder.environment().remove("TANDEM_ENCRYPTION_KEY");
		return builder.start();
	}

}
