package app.tandem.i18n;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "null", value = { "en | null | EN", "en-GB | null | EN",
			"es | null | ES", "es-MX | null | ES", "es-419 | null | ES", "de | null | DE", "de-AT | null | DE",
			"fr | null | FR", "fr-CA | null | FR", "it | null | IT", "ru | null | RU", "pt-br | null | PT_BR",
			"pt-BR | PT | PT_BR", "pt | null | PT_BR", "pt | BR | PT_BR", "pt | DE | PT_BR", "pt | PT | PT_PT",
			"pt-PT | null | PT_PT", "pt_pt | null | PT_PT", "ja | null | EN", "uk | UA | EN", "null | null | EN",
			"'' | null | EN", "zz-ZZ | null | EN" })
	void shouldTakeTheLanguageFromTelegramsLanguageCode(String code, String country, Language expected) {
		assertThat(Language.fromTelegram(code, country)).isEqualTo(expected);
	}

	@Test
	void shouldNameEachLanguageInItself() {
		assertThat(Arrays.stream(Language.values()).map(Language::ownName)).containsExactly("English", "Español",
				"Deutsch", "Français", "Italiano", "Português (Brasil)", "Português (Portugal)", "Русский");
	}

	@Test
	void shouldFindAStoredLanguageByItsTagOnly() {
		assertThat(Language.fromTag("pt-PT")).contains(Language.PT_PT);
		assertThat(Language.fromTag("pt")).isEmpty();
		assertThat(Language.fromTag(null)).isEmpty();
	}

}
