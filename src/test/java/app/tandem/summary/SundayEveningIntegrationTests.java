package app.tandem.summary;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;

import app.tandem.medication.DoseAmount;
import app.tandem.medication.Medication;
import app.tandem.medication.MedicationStatus;
import app.tandem.schedule.LocalRule;
import app.tandem.store.PrivateText;
import app.tandem.support.EndToEnd;
import app.tandem.support.FakeBotApi;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.ResidentMemory;
import app.tandem.support.Seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sunday 18:00 in Berlin: {@value #SUMMARIES} weekly summaries fall due in the same minute as {@value #REMINDERS}
 * dose reminders. The reminders go out first (summaries travel on the lowest lane and have their own worker), and
 * every summary is sent exactly once. The global send rate is raised so the test takes seconds, not a minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = { "tandem.telegram.token=" + SundayEveningIntegrationTests.TOKEN,
				"tandem.store.embedded-backend=memory", "tandem.store.uri=", "tandem.store.data-dir=target/test-data",
				"tandem.schedule.tick=200ms", "tandem.outbox.global-per-second=300",
				"tandem.test.clock-start=2026-11-29T16:59:00Z" })
@Import(EndToEnd.Configuration.class)
@DirtiesContext
class SundayEveningIntegrationTests {

	static final String TOKEN = "8383838:TEST_token_for_sunday_evening_x";

	/** 1,000 in the default run; {@code -Dsummaries=10000 -DargLine=-Xmx320m} for the figure in the README. */
	static final int SUMMARIES = Integer.getInteger("summaries", 1_000);

	static final int REMINDERS = 100;

	static final Instant SUNDAY_18_00_BERLIN = Instant.parse("2026-11-29T17:00:00Z");

	final FakeBotApi.Bot bot = FakeBotApi.shared().bot(TOKEN);

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Test
	void shouldSendTheDoseRemindersFirstAndEverySummaryOnce() {
		List<Document> users = new ArrayList<>();
		List<Document> schedules = new ArrayList<>();
		List<Medication> medications = new ArrayList<>();
		String weekly = LocalRule.weekly(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(18, 0)).spec();
		String daily = LocalRule.daily(LocalTime.of(18, 0)).spec();
		for (long i = 1; i <= SUMMARIES; i++) {
			long userId = 31_000_000 + i;
			users.add(Seed.person(userId));
			schedules.add(Seed.schedule("summary:" + userId, userId, "summary", weekly, SUNDAY_18_00_BERLIN, Map.of()));
			if (i <= REMINDERS) {
				medications.add(new Medication("m" + userId, userId, new PrivateText("Sertraline"),
						DoseAmount.parse("50 mg").orElseThrow(), List.of(LocalTime.of(18, 0)),
						EnumSet.allOf(DayOfWeek.class), 1, LocalDate.of(2026, 11, 1), MedicationStatus.ACTIVE, null,
						null, null, List.of(), Instant.now(), null));
				schedules.add(Seed.schedule("dose:" + userId + ":18:00", userId, "dose", daily, SUNDAY_18_00_BERLIN,
						Map.of("slot", "18:00")));
			}
		}
		mongo.insert(users, "users");
		mongo.insertAll(medications);
		mongo.insert(schedules, "schedules");

		clock.set(SUNDAY_18_00_BERLIN);

		await().atMost(Duration.ofSeconds(60 + SUMMARIES / 20))
			.until(() -> summaries().size() >= SUMMARIES && reminders().size() >= REMINDERS);
		List<Call> summaries = summaries();
		List<Call> reminders = reminders();
		assertThat(summaries.stream().collect(Collectors.groupingBy(Call::chatId, Collectors.counting())))
			.hasSize(SUMMARIES)
			.allSatisfy((chat, count) -> assertThat(count).as("summaries to %d", chat).isEqualTo(1));
		assertThat(reminders.stream().map(Call::chatId).distinct()).hasSize(REMINDERS);
		long lastReminder = reminders.stream().mapToLong(Call::nanoTime).max().orElseThrow();
		long summariesBefore = summaries.stream().filter(call -> call.nanoTime() < lastReminder).count();
		System.out.printf("Sunday evening: %d reminders all sent while %d of %d summaries had gone out; "
				+ "peak resident memory of the JVM (app, fake Bot API and test) %d MB%n", REMINDERS, summariesBefore,
				SUMMARIES, ResidentMemory.megabytes("self", "VmHWM"));
		assertThat(summariesBefore).as("summaries sent before the last reminder").isLessThan(SUMMARIES / 5);
	}

	private List<Call> summaries() {
		return bot.calls(call -> call.text() != null && call.text().contains("Tandem weekly summary"));
	}

	private List<Call> reminders() {
		return bot.calls(call -> call.text() != null && call.text().contains("Time for <b>Sertraline"));
	}

}
