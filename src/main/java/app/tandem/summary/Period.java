package app.tandem.summary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import app.tandem.i18n.LocalFormats;

/**
 * A span of local dates, both ends included.
 */
record Period(LocalDate from, LocalDate to) {

	Period {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A period ends after it starts");
		}
	}

	/** The seven days ending on {@code last}. */
	static Period weekEnding(LocalDate last) {
		return new Period(last.minusDays(6), last);
	}

	/** Monday to Sunday of the week containing {@code date}. */
	static Period weekContaining(LocalDate date) {
		LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		return new Period(monday, monday.plusDays(6));
	}

	int days() {
		return (int) ChronoUnit.DAYS.between(from, to) + 1;
	}

	List<LocalDate> dates() {
		return from.datesUntil(to.plusDays(1)).toList();
	}

	boolean contains(LocalDate date) {
		return !date.isBefore(from) && !date.isAfter(to);
	}

	Period previous() {
		return new Period(from.minusDays(days()), from.minusDays(1));
	}

	/** "Mon 23 – Sun 29 Nov 2026", with the month or year on the first day only when they differ. */
	String label(Locale locale) {
		String end = LocalFormats.dayWithYear(to, locale);
		String start = (from.getYear() != to.getYear()) ? LocalFormats.dayWithYear(from, locale)
				: (from.getMonth() != to.getMonth()) ? LocalFormats.day(from, locale)
						: LocalFormats.dayInMonth(from, locale);
		return start + " – " + end;
	}

}
