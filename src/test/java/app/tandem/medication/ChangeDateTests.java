package app.tandem.medication;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

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

}
