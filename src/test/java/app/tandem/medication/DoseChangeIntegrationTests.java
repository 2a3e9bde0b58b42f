package app.tandem.medication;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.checkin.HistoryDates;
import app.tandem.onboarding.Onboarded;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEndTest;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dose change dated as the prescriber set it (from tomorrow, since Monday, an earlier day by button), and dose
 * times moved from {@code /meds}.
 */
@EndToEndTest
class DoseChangeIntegrationTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	Medications medications;

	@Autowired
	Schedules schedules;

	@Autowired
	MutableClock clock;

	@Test
	void shouldStartADoseTypedFromTomorrowOnlyTomorrowAndKeepTodaysReminderOnTheOldDose() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:00");
		Instant today0800 = schedules.nextFireAt("dose:" + user.id() + ":08:00").orElseThrow();
		clock.set(today0800.minus(Duration.ofHours(2)));
		LocalDate today = LocalDate.ofInstant(clock.instant(), BERLIN);

		changeDose(user, "Sertraline", "75 mg from tomorrow");

		assertThat(user.awaitReply("✓ Recorded").text()).contains("Sertraline <b>75 mg</b> from "
				+ HistoryDates.label(today.plusDays(1), Locale.ENGLISH) + " (was 50 mg)");
		assertThat(medications.current(user.id()).get(0).doseChanges()).singleElement().satisfies(change -> {
			assertThat(change.from()).isEqualTo(today.plusDays(1));
			assertThat(change.recordedAt()).isEqualTo(clock.instant());
		});
		user.send("/meds");
		assertThat(user.awaitReply("Your medications").text()).contains("<b>Sertraline 50 mg</b>");
		clock.set(today0800);
		user.awaitReply("Time for <b>Sertraline 50 mg</b>");
		clock.set(today0800.plus(Duration.ofDays(1)));
		user.awaitReply("Time for <b>Sertraline 75 mg</b>");
		user.send("/meds");
		assertThat(user.awaitReply("Your medications").text()).contains("<b>Sertraline 75 mg</b>");
	}

	@Test
	void shouldDateADoseChangeSinceAWeekdayOrAnEarlierDayAndRefuseADayBeforeTheLastChange() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Lithium", "400 mg", "20:00");
		LocalDate today = LocalDate.ofInstant(clock.instant(), BERLIN);
		LocalDate threeDaysAgo = today.minusDays(3);
		String since = "since " + threeDaysAgo.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);

		changeDose(user, "Lithium", "500 mg");
		user.awaitReply("From which day?");
		user.send(since);
		assertThat(user.awaitReply("✓ Recorded").text()).contains("<b>500 mg</b> from "
				+ HistoryDates.label(threeDaysAgo, Locale.ENGLISH) + " (was 400 mg)");

		changeDose(user, "Lithium", "600 mg");
		user.tapOn("From which day?", "Yesterday");
		assertThat(user.awaitReply("✓ Recorded").text()).contains("<b>600 mg</b> from "
				+ HistoryDates.label(today.minusDays(1), Locale.ENGLISH) + " (was 500 mg)");

		changeDose(user, "Lithium", "800 mg");
		user.awaitReply("From which day?");
		user.send(since);
		user.awaitReply("A dose change from " + HistoryDates.label(today.minusDays(1), Locale.ENGLISH)
				+ " is already recorded. Please choose that day or a later one.");
		user.tap("Today");
		assertThat(user.awaitReply("✓ Recorded").text()).contains("<b>800 mg</b> from "
				+ HistoryDates.label(today, Locale.ENGLISH) + " (was 600 mg)");
		assertThat(medications.current(user.id()).get(0).doseChanges()).extracting(DoseChange::from)
			.containsExactly(threeDaysAgo, today.minusDays(1), today);
	}

	@Test
	void shouldMoveTheRemindersWhenTheDoseTimesChangeInTheUsersTimeZone() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:00");
		user.send("/meds");
		user.tapOn("Your medications", "✏️ Sertraline");
		user.tapOn("What would you like to do?", "🕐 Dose times");
		user.awaitReply("At what times do you take Sertraline now? (now 08:00, Europe/Berlin time)");
		user.send("9:30");

		assertThat(user.awaitReply("✓ Sertraline").text())
			.isEqualTo("✓ Sertraline: reminders now at <b>09:30</b> (Europe/Berlin time).");
		assertThat(medications.current(user.id()).get(0).times()).containsExactly(LocalTime.of(9, 30));
		assertThat(schedules.nextFireAt("dose:" + user.id() + ":08:00")).isEmpty();
		Instant due = schedules.nextFireAt("dose:" + user.id() + ":09:30").orElseThrow();
		assertThat(due.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(9, 30));
		clock.set(due);
		user.awaitReply("Time for <b>Sertraline 50 mg</b>");

		user.send("/meds");
		user.tapOn("Your medications", "✏️ Sertraline");
		user.tapOn("What would you like to do?", "🕐 Dose times");
		user.tapOn("At what times do you take Sertraline now?", "08:00 and 20:00");
		user.awaitReply("✓ Sertraline: reminders now at <b>08:00, 20:00</b>");
		assertThat(schedules.nextFireAt("dose:" + user.id() + ":09:30")).isEmpty();
		assertThat(schedules.nextFireAt("dose:" + user.id() + ":20:00")).isPresent();
	}

	private static void changeDose(TelegramUser user, String name, String typed) {
		user.send("/meds");
		user.tapOn("Your medications", "✏️ " + name);
		user.tapOn("What would you like to do?", "Dose changed");
		user.awaitReply("What is the new dose of " + name);
		user.send(typed);
	}

}
