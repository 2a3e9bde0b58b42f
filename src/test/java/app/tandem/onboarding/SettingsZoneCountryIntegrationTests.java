package app.tandem.onboarding;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.TelegramUser;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving the time zone to another country's offers to move crisis help with it.
 */
@EndToEndTest
class SettingsZoneCountryIntegrationTests {

	@Autowired
	Users users;

	@Test
	void shouldOfferTheNewZonesCountryForCrisisHelpAndShowItsLinesAfterYes() {
		TelegramUser user = atTheTimeZoneStep();

		user.send("Rome");

		Call offer = user.awaitReply("That’s in <b>Italy</b>");
		assertThat(offer.text()).contains("Time zone: <b>Europe/Rome</b>", "instead of Germany");
		assertThat(offer.buttonLabels()).containsExactly("Yes, Italy", "No, keep Germany");
		user.tap(offer, "Yes, Italy");
		user.awaitReply("🆘 Crisis lines: <b>Italy");
		UserProfile profile = users.find(user.id()).orElseThrow();
		assertThat(profile.zone()).isEqualTo(ZoneId.of("Europe/Rome"));
		assertThat(profile.country()).isEqualTo("IT");

		user.tap("Done");
		user.awaitReply("Saved ✓");
		user.send("/crisis");
		String crisis = user.awaitReply("You’re not alone").text();
		assertThat(crisis).contains("Telefono Amico").doesNotContain("TelefonSeelsorge");
	}

	@Test
	void shouldKeepTheCountryWhenTheAnswerIsNo() {
		TelegramUser user = atTheTimeZoneStep();
		user.send("Rome");

		user.tapOn("That’s in <b>Italy</b>", "No, keep Germany");

		user.awaitReply("🆘 Crisis lines: <b>Germany");
		assertThat(users.find(user.id()).orElseThrow().country()).isEqualTo("DE");
		user.send("/crisis");
		assertThat(user.awaitReply("You’re not alone").text()).contains("TelefonSeelsorge");
	}

	@Test
	void shouldAnswerAnIDontKnowTypedAtTheStepWithTheStepsHelpNotAQuestionAboutEndingOnesLife() {
		TelegramUser user = atTheTimeZoneStep();

		user.send("I'm not sure");

		user.awaitReply("I couldn’t find that time zone");
		assertThat(user.texts()).noneMatch(text -> text.contains("thoughts of ending your life"));
	}

	@Test
	void shouldNotAskWhenTheNewZoneIsInTheSameCountry() {
		TelegramUser user = atTheTimeZoneStep();

		user.send("Europe/Busingen");

		user.awaitReply("<b>Your settings</b>");
		assertThat(user.texts()).noneMatch(text -> text.contains("That’s in"));
	}

	/** An onboarded person who opened their settings and was asked for a time zone. */
	private static TelegramUser atTheTimeZoneStep() {
		TelegramUser user = Onboarded.user();
		user.send("/settings");
		user.tapOn("<b>Your settings</b>", "Time zone");
		user.awaitReply("Which time zone");
		return user;
	}

}
