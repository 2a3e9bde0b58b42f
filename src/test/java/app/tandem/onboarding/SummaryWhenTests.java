package app.tandem.onboarding;

import java.time.DayOfWeek;
import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.tandem.i18n.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly summary's day and time typed in the person's language.
 */
class SummaryWhenTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "EN | Sunday 18:00 | SUNDAY | 18:00", "EN | fri 5pm | FRIDAY | 17:00",
			"EN | SUNDAY 18:00 | SUNDAY | 18:00", "DE | Sonntag 18 Uhr | SUNDAY | 18:00",
			"DE | So 18:00 | SUNDAY | 18:00", "DE | Freitag um 17 Uhr | FRIDAY | 17:00",
			"ES | domingo a las 6 de la tarde | SUNDAY | 18:00", "ES | vie 17:00 | FRIDAY | 17:00",
			"FR | dimanche 18h | SUNDAY | 18:00", "IT | domenica alle 18 | SUNDAY | 18:00",
			"PT_BR | domingo às 18h | SUNDAY | 18:00", "PT_PT | segunda 9h | MONDAY | 09:00",
			"RU | воскресенье 18:00 | SUNDAY | 18:00", "RU | вс в 6 вечера | SUNDAY | 18:00",
			"DE | Sunday 18:00 | SUNDAY | 18:00" })
	void shouldReadADayAndATimeInThePersonsLanguage(Language language, String typed, DayOfWeek day, String time) {
		assertThat(SummaryWhen.parse(typed, language)).contains(new SummaryWhen(day, LocalTime.parse(time)));
	}

}
