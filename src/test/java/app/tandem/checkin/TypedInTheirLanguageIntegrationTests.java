package app.tandem.checkin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.i18n.Language;
import app.tandem.i18n.Messages;
import app.tandem.onboarding.OnboardedIn;
import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A German speaker types every answer in German, from setup to the end of a check-in and in the settings, and every
 * answer is read.
 * Questions and buttons are looked up in the German bundle, so the test holds before and after it is translated.
 */
@EndToEndTest
class TypedInTheirLanguageIntegrationTests {

	private static final Locale GERMAN = Language.DE.locale();

	@Autowired
	Messages messages;

	@Autowired
	Users users;

	@Autowired
	Journal journal;

	@Autowired
	MutableClock clock;

	@Test
	void shouldUnderstandSetupAndACheckInTypedInGerman() {
		TelegramUser user = EndToEnd.newUser("de");
		user.send("/start");
		user.tapOn(text("setup.consent"), text("setup.consent.yes"));
		user.awaitReply(text("setup.zone"));
		user.send("Berlin");
		user.awaitReply(text("setup.time", "20:00"));
		user.send("um 21 Uhr");
		user.awaitReply(new Locale("", "DE").getDisplayCountry(GERMAN));
		user.send("ja");
		user.awaitMessage(call -> call.params().path("reply_markup").toString().contains("cmd::language"));
		UserProfile profile = users.find(user.id()).orElseThrow();
		assertThat(profile.checkInTime()).isEqualTo(LocalTime.of(21, 0));
		assertThat(profile.country()).isEqualTo("DE");

		user.send("/checkin");
		user.awaitReply(text("checkin.mood"));
		user.send("sieben");
		user.awaitReply(text("checkin.anxiety"));
		user.send("drei");
		user.awaitReply(text("checkin.sleep-hours"));
		user.send("sechseinhalb");
		user.awaitReply(text("checkin.sleep-quality"));
		user.send("vier");
		user.awaitReply(text("checkin.side-effects"));
		user.send(text("side-effect.nausea").toLowerCase(GERMAN));
		Call again = user.awaitReply(text("checkin.side-effects"));
		assertThat(again.buttonLabels()).contains("✓ " + text("side-effect.nausea"));
		user.tap(again, text("button.done"));
		user.awaitReply(text("checkin.severity", text("side-effect.nausea")));
		user.send(text("checkin.severity.moderate"));
		user.awaitReply(text("checkin.exercise"));
		user.send("keine");
		user.awaitReply(text("checkin.mindfulness"));
		user.send("ja");
		user.awaitReply(text("checkin.social"));
		user.send("nein");
		user.awaitReply(text("checkin.note"));
		user.send("Ein ruhiger Tag");
		user.awaitReply(text("checkin.note-flag"));
		user.send("nein");

		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
		user.awaitReply("✓");
		CheckIn entry = journal.find(user.id(), today).orElseThrow();
		assertThat(entry.mood()).isEqualTo(7);
		assertThat(entry.anxiety()).isEqualTo(3);
		assertThat(entry.sleepHours()).isEqualTo(6.5);
		assertThat(entry.sleepQuality()).isEqualTo(4);
		assertThat(entry.sideEffects()).singleElement().satisfies(effect -> {
			assertThat(effect.effect()).isEqualTo("nausea");
			assertThat(effect.severity()).isEqualTo(Severity.MODERATE);
		});
		assertThat(entry.exercise()).isEqualTo(Exercise.NONE);
		assertThat(entry.mindfulness()).isTrue();
		assertThat(entry.social()).isFalse();
		assertThat(entry.noteForTherapist()).isFalse();
	}

	@Test
	void shouldUnderstandTheSummaryDayAndTimeTypedInGerman() {
		TelegramUser user = EndToEnd.newUser("de");
		new OnboardedIn(messages, Language.DE).setUp(user, "Berlin", "DE");
		user.send("/settings");
		user.tapOn(text("settings.menu", "").substring(0, 10), text("settings.summary"));
		user.awaitReply(text("settings.summary.question"));

		user.send("Freitag um 17 Uhr");

		user.awaitReply(DayOfWeek.FRIDAY.getDisplayName(TextStyle.SHORT, GERMAN) + " 17:00");
		UserProfile profile = users.find(user.id()).orElseThrow();
		assertThat(profile.summaryDay()).isEqualTo(DayOfWeek.FRIDAY);
		assertThat(profile.summaryTime()).isEqualTo(LocalTime.of(17, 0));
	}

	private String text(String key, Object... args) {
		return messages.get(GERMAN, key, args);
	}

}
