package app.tandem.time;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.tandem.i18n.Language;

import static org.assertj.core.api.Assertions.assertThat;

class ClockTimeInputTests {

	@ParameterizedTest
	@CsvSource({ "20:00, 20:00", "8pm, 20:00", "8 PM, 20:00", "8:30 pm, 20:30", "12am, 00:00", "12pm, 12:00",
			"2000, 20:00", "0730, 07:30", "7, 07:00", "20.30, 20:30", "20h, 20:00", "7h30, 07:30", "9 a.m., 09:00" })
	void shouldReadTheWaysPeopleTypeATime(String typed, String time) {
		assertThat(ClockTimeInput.parse(typed)).contains(LocalTime.parse(time));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "DE | 20 Uhr | 20:00", "DE | um 20 Uhr | 20:00", "DE | 20 Uhr 30 | 20:30",
			"DE | 8 Uhr abends | 20:00", "DE | acht Uhr abends | 20:00", "DE | 7 Uhr morgens | 07:00",
			"ES | 9 de la noche | 21:00", "ES | a las 9 de la noche | 21:00", "ES | A las nueve de la noche | 21:00",
			"ES | a las 4 de la tarde | 16:00", "ES | 8 de la mañana | 08:00", "ES | 12 de la noche | 00:00",
			"ES | las 21 | 21:00", "FR | 21h30 | 21:30", "FR | 21 h | 21:00", "FR | à 21 h | 21:00",
			"FR | 9 heures du soir | 21:00", "FR | vers 8 h du matin | 08:00", "IT | alle 21 | 21:00",
			"IT | alle 9 di sera | 21:00", "IT | alle ore 21 | 21:00", "PT_BR | às 21h | 21:00",
			"PT_BR | 9 da noite | 21:00", "PT_PT | às 9 da noite | 21:00", "PT_BR | 3 da tarde | 15:00",
			"RU | 9 вечера | 21:00", "RU | в 9 вечера | 21:00", "RU | в 21 час | 21:00", "RU | 2 ночи | 02:00",
			"RU | 8 утра | 08:00", "EN | at 9 in the evening | 21:00", "DE | 8pm | 20:00", "RU | 20:00 | 20:00" })
	void shouldReadATimeTypedInThePersonsLanguage(Language language, String typed, String time) {
		assertThat(ClockTimeInput.parse(typed, language)).contains(LocalTime.parse(time));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "DE | bald", "ES | 25 de la noche", "RU | 14 утра", "FR | heures",
			"IT | alle", "DE | Uhr 20" })
	void shouldRefuseWhatIsNotATimeInThePersonsLanguage(Language language, String typed) {
		assertThat(ClockTimeInput.parse(typed, language)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "25:00", "13pm", "0pm", "2460", "soon", "20:75", "-2" })
	void shouldRefuseWhatIsNotATimeOfDay(String typed) {
		assertThat(ClockTimeInput.parse(typed)).isEmpty();
	}

}
