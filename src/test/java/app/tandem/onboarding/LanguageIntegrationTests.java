package app.tandem.onboarding;

import java.time.DayOfWeek;
import java.time.format.TextStyle;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.conversation.Recipients;
import app.tandem.i18n.Language;
import app.tandem.i18n.Messages;
import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.TelegramUser;
import app.tandem.user.Users;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person's language: taken from Telegram at first contact, named at the end of setup with a button to change
 * it, changeable with {@code /language} and in {@code /settings}; once chosen, Telegram's language no longer
 * decides, for replies, crisis help and scheduled messages alike.
 */
@EndToEndTest
class LanguageIntegrationTests {

	@Autowired
	Messages messages;

	@Autowired
	Users users;

	@Autowired
	Recipients recipients;

	@Test
	void shouldWriteInEnglishToSomeoneWhoseTelegramLanguageTandemDoesNotSpeak() {
		TelegramUser user = EndToEnd.newUser("ja");
		OnboardedIn english = new OnboardedIn(messages, Language.EN);

		Call done = english.setUp(user, "Berlin", "DE");

		assertThat(user.texts()).anySatisfy(text -> assertThat(text).contains("helplines for <b>Germany</b>"));
		assertThat(done.text()).contains("All set ✓", "I’ll write to you in <b>English</b>");
		assertThat(done.buttonLabels()).containsExactly("🌐 Change language");
		assertThat(users.find(user.id()).orElseThrow().chosenLanguage()).isEqualTo("en");
	}

	@Test
	void shouldTakeSpanishForATelegramLanguageFromMexico() {
		TelegramUser user = EndToEnd.newUser("es-MX");

		Call done = new OnboardedIn(messages, Language.ES).setUp(user, "Berlin", "DE");

		assertThat(done.text()).contains("Español");
		assertThat(users.find(user.id()).orElseThrow().chosenLanguage()).isEqualTo("es");
	}

	@Test
	void shouldTakePortugalsPortugueseForPlainPortugueseInPortugalAndBrazilsOtherwise() {
		TelegramUser inLisbon = EndToEnd.newUser("pt");
		TelegramUser inBerlin = EndToEnd.newUser("pt");
		TelegramUser brazilianInLisbon = EndToEnd.newUser("pt-br");

		Call lisbon = new OnboardedIn(messages, Language.PT_BR).setUp(inLisbon, "Lisbon", "PT");
		Call berlin = new OnboardedIn(messages, Language.PT_BR).setUp(inBerlin, "Berlin", "DE");
		Call brazilian = new OnboardedIn(messages, Language.PT_BR).setUp(brazilianInLisbon, "Lisbon", "PT");

		assertThat(lisbon.text()).contains("Português (Portugal)");
		assertThat(users.find(inLisbon.id()).orElseThrow().language()).isEqualTo(Language.PT_PT);
		assertThat(berlin.text()).contains("Português (Brasil)");
		assertThat(users.find(inBerlin.id()).orElseThrow().language()).isEqualTo(Language.PT_BR);
		assertThat(brazilian.text()).contains("Português (Brasil)");
		assertThat(recipients.scheduled(inLisbon.id(), inLisbon.id()).locale().toLanguageTag()).isEqualTo("pt-PT");
	}

	@Test
	void shouldChangeTheLanguageWithOneTapFromTheEndOfSetupAndKeepItOverTelegrams() {
		TelegramUser user = EndToEnd.newUser("de");
		Call done = new OnboardedIn(messages, Language.DE).setUp(user, "Berlin", "DE");
		assertThat(done.text()).contains("Deutsch");

		user.tap(done, messages.get(Language.DE.locale(), "setup.language.change"));
		Call question = user.awaitReply(messages.get(Language.DE.locale(), "language.question"));
		assertThat(question.buttonLabels()).containsExactly("English", "Español", "Deutsch", "Français", "Italiano",
				"Português (Brasil)", "Português (Portugal)", "Русский");
		user.tap(question, "Français");

		user.awaitReply(messages.get(Language.FR.locale(), "language.saved", "Français"));
		assertThat(users.find(user.id()).orElseThrow().chosenLanguage()).isEqualTo("fr");
		// Telegram still says German: replies, crisis help and scheduled messages are French all the same.
		user.send("/settings");
		Call menu = user.awaitReply(messages.get(Language.FR.locale(), "settings.menu", "").substring(0, 10));
		assertThat(menu.text()).contains(DayOfWeek.SUNDAY.getDisplayName(TextStyle.SHORT, Language.FR.locale()) + " 18:00");
		user.send("/cancel");
		user.send("/crisis");
		user.awaitReply(messages.get(Language.FR.locale(), "crisis.outro"));
		assertThat(recipients.scheduled(user.id(), user.id()).locale()).isEqualTo(Language.FR.locale());
	}

	@Test
	void shouldChangeTheLanguageWithTheLanguageCommandAndInTheSettings() {
		TelegramUser user = EndToEnd.newUser("en");
		new OnboardedIn(messages, Language.EN).setUp(user, "Berlin", "DE");

		user.send("/language");
		user.tapOn("Which language should I write to you in?", "Русский");
		user.awaitReply(messages.get(Language.RU.locale(), "language.saved", "Русский"));
		assertThat(users.find(user.id()).orElseThrow().language()).isEqualTo(Language.RU);

		user.send("/settings");
		Call menu = user.awaitReply(DayOfWeek.SUNDAY.getDisplayName(TextStyle.SHORT, Language.RU.locale()) + " 18:00");
		user.tap(menu, messages.get(Language.RU.locale(), "settings.language"));
		user.tapOn(messages.get(Language.RU.locale(), "language.question"), "Italiano");

		user.awaitReply(DayOfWeek.SUNDAY.getDisplayName(TextStyle.SHORT, Language.IT.locale()) + " 18:00");
		assertThat(users.find(user.id()).orElseThrow().language()).isEqualTo(Language.IT);
	}

}
