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
	void shouldAnswerRiskInTypedTextAtOnceAndStillHandleTheMessage() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tap("✅ I agree");
		user.awaitMessage("Which time zone");

		user.send("i want to kill myself");

		user.awaitMessage("You’re not alone");
		user.awaitMessage("I couldn’t find that time zone");
	}

	@Test
	void shouldSendTheAutomaticCrisisMessageAtMostOnceInTenMinutesButAlwaysWhenAsked() {
		TelegramUser user = EndToEnd.newUser();
		user.send("I don't want to live anymore");
		user.awaitMessage("You’re not alone");
		user.awaitMessage("I didn’t ask anything");

		user.send("really, I want to die");
		await().until(() -> user.texts().stream().filter(text -> text.contains("I didn’t ask anything")).count() == 2);
		assertThat(crisisMessages(user)).isEqualTo(1);

		user.send("/crisis");
		await().until(() -> crisisMessages(user) == 2);

		clock.advance(Duration.ofMinutes(11));
		user.send("I want to die");
		await().until(() -> crisisMessages(user) == 3);
	}

	private static long crisisMessages(TelegramUser user) {
		return user.texts().stream().filter(text -> text.contains("You’re not alone")).count();
	}

}
