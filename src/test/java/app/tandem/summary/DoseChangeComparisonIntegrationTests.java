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
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF's before-and-after of a dose change: each figure with the days it rests on, a check-in made earlier on
 * the day of the change counted before it, and "too few days to compare" under 5 days on a side.
 */
@EndToEndTest
class DoseChangeComparisonIntegrationTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	MutableClock clock;

	/**
	 * Days C-5 to C+5 with one check-in each at 09:00 (mood only). On day C at 15:00, Sertraline 50 → 75 mg "today";
	 * on day C+5 at 15:00, Quetiapine 25 → 50 mg "today". Sertraline: before = C-5..C-1 (4, 4, 5, 5, 6) and C's
	 * morning (3): 27 / 6 = 4.5 over 6 days; after = C+1..C+5 (6, 6, 7, 7, 8): 34 / 5 = 6.8 over 5 days. Quetiapine:
	 * before = C-5..C+5 (11 days, C+5's morning included), after = none: too few days.
	 */
	@Test
	void shouldCompareWithTheDaysEachSideRestsOnAndCountTheMorningOfTheChangeBefore() throws IOException {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:00");
		Medicated.add(user, "Quetiapine", "25 mg", "22:00");
		LocalDate change = LocalDate.ofInstant(clock.instant(), BERLIN).plusDays(6);
		int[] moods = { 4, 4, 5, 5, 6, 3, 6, 6, 7, 7, 8 };
		for (int i = 0; i < moods.length; i++) {
			LocalDate day = change.minusDays(5).plusDays(i);
			clock.set(at(day, "09:00"));
			checkIn(user, moods[i]);
			if (day.equals(change)) {
				clock.set(at(day, "15:00"));
				changeDoseToday(user, "Sertraline", "75 mg");
			}
		}
		clock.set(at(change.plusDays(5), "15:00"));
		changeDoseToday(user, "Quetiapine", "50 mg");

		user.send("/report");
		user.tapOn("Which period", "Last 30 days");
		Call document = user.awaitCall("sendDocument",
				call -> call.params().path("document").path("file_name").asText().startsWith("tandem-report-"));
		try (PDDocument pdf = Loader.loadPDF(document.params().path("document").path("bytes").binaryValue())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("Sertraline 50 mg > 75 mg from " + day(change) + ": "
					+ "mood 4.5 over 6 days before, 6.8 over 5 days after "
					+ "anxiety: too few days to compare (0 days before, 0 after; at least 5 on each side needed)");
			assertThat(text).contains("Quetiapine 25 mg > 50 mg from " + day(change.plusDays(5)) + ": "
					+ "mood: too few days to compare (11 days before, 0 after; at least 5 on each side needed)");
		}
	}

	private static void checkIn(TelegramUser user, int mood) {
		user.send("/checkin");
		user.tapOn("How’s your mood", Integer.toString(mood));
		user.awaitReply("How anxious");
		user.send("/cancel");
		user.awaitReply("Stopped");
	}

	private static void changeDoseToday(TelegramUser user, String name, String dose) {
		user.send("/meds");
		user.tapOn("Your medications", "✏️ " + name);
		user.tapOn("What would you like to do?", "Dose changed");
		user.awaitReply("What is the new dose of " + name);
		user.send(dose);
		user.tapOn("From which day?", "Today");
		user.awaitReply("✓ Recorded");
	}

	private static Instant at(LocalDate day, String time) {
		return day.atTime(LocalTime.parse(time)).atZone(BERLIN).toInstant();
	}

	private static String day(LocalDate date) {
		return DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH).format(date);
	}

}
