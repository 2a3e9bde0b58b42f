package app.tandem.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people type about a dose instead of tapping a button: "took it" in every language, and questions about how
 * to take a medication, which Tandem never answers itself.
 */
class DoseWordsTests {

	@ParameterizedTest
	@ValueSource(strings = { "took it", "Took it!", "I've taken it", "ya me la tomé", "hab sie schon genommen",
			"je l'ai prise 👍", "l'ho già presa", "já tomei o remédio", "уже выпила", "выпил таблетку" })
	void shouldHearADoseTakenSaidInWords(String text) {
		assertThat(DoseTakenWords.in(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "took them all", "took it all", "took 3 of them", "took it to the pharmacy",
			"выпила все таблетки", "me las tomé todas", "I haven't taken it", "" })
	void shouldNotHearAnAmountAllOfThemOrAnythingElse(String text) {
		assertThat(DoseTakenWords.in(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "can I take 2 tonight since I missed one?", "should i take it with food",
			"is it ok to take it with ibuprofen?", "¿puedo tomar otra si me olvidé la de la mañana?",
			"darf ich noch eine nehmen?", "est-ce que je peux prendre un doliprane avec ?",
			"posso prenderne un'altra?", "posso tomar outra hoje?", "можно ли выпить еще одну?", "можно ли выпить ещё одну?",
			"I missed my dose what do I do" })
	void shouldHearAQuestionAboutHowToTakeAMedicationInEveryLanguage(String text) {
		assertThat(DoseQuestion.in(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "can i take a break from the check-ins?", "took my meds, feeling ok",
			"wie viele Tage noch bis Freitag?", "posso tomar um café agora", "" })
	void shouldNotHearOtherQuestionsOrMedicationTalk(String text) {
		assertThat(DoseQuestion.in(text)).isFalse();
	}

}
