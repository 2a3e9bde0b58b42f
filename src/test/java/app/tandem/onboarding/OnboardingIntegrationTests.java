package app.tandem.onboarding;

import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EndToEndTest
class OnboardingIntegrationTests {

	@Autowired
	Users users;

	@Autowired
	MutableClock clock;

	@Test
	void shouldSetUpANewUserWithButtonsAndStoreTheProfile() {
		TelegramUser user = EndToEnd.newUser();

		user.send("/start");
		user.awaitMessage("I’m <b>Tandem</b>");
		user.awaitMessage("not end-to-end encrypted");
		user.tap("✅ I agree");
		user.awaitMessage("Which time zone");
		user.tap("Berlin");
		String berlinNow = LocalTime.now(clock.withZone(ZoneId.of("Europe/Berlin"))).withSecond(0).withNano(0).toString();
		user.awaitMessage("Time zone: <b>Europe/Berlin</b> (it’s " + berlinNow + " there now)");
		user.tap("21:00");
		user.awaitMessage("helplines for <b>Germany</b>");
		user.tap("Yes, Germany");
		user.awaitMessage("All set ✓");

		UserProfile profile = users.find(user.id()).orElseThrow();
		assertThat(profile.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
		assertThat(profile.checkInTime()).isEqualTo(LocalTime.of(21, 0));
		assertThat(profile.country()).isEqualTo("DE");
		assertThat(profile.consentedAt()).isEqualTo(clock.instant());
		assertThat(profile.isSetUp()).isTrue();
	}

	@Test
	void shouldSayHowToFinishSetupWhenItIsCancelledHalfway() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tap("✅ I agree");
		user.awaitMessage("Which time zone");

		user.send("/cancel");

		assertThat(user.awaitMessage("Setup isn’t finished").text()).contains("/start");
	}

	@Test
	void shouldAcceptTypedAnswersAndAskAgainKindlyWhenOneCannotBeRead() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tap("✅ I agree");
		user.awaitMessage("Which time zone");

		user.send("Middle Earth");
		user.awaitMessage("I couldn’t find that time zone");
		user.send("new york");
		user.awaitMessage("Time zone: <b>America/New_York</b>");

		user.send("25:00");
		user.awaitMessage("I couldn’t read that time");
		user.send("8pm");
		user.awaitMessage("helplines for <b>United States</b>");

		user.tap("Choose another");
		user.awaitMessage("Which country’s helplines");
		user.send("Narnia");
		user.awaitMessage("I couldn’t find that country");
		user.send("Canada");
		user.awaitMessage("All set ✓");

		UserProfile profile = users.find(user.id()).orElseThrow();
		assertThat(profile.zone()).isEqualTo(ZoneId.of("America/New_York"));
		assertThat(profile.checkInTime()).isEqualTo(LocalTime.of(20, 0));
		assertThat(profile.country()).isEqualTo("CA");
	}

	@Test
	void shouldAcceptAUtcOffsetAndAFourDigitTimeAndLetTheUserPickACountry() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tap("✅ I agree");
		user.send("UTC+5:30");
		user.awaitMessage("Time zone: <b>+05:30</b>");
		user.send("0730");
		user.awaitMessage("Which country’s helplines");
		user.tap("India");
		user.awaitMessage("All set ✓");

		UserProfile profile = users.find(user.id()).orElseThrow();
		assertThat(profile.zone()).isEqualTo(ZoneId.of("+05:30"));
		assertThat(profile.checkInTime()).isEqualTo(LocalTime.of(7, 30));
		assertThat(profile.country()).isEqualTo("IN");
	}

	@Test
	void shouldSayPlainlyWhatACountryWithoutNationalLinesGets() {
		TelegramUser user = Onboarded.upToTheCountryQuestion("Istanbul");

		assertThat(user.awaitMessage("Turkey").text()).contains("I don’t know a national crisis line for <b>Turkey</b> yet")
			.contains("its emergency number <b>112</b> and an international directory")
			.doesNotContain("helplines for <b>Turkey</b>");
		user.tap("Yes, Turkey");
		user.awaitMessage("🆘 Crisis lines: <b>Turkey · emergency 112 · international directory</b>");
		assertThat(users.find(user.id()).orElseThrow().country()).isEqualTo("TR");
	}

	@Test
	void shouldShowATypedCountryWithoutLinesHonestlyInTheSettings() {
		TelegramUser user = Onboarded.user();

		user.send("/settings");
		user.tapOn("<b>Your settings</b>", "Country");
		user.awaitReply("Which country’s helplines");
		user.send("Colombia");

		user.awaitReply("🆘 Crisis lines: <b>Colombia · emergency 112 · international directory</b>");
		assertThat(users.find(user.id()).orElseThrow().country()).isEqualTo("CO");
	}

	@Test
	void shouldStoreNothingWhenTheUserDoesNotConsent() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tap("Not now");
		user.awaitMessage("I haven’t stored anything");

		assertThat(users.find(user.id())).isEmpty();
		user.send("/settings");
		user.awaitMessage("Let’s set you up first");
	}

	@Test
	void shouldAnswerAButtonOfAStepAlreadyPassedAsClosedAndChangeNothing() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tap("✅ I agree");
		Call zoneQuestion = user.awaitMessage("Which time zone");
		user.tap("Berlin");
		user.awaitMessage("What time suits you");

		user.tap(zoneQuestion, "Sydney");

		user.awaitCall("answerCallbackQuery", call -> call.params().path("text").asText().contains("has closed"));
		assertThat(users.find(user.id()).orElseThrow().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
	}

	@Test
	void shouldOfferSettingsWithoutLosingDataWhenStartIsSentAgain() {
		TelegramUser user = Onboarded.user();

		user.send("/start");
		user.awaitMessage("Welcome back");
		user.tap("Change settings");
		user.awaitMessage("<b>Your settings</b>");
		user.tap("Time zone");
		user.awaitMessage(call -> call.text().contains("Which time zone") && user.messages().indexOf(call) > 5);
		user.send("Tokyo");
		user.awaitMessage("Time zone: <b>Asia/Tokyo</b>");

		UserProfile profile = users.find(user.id()).orElseThrow();
		assertThat(profile.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
		assertThat(profile.checkInTime()).isEqualTo(LocalTime.of(21, 0));
		assertThat(profile.country()).isEqualTo("DE");
	}

	@Test
	void shouldChangeTheCheckInTimeFromSettings() {
		TelegramUser user = Onboarded.user();

		user.send("/settings");
		user.awaitMessage("<b>Your settings</b>");
		user.tap("Check-in time");
		user.send("7:15 am");
		await().until(() -> LocalTime.of(7, 15).equals(users.find(user.id()).orElseThrow().checkInTime()));
		user.tap("Done");
		user.awaitMessage("Saved ✓");
	}

}
