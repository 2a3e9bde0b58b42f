package app.tandem.i18n;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IcuMessageSourceTests {

	private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private static final Locale BRAZILIAN = Locale.forLanguageTag("pt-BR");

	private static final Locale EUROPEAN_PORTUGUESE = Locale.forLanguageTag("pt-PT");

	private final Messages test = new Messages(testBundle());

	private final Messages tandem = MessagesTestAccess.english();

	@Test
	void shouldUseRussianPluralCategoriesOneFewAndMany() {
		assertThat(test.get(RUSSIAN, "days", 1)).isEqualTo("1 день");
		assertThat(test.get(RUSSIAN, "days", 21)).isEqualTo("21 день");
		assertThat(test.get(RUSSIAN, "days", 2)).isEqualTo("2 дня");
		assertThat(test.get(RUSSIAN, "days", 24)).isEqualTo("24 дня");
		assertThat(test.get(RUSSIAN, "days", 5)).isEqualTo("5 дней");
		assertThat(test.get(RUSSIAN, "days", 11)).isEqualTo("11 дней");
		assertThat(test.get(RUSSIAN, "days", 0)).isEqualTo("0 дней");
	}

	@Test
	void shouldUseEnglishPluralsInTandemsOwnTexts() {
		assertThat(tandem.get(Locale.ENGLISH, "summary.side-effect.days", 0)).isEqualTo("0 days");
		assertThat(tandem.get(Locale.ENGLISH, "summary.side-effect.days", 1)).isEqualTo("1 day");
		assertThat(tandem.get(Locale.ENGLISH, "summary.side-effect.days", 7)).isEqualTo("7 days");
		assertThat(tandem.get(Locale.ENGLISH, "privacy.kept-for", 12, 0))
			.startsWith("check-ins are deleted after 12 months;");
		assertThat(tandem.get(Locale.ENGLISH, "privacy.kept-for", 1, 1))
			.startsWith("check-ins are deleted after 1 month and 1 day;");
	}

	@Test
	void shouldFallBackToEnglishWhenATranslationIsMissing() {
		assertThat(test.get(RUSSIAN, "only-english", "Ana")).isEqualTo("Only in English, Ana");
		assertThat(test.get(Locale.GERMAN, "days", 2)).isEqualTo("2 days");
	}

	@Test
	void shouldFallBackFromEuropeanToBrazilianPortugueseAndThenToEnglish() {
		assertThat(test.get(EUROPEAN_PORTUGUESE, "region")).isEqualTo("pt_PT");
		assertThat(test.get(BRAZILIAN, "region")).isEqualTo("pt");
		assertThat(test.get(EUROPEAN_PORTUGUESE, "days", 3)).isEqualTo("3 dias");
		assertThat(test.get(EUROPEAN_PORTUGUESE, "only-english", "Rui")).isEqualTo("Only in English, Rui");
	}

	@Test
	void shouldFollowEachRegionsPluralRules() {
		// Brazilian Portuguese counts 0 as "one", European Portuguese does not.
		assertThat(test.get(BRAZILIAN, "days", 0)).isEqualTo("0 dia");
		assertThat(test.get(EUROPEAN_PORTUGUESE, "days", 0)).isEqualTo("0 dias");
	}

	@Test
	void shouldNotDoubleTheFullStopAfterAnAbbreviatedMonth() {
		String russianDay = LocalFormats.day(LocalDate.of(2026, 11, 28), RUSSIAN);
		assertThat(russianDay).isEqualTo("сб, 28 нояб.");

		assertThat(tandem.get(RUSSIAN, "checkin.editing", russianDay)).startsWith("✏️ Исправляем запись за сб, 28 нояб. Пропускай")
			.doesNotContain("..");
		assertThat(IcuMessageSource.format("Wait... {0}... and {1}.", RUSSIAN, new Object[] { "a.", "b" }))
			.isEqualTo("Wait... a.... and b.");
	}

	private static IcuMessageSource testBundle() {
		IcuMessageSource source = IcuMessageSource.tandem();
		source.setBasename("i18n-test/days");
		return source;
	}

}
