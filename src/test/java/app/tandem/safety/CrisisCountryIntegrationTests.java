package app.tandem.safety;

import org.junit.jupiter.api.Test;

import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which country's crisis resources a person gets as their country changes, and what a country without lines of
 * its own gets (Turkey and Colombia have no entry in crisis-lines.yml: no national line there is sourced).
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
		TelegramUser user = Onboarded.upToTheCountryQuestion("Istanbul");
		user.tapOn("I don’t know a national crisis line for <b>Turkey</b> yet", "Yes, Turkey");
		user.awaitReply("All set ✓");

		user.send("/crisis");

		assertThat(user.awaitReply("You’re not alone").text()).contains("call <b>112</b> now")
			.contains("I don’t know a national crisis line for Turkey yet")
			.contains("https://findahelpline.com")
			.doesNotContain("📞")
			.doesNotContain("your local emergency number");
	}

	@Test
	void shouldGiveSomeoneWhoAnsweredNotListedTheEmergencyNumberOfTheCountryOfTheirTimeZone() {
		TelegramUser user = Onboarded.upToTheCountryQuestion("Istanbul");
		user.tapOn("Turkey", "Choose another");
		user.tapOn("Which country’s helplines", "Not listed");
		user.awaitReply("All set ✓");

		user.send("/crisis");

		assertThat(user.awaitReply("You’re not alone").text()).contains("call <b>112</b> now")
			.contains("I don’t know a national crisis line for Turkey yet")
			.contains("https://findahelpline.com");
	}

	@Test
	void shouldTakeNotListedTypedAsTheButtonIs() {
		TelegramUser user = Onboarded.upToTheCountryQuestion("Istanbul");
		user.tapOn("Turkey", "Choose another");
		user.awaitReply("Which country’s helplines");

		user.send("not listed");

		user.awaitReply("All set ✓");
		assertThat(user.texts()).noneMatch(text -> text.contains("I couldn’t find that country"));
		user.send("/crisis");
		assertThat(user.awaitReply("You’re not alone").text()).contains("call <b>112</b> now");
	}

	@Test
	void shouldGiveTheCountryOfTheTelegramLanguageItsEmergencyNumberBeforeSetup() {
		TelegramUser user = EndToEnd.newUser("es-CO");

		user.send("/sos");

		assertThat(user.awaitMessage("No estás sol").text()).contains("llama ahora al <b>112</b>")
			.contains("Todavía no conozco una línea de ayuda nacional para tu país (Colombia)");
	}

}
