package app.tandem.safety;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EndToEndTest
class CrisisIntegrationTests {

	@Autowired
	MutableClock clock;

	@Test
	void shouldAnswerCrisisAsTheVeryFirstMessageBeforeAnyConsent() {
		TelegramUser user = EndToEnd.newUser();

		user.send("/crisis");

		String text = user.awaitMessage("You’re not alone").text();
		assertThat(text).contains("call your local emergency number").contains("https://findahelpline.com");
	}

	@Test
	void shouldGuessTheCountryFromTheTelegramLanguageTagBeforeSetup() {
		TelegramUser user = EndToEnd.newUser("pt-BR");

		user.send("/sos");

		assertThat(user.awaitMessage("Você não está sozinho/a").text()).contains("CVV").contains("<b>188</b>")
			.contains("ligue agora para <b>192</b>");
	}

	@Test
	void shouldShowTheLinesAndEmergencyNumberOfTheUsersCountry() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tap("✅ I agree");
		user.tap("London");
		user.tap("20:00");
		user.tap("Yes, United Kingdom");
		user.awaitMessage("All set ✓");

		user.send("/crisis");

		assertThat(user.awaitMessage("You’re not alone").text()).contains("Samaritans")
			.contains("call <b>116 123</b>")
			.contains("call <b>999</b> now");
	}

	@Test
	void shouldAnswerCrisisMidConversationAndLetTheConversationContinue() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tap("✅ I agree");
		user.awaitMessage("Which time zone");

		user.send("/crisis");
		user.awaitMessage("You’re not alone");
		user.send("Madrid");

		user.awaitMessage("Time zone: <b>Europe/Madrid</b>");
	}

	@Test
	void shouldAnswerRiskTypedMidSetupWithoutReadingItAsAnAnswerAndOfferAWayBack() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tap("✅ I agree");
		user.awaitMessage("Which time zone");

		user.send("i want to kill myself");

		user.awaitReply("You’re not alone");
		user.tapOn("pick up where we left off", "Continue");
		user.awaitReply("Which time zone");
		assertThat(user.texts()).noneMatch(text -> text.contains("I couldn’t find that time zone"));
		user.send("Madrid");
		user.awaitReply("What time suits you");
	}

	private static long crisisMessages(TelegramUser user) {
		return user.texts().stream().filter(text -> text.contains("You’re not alone")).count();
	}

}
