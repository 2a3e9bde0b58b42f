package app.tandem.medication;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.tandem.i18n.Language;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day of a dose change as typed, on Wednesday 2 December 2026.
 */
class ChangeDateTests {

	static final LocalDate WEDNESDAY = LocalDate.of(2026, 12, 2);

	@Test
	void shouldReadRelativeDaysWeekdaysAndIsoDates() {
		assertThat(ChangeDate.parse("today", WEDNESDAY)).contains(WEDNESDAY);
		assertThat(ChangeDate.parse("from tomorrow", WEDNESDAY)).contains(WEDNESDAY.plusDays(1));
		assertThat(ChangeDate.parse("Yesterday.", WEDNESDAY)).contains(WEDNESDAY.minusDays(1));
		assertThat(ChangeDate.parse("since Monday", WEDNESDAY)).contains(LocalDate.of(2026, 11, 30));
		assertThat(ChangeDate.parse("since wed", WEDNESDAY)).contains(WEDNESDAY);
		assertThat(ChangeDate.parse("last friday", WEDNESDAY)).contains(LocalDate.of(2026, 11, 27));
		assertThat(ChangeDate.parse("from Monday", WEDNESDAY)).contains(LocalDate.of(2026, 12, 7));
		assertThat(ChangeDate.parse("2026-11-23", WEDNESDAY)).contains(LocalDate.of(2026, 11, 23));
	}

	@Test
	void shouldRefuseWhatIsNotADayOrTooFarAway() {
		assertThat(ChangeDate.parse("soon", WEDNESDAY)).isEmpty();
		assertThat(ChangeDate.parse("since mo", WEDNESDAY)).isEmpty();
		assertThat(ChangeDate.parse("2024-01-01", WEDNESDAY)).isEmpty();
		assertThat(ChangeDate.parse("2027-06-01", WEDNESDAY)).isEmpty();
	}

	@Test
	void shouldSplitADoseTypedWithItsDay() {
		assertThat(ChangeDate.splitDose("75 mg from tomorrow")).containsExactly("75 mg", "from tomorrow");
		assertThat(ChangeDate.splitDose("75 mg since Monday")).containsExactly("75 mg", "since Monday");
		assertThat(ChangeDate.splitDose(" 75 mg ")).containsExactly("75 mg");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "DE | heute | 2026-12-02", "DE | ab morgen | 2026-12-03",
			"DE | gestern | 2026-12-01", "DE | seit Montag | 2026-11-30", "DE | ab Montag | 2026-12-07",
			"DE | letzten Freitag | 2026-11-27", "ES | hoy | 2026-12-02", "ES | desde mañana | 2026-12-03",
			"ES | a partir de mañana | 2026-12-03", "ES | ayer | 2026-12-01", "ES | desde el lunes | 2026-11-30",
			"ES | el viernes pasado | 2026-11-27", "FR | demain | 2026-12-03", "FR | depuis lundi | 2026-11-30",
			"FR | à partir de lundi | 2026-12-07", "FR | hier | 2026-12-01", "IT | da domani | 2026-12-03",
			"IT | ieri | 2026-12-01", "IT | lunedì scorso | 2026-11-30", "PT_BR | amanhã | 2026-12-03",
			"PT_BR | a partir de segunda | 2026-12-07", "PT_PT | desde segunda-feira | 2026-11-30",
			"RU | завтра | 2026-12-03", "RU | вчера | 2026-12-01", "RU | с понедельника | 2026-12-07",
			"RU | с прошлого понедельника | 2026-11-30", "RU | со среды | 2026-12-02", "DE | tomorrow | 2026-12-03" })
	void shouldReadTheDayInThePersonsLanguage(Language language, String typed, LocalDate day) {
		assertThat(ChangeDate.parse(typed, WEDNESDAY, language)).contains(day);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "DE | 75 mg ab morgen | 75 mg | ab morgen",
			"ES | 75 mg desde el lunes | 75 mg | desde el lunes", "RU | 75 мг с завтра | 75 мг | с завтра" })
	void shouldSplitADoseTypedWithItsDayInThePersonsLanguage(Language language, String typed, String dose,
			String day) {
		assertThat(ChangeDate.splitDose(typed, language)).containsExactly(dose, day);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "IT | 1 compressa da 50 mg", "ES | 2 comprimidos desde hace poco" })
	void shouldNotSplitWhatIsNoDay(Language language, String typed) {
		assertThat(ChangeDate.splitDose(typed, language)).containsExactly(typed);
	}

}
