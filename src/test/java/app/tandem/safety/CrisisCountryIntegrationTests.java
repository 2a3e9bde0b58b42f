package app.tandem.safety;

import org.junit.jupiter.api.Test;

import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which country's crisis resources a person gets as their country changes, and what a country without lines of
 * its own gets (Austria has no entry in crisis-lines.yml).
 */
@EndToEndTest
class CrisisCountryIntegrationTests {

	@Test
	void shouldDropTheOldCountrysLinesAndNumberWhenTheCountryBecomesNotListed() {
		TelegramUser user = Onboarded.user();
		user.send("/crisis");
		assertThat(user.awaitReply("You’re not alone").text()).contains("TelefonSeelsorge");

		user.send("/settings");
		user.tapOn("<b>Your settings</b>", "Country");
		user.tapOn("Which country’s helplines", "Not listed");
		user.awaitReply("🆘 Crisis lines: <b>international directory</b>");
		user.send("/crisis");

		assertThat(user.awaitReply("You’re not alone").text()).doesNotContain("TelefonSeelsorge")
			.doesNotContain("call <b>112</b> now")
			.contains("call your local emergency number")
			.contains("https://findahelpline.com");
	}

	@Test
	void shouldGiveACountryWithoutLinesItsEmergencyNumberAndSayNoNationalLineIsKnown() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tapOn("Is that OK with you?", "✅ I agree");
		user.send("Vienna");
		user.tapOn("What time suits you", "20:00");
		user.tapOn("I don’t know a national crisis line for <b>Austria</b> yet", "Yes, Austria");
		user.awaitReply("All set ✓");

		user.send("/crisis");

		assertThat(user.awaitReply("You’re not alone").text()).contains("call <b>112</b> now")
			.contains("I don’t know a national crisis line for Austria yet")
			.contains("https://findahelpline.com")
			.doesNotContain("📞")
			.doesNotContain("your local emergency number");
	}

	@Test
	void shouldGiveSomeoneWhoAnsweredNotListedTheEmergencyNumberOfTheCountryOfTheirTimeZone() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tapOn("Is that OK with you?", "✅ I agree");
		user.send("Vienna");
		user.tapOn("What time suits you", "20:00");
		user.tapOn("Austria", "Choose another");
		user.tapOn("Which country’s helplines", "Not listed");
		user.awaitReply("All set ✓");

		user.send("/crisis");

		assertThat(user.awaitReply("You’re not alone").text()).contains("call <b>112</b> now")
			.contains("I don’t know a national crisis line for Austria yet")
			.contains("https://findahelpline.com");
	}

	@Test
	void shouldGiveTheCountryOfTheTelegramLanguageItsEmergencyNumberBeforeSetup() {
		TelegramUser user = EndToEnd.newUser("de-AT");

		user.send("/sos");

		assertThat(user.awaitMessage("Du bist nicht allein").text()).contains("ruf jetzt <b>112</b> an")
			.contains("Für dein Land (Österreich) kenne ich noch kein landesweites Krisentelefon");
	}

}
