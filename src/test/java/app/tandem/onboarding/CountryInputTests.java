package app.tandem.onboarding;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Countries typed in the person's language, in the country's own and in English, whatever the person's language.
 */
class CountryInputTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "en | Deutschland | DE", "en | Brasil | BR", "en | España | ES",
			"en | espana | ES", "en | Россия | RU", "en | россия | RU", "de | Germany | DE", "ru | Germany | DE",
			"ru | Германия | DE", "es | Alemania | DE", "fr | Allemagne | DE", "it | Germania | DE",
			"pt | Alemanha | DE", "de | Spanien | ES", "fr | Deutschland | DE", "en | Italia | IT",
			"en | Portugal | PT", "ru | Brasil | BR", "es | MÉXICO | MX", "en | Suomi | FI", "en | Polska | PL",
			"en | Österreich | AT", "en | osterreich | AT", "en | Schweiz | CH", "en | Suisse | CH", "en | Svizzera | CH",
			"en | Україна | UA", "en | Nederland | NL", "en | Sverige | SE", "de | uk | GB", "en | de | DE" })
	void shouldReadACountryInTheUsersLanguageItsOwnOrEnglish(String language, String typed, String code) {
		assertThat(CountryInput.parse(typed, Locale.forLanguageTag(language))).contains(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "Atlantis", "Deutsch", "español" })
	void shouldRefuseWhatIsNoCountry(String typed) {
		assertThat(CountryInput.parse(typed, Locale.ENGLISH)).isEmpty();
	}

}
