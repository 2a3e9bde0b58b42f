package app.tandem.safety;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HelpWordsTests {

	final HelpWords words = new HelpWords();

	@Test
	void shouldRecogniseAPlainCallForHelpInEveryLanguage() {
		for (String text : new String[] { "sos", "SOS!!!", "help", "I need help", "necesito ayuda", "Hilfe",
				"au secours", "j'ai besoin d'aide", "socorro", "preciso de ajuda", "aiuto", "помогите", "мне нужна помощь" }) {
			assertThat(words.asksForHelp(text)).as(text).isTrue();
		}
	}

	@Test
	void shouldNotTakeASentenceThatMentionsHelpForACallForHelp() {
		for (String text : new String[] { "help me change my check-in time", "I need help with the settings",
				"thanks for the help", "/help" }) {
			assertThat(words.asksForHelp(text)).as(text).isFalse();
		}
	}

}
