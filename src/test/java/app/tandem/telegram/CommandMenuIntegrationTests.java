package app.tandem.telegram;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.i18n.Language;
import app.tandem.i18n.Messages;

import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram's "/" menu is set at start-up, so an operator needs no trip to @BotFather.
 */
@EndToEndTest
class CommandMenuIntegrationTests {

	@Autowired
	Messages messages;

	@Test
	void shouldRegisterTheCommandMenuWithDescriptionsFromTheMessageBundle() throws InterruptedException {
		// Any answer means polling (and so the menu registration before it) has started.
		TelegramUser user = EndToEnd.newUser();
		user.send("/help");
		user.awaitReply("What I can do");

		Call call = EndToEnd.bot().await(c -> c.method().equals("setMyCommands"), TelegramUser.PATIENCE);

		assertThat(call.params().has("language_code")).isFalse();
		assertThat(EndToEnd.bot().commandMenu("")).startsWith("checkin — Today’s check-in, now",
				"meds — Your medications and reminders", "took — Log a dose you took")
			.contains("crisis — Helplines for your country, any time", "settings — Time zone, check-in time, country",
					"cancel — Stop what we’re doing", "help — What I can do")
			.allSatisfy(entry -> assertThat(entry).matches("[a-z0-9_]{1,32} — .{3,256}"));
	}

	@Test
	void shouldRegisterTheMenuOncePerLanguageWithThatLanguagesDescriptions() throws InterruptedException {
		TelegramUser user = EndToEnd.newUser();
		user.send("/help");
		user.awaitReply("What I can do");
		EndToEnd.bot().await(c -> c.method().equals("setMyCommands") && c.params().path("language_code").asText("")
			.equals("ru"), TelegramUser.PATIENCE);

		assertThat(EndToEnd.bot().commandMenuLanguages()).containsExactlyInAnyOrder("", "en", "es", "de", "fr", "it",
				"pt", "ru");
		assertThat(EndToEnd.bot().commandMenu("")).contains("language — The language I write to you in");
		for (Language language : Language.values()) {
			String code = language.locale().getLanguage();
			// Telegram takes two-letter codes only: "pt" gets Brazilian Portuguese, the first Portuguese.
			Locale bundle = (language == Language.PT_PT) ? Language.PT_BR.locale() : language.locale();
			assertThat(EndToEnd.bot().commandMenu(code)).as(code)
				.contains("language — " + messages.get(bundle, "menu.language"))
				.contains("crisis — " + messages.get(bundle, "menu.crisis"))
				.hasSize(EndToEnd.bot().commandMenu("").size());
		}
	}

}
