package app.tandem.i18n;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalFormatsTests {

	private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);

	@Test
	void shouldWriteADayAsEachLanguageWritesIt() {
		assertThat(LocalFormats.day(SATURDAY, Locale.ENGLISH)).isEqualTo("Sat 28 Nov");
		assertThat(LocalFormats.day(SATURDAY, Locale.forLanguageTag("es"))).isEqualTo("sáb, 28 nov");
		assertThat(LocalFormats.day(SATURDAY, Locale.GERMAN)).isEqualTo("Sa., 28. Nov.");
		assertThat(LocalFormats.day(SATURDAY, Locale.FRENCH)).isEqualTo("sam. 28 nov.");
		assertThat(LocalFormats.day(SATURDAY, Locale.forLanguageTag("ru"))).isEqualTo("сб, 28 нояб.");
		assertThat(LocalFormats.dayWithYear(SATURDAY, Locale.GERMAN)).isEqualTo("Sa., 28. Nov. 2026");
	}

	@Test
	void shouldNameWeekdaysAndCountriesInThePersonsLanguage() {
		assertThat(LocalFormats.weekday(DayOfWeek.SUNDAY, Locale.forLanguageTag("es"))).isEqualTo("dom");
		assertThat(LocalFormats.weekday(DayOfWeek.SUNDAY, Locale.ENGLISH)).isEqualTo("Sun");
		assertThat(LocalFormats.country("DE", Locale.forLanguageTag("ru"))).isEqualTo("Германия");
		assertThat(LocalFormats.country("ES", Locale.forLanguageTag("es"))).isEqualTo("España");
	}

}
