package app.tandem.checkin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.tandem.i18n.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed check-in answers in the person's language: numbers in words, yes and no, "none".
 */
class CheckInAnswersTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ES | cinco | 5", "ES | Siete | 7", "ES | cero | 0", "ES | diez | 10",
			"DE | fünf | 5", "DE | FUNF | 5", "DE | sieben | 7", "DE | null | 0", "DE | eins | 1",
			"FR | cinq | 5", "FR | zéro | 0", "FR | dix | 10", "IT | cinque | 5", "IT | sette | 7", "IT | dieci | 10",
			"PT_BR | cinco | 5", "PT_BR | três | 3", "PT_PT | dois | 2", "RU | пять | 5", "RU | семь | 7",
			"RU | ноль | 0", "RU | десять | 10", "EN | five | 5", "DE | five | 5", "RU | 6 | 6" })
	void shouldReadNumbersInWordsInThePersonsLanguage(Language language, String typed, int value) {
		assertThat(CheckInAnswers.scale(typed, 0, 10, language).value()).contains(value);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ES | siete y media | 7.5", "DE | 7einhalb | 7.5", "RU | семь с половиной | 7.5", "FR | 7 et demie | 7.5", "DE | sieben | 7", "RU | восемь | 8",
			"FR | six | 6", "PT_BR | seis | 6" })
	void shouldReadHoursOfSleepInWords(Language language, String typed, double hours) {
		assertThat(CheckInAnswers.sleepHours(typed, language).value()).contains(hours);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ja | true", "Jawohl | true", "sí | true", "si | true", "oui | true",
			"sim | true", "да | true", "Ага | true", "yes | true", "nein | false", "no | false", "non | false",
			"não | false", "nao | false", "нет | false", "nope | false" })
	void shouldReadYesAndNoInAnyLanguage(String typed, boolean yes) {
		assertThat(CheckInAnswers.yesNo(typed)).contains(yes);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "ES | ninguno", "ES | Nada", "DE | keine", "DE | nichts", "FR | aucun",
			"FR | rien", "IT | nessuno", "PT_BR | nenhum", "PT_PT | nenhuma", "RU | ничего", "RU | никаких",
			"EN | none", "DE | none" })
	void shouldReadNoneInThePersonsLanguage(Language language, String typed) {
		assertThat(CheckInAnswers.isNone(typed, language)).isTrue();
		assertThat(CheckInAnswers.exercise(typed, language)).contains(Exercise.NONE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "DE | ninguno", "ES | keine", "EN | ничего", "RU | 5" })
	void shouldNotTakeAnotherLanguagesNoneForNone(Language language, String typed) {
		assertThat(CheckInAnswers.isNone(typed, language)).isFalse();
	}

}
