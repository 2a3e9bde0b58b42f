package app.tandem.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalRuleTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	@Test
	void shouldKeepTheWallClockTimeAcrossTheSpringForwardChange() {
		LocalRule rule = LocalRule.daily(LocalTime.of(8, 0));

		Instant before = rule.nextAfter(Instant.parse("2026-03-28T12:00:00Z"), BERLIN).orElseThrow();
		Instant after = rule.nextAfter(before, BERLIN).orElseThrow();

		assertThat(before).isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
		assertThat(after).isEqualTo(Instant.parse("2026-03-30T06:00:00Z"));
	}

	@Test
	void shouldFireATimeThatDoesNotExistAtTheEndOfTheGap() {
		LocalRule rule = LocalRule.daily(LocalTime.of(2, 30));

		Instant springForward = rule.nextAfter(Instant.parse("2026-03-28T12:00:00Z"), BERLIN).orElseThrow();

		assertThat(springForward).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
		assertThat(springForward.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(3, 0));
	}

	@Test
	void shouldFireATimeThatHappensTwiceOnlyOnce() {
		LocalRule rule = LocalRule.daily(LocalTime.of(1, 30));

		Instant first = rule.nextAfter(Instant.parse("2026-11-01T00:00:00Z"), NEW_YORK).orElseThrow();
		Instant next = rule.nextAfter(first, NEW_YORK).orElseThrow();

		assertThat(first).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
		assertThat(next).isEqualTo(Instant.parse("2026-11-02T06:30:00Z"));
	}

	@Test
	void shouldFireOnChosenWeekdaysAndEveryNDays() {
		LocalRule weekdays = LocalRule.weekly(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0));
		LocalRule everyThird = LocalRule.everyDays(3, LocalDate.of(2026, 11, 29), LocalTime.of(9, 0));

		assertThat(weekdays.nextAfter(Instant.parse("2026-11-29T12:00:00Z"), BERLIN))
			.contains(Instant.parse("2026-11-30T08:00:00Z"));
		assertThat(weekdays.nextAfter(Instant.parse("2026-11-30T12:00:00Z"), BERLIN))
			.contains(Instant.parse("2026-12-03T08:00:00Z"));
		assertThat(everyThird.nextAfter(Instant.parse("2026-11-29T12:00:00Z"), BERLIN))
			.contains(Instant.parse("2026-12-02T08:00:00Z"));
	}

	@Test
	void shouldSurviveBeingStoredAsText() {
		LocalRule rule = LocalRule.everyDays(2, LocalDate.of(2026, 11, 29), LocalTime.of(21, 15));
		LocalRule weekly = LocalRule.weekly(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(18, 0));

		assertThat(LocalRule.parse(rule.spec())).isEqualTo(rule);
		assertThat(LocalRule.parse(weekly.spec())).isEqualTo(weekly);
	}

}
