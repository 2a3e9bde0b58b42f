package app.tandem.summary;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.medication.Medicated;
import app.tandem.onboarding.Onboarded;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A week of two scheduled medications and one as-needed, played through the reminders' buttons and {@code /took},
 * and its adherence read back from {@code /summary} and the PDF. Every figure is worked out by hand below.
 */
@EndToEndTest
class AdherenceWeekIntegrationTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	@Autowired
	Schedules schedules;

	@Autowired
	MutableClock clock;

	/**
	 * Sertraline 50 mg at 08:00, Lorazepam 1 mg as needed, and from day 1 Quetiapine 25 mg at 22:00; days 1 to 4:
	 * <ul>
	 * <li>Day 1: Sertraline taken at 08:05 (on time). Quetiapine skipped ("side effects"), then {@code /took
	 * quetiapine} at 23:40: taken late, 1 h 40 min.</li>
	 * <li>Day 2: Sertraline unanswered, missed at 10:00, {@code /took sertraline} at 10:30: taken late, 2 h 30 min.
	 * Lorazepam at 14:00. Quetiapine skipped, "forgot".</li>
	 * <li>Day 3: Sertraline unanswered, missed at 10:00; at 12:00 Taken on the old reminder, corrected with "I took it
	 * at another time" to 08:20: on time. Lorazepam at 15:00. Quetiapine unanswered: missed.</li>
	 * <li>Day 4: {@code /took sertraline} at 07:00, an hour before its time: that dose taken early (on time), and no
	 * reminder at 08:00.</li>
	 * </ul>
	 * Sertraline: 4 of 4 scheduled (100 %), 3 on time, 1 late (day 2, 2 h 30 min). Quetiapine: 1 of 3 (33 %), 0 on
	 * time, 1 late (day 1, 1 h 40 min), skipped day 2 (forgot), missed day 3. Lorazepam: as needed 2× (days 2, 3).
	 */
	@Test
	void shouldReportOnTimeLateSkippedMissedAndAsNeededDosesAsTheyHappened() throws IOException {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:00");
		addAsNeeded(user, "Lorazepam", "1 mg");
		Instant firstMorning = schedules.nextFireAt("dose:" + user.id() + ":08:00").orElseThrow();
		LocalDate day1 = LocalDate.ofInstant(firstMorning, BERLIN);
		LocalDate day2 = day1.plusDays(1);
		LocalDate day3 = day1.plusDays(2);
		LocalDate day4 = day1.plusDays(3);

		// Day 1
		clock.set(at(day1, "08:00"));
		Call sertraline1 = user.awaitReply("Time for <b>Sertraline 50 mg</b>");
		clock.set(at(day1, "08:05"));
		user.tap(sertraline1, "✅ Taken");
		user.awaitReply("Any side effects?");
		Medicated.add(user, "Quetiapine", "25 mg", "22:00");
		clock.set(at(day1, "22:00"));
		Call quetiapine1 = user.awaitReply("Time for <b>Quetiapine 25 mg</b>");
		clock.set(at(day1, "22:10"));
		user.tap(quetiapine1, "Skip");
		user.tapOn("Skipped Quetiapine", "Side effects");
		user.awaitReply("Which side effects did you have with Quetiapine");
		clock.set(at(day1, "23:40"));
		user.send("/took quetiapine");
		assertThat(user.awaitReply("✓ Recorded").text())
			.isEqualTo("✓ Recorded your 22:00 dose of Quetiapine 25 mg as taken late, at 23:40.");

		// Day 2
		clock.set(at(day2, "08:00"));
		Call sertraline2 = user.awaitReply("Time for <b>Sertraline 50 mg</b>");
		clock.set(at(day2, "08:30"));
		user.awaitReply("Just checking");
		clock.set(at(day2, "10:00"));
		awaitEdit(user, sertraline2, "recorded as missed");
		clock.set(at(day2, "10:30"));
		user.send("/took sertraline");
		assertThat(user.awaitReply("✓ Recorded").text())
			.isEqualTo("✓ Recorded your 08:00 dose of Sertraline 50 mg as taken late, at 10:30.");
		awaitEdit(user, sertraline2, "Sertraline 50 mg — ✓ taken at 10:30");
		clock.set(at(day2, "14:00"));
		user.send("/took lorazepam");
		user.awaitReply("✓ Logged Lorazepam 1 mg at 14:00");
		clock.set(at(day2, "22:00"));
		Call quetiapine2 = user.awaitReply("Time for <b>Quetiapine 25 mg</b>");
		user.tap(quetiapine2, "Skip");
		user.tapOn("Skipped Quetiapine", "Forgot");
		user.awaitReply("Noted. I’ll remind you");

		// Day 3
		clock.set(at(day3, "08:00"));
		Call sertraline3 = user.awaitReply("Time for <b>Sertraline 50 mg</b>");
		clock.set(at(day3, "08:30"));
		user.awaitReply("Just checking");
		clock.set(at(day3, "10:00"));
		awaitEdit(user, sertraline3, "recorded as missed");
		clock.set(at(day3, "12:00"));
		user.tap(sertraline3, "✅ Taken");
		user.tapOn("Any side effects?", "🕐 I took it at another time");
		user.awaitReply("What time did you take it?");
		user.send("08:20");
		user.awaitReply("✓ Recorded as taken at 08:20");
		clock.set(at(day3, "15:00"));
		user.send("/took lorazepam");
		user.awaitReply("✓ Logged Lorazepam 1 mg at 15:00");
		clock.set(at(day3, "22:00"));
		Call quetiapine3 = user.awaitReply("Time for <b>Quetiapine 25 mg</b>");
		clock.set(at(day3, "22:30"));
		user.awaitReply("Just checking");
		clock.set(at(day4, "00:00"));
		awaitEdit(user, quetiapine3, "recorded as missed");

		// Day 4
		clock.set(at(day4, "07:00"));
		user.send("/took sertraline");
		assertThat(user.awaitReply("✓ Recorded").text())
			.isEqualTo("✓ Recorded your 08:00 dose of Sertraline 50 mg as taken early, at 07:00 — no reminder for it.");
		clock.set(at(day4, "08:00"));
		await().until(() -> schedules.nextFireAt("dose:" + user.id() + ":08:00").orElseThrow().isAfter(at(day4, "08:00")));
		clock.set(at(day4, "09:00"));
		assertThat(user.texts()).filteredOn(text -> text.contains("Time for <b>Sertraline")).hasSize(3);

		user.send("/summary");
		String summary = user.awaitReply("Tandem weekly summary").text();
		assertThat(summary).contains("<b>Medications</b> <i>(on time: within 1 h of the dose time)</i>\n"
				+ "• <b>Sertraline</b> 50 mg: taken 4 of 4 scheduled (100 %): 3 on time, 1 late\n"
				+ "   late: " + day(day2) + " (2 h 30 min after the dose time)\n"
				+ "• <b>Lorazepam</b> 1 mg, as needed: taken 2× (" + day(day2) + ", " + day(day3) + ")\n"
				+ "• <b>Quetiapine</b> 25 mg: taken 1 of 3 scheduled (33 %): 0 on time, 1 late\n"
				+ "   late: " + day(day1) + " (1 h 40 min after the dose time)\n"
				+ "   skipped: " + day(day2) + " (forgot)\n"
				+ "   missed: " + day(day3) + "\n");

		user.send("/report");
		user.tapOn("Which period", "Last 30 days");
		Call document = user.awaitCall("sendDocument",
				call -> call.params().path("document").path("file_name").asText().startsWith("tandem-report-"));
		try (PDDocument pdf = Loader.loadPDF(document.params().path("document").path("bytes").binaryValue())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("On time: taken within 1 hour of the dose time (or before it)")
				.contains("Sertraline 50 mg: taken 4 of 4 scheduled (100 %): 3 on time, 1 late late: " + day(day2)
						+ " (2 h 30 min after the dose time)")
				.contains("Quetiapine 25 mg: taken 1 of 3 scheduled (33 %): 0 on time, 1 late late: " + day(day1)
						+ " (1 h 40 min after the dose time) skipped: " + day(day2) + " (forgot) missed: " + day(day3))
				.contains("Lorazepam 1 mg, as needed: taken 2× (" + day(day2) + ", " + day(day3) + ")");
		}
	}

	private static void addAsNeeded(TelegramUser user, String name, String dose) {
		user.send("/addmed");
		user.awaitReply("What’s the medication called?");
		user.send(name);
		user.awaitReply("What dose of");
		user.send(dose);
		user.tapOn("When do you take it?", "As needed (no reminders)");
		user.awaitReply("✓ Added");
	}

	/** The reminder, or its follow-up (which carries the same buttons), redrawn. */
	private static void awaitEdit(TelegramUser user, Call reminder, String fragment) {
		user.awaitCall("editMessageText", call -> call.params().path("message_id").asInt() >= reminder.messageId()
				&& call.text() != null && call.text().contains(fragment));
	}

	private static Instant at(LocalDate day, String time) {
		return day.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
	}

	private static String day(LocalDate date) {
		return DAY.format(date);
	}

}
