package app.tandem.checkin;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Dates the way Tandem shows them to people: {@code Sun 29 Nov}.
 */
public final class HistoryDates {

	private HistoryDates() {
	}

	public static String label(LocalDate date, Locale locale) {
		return CheckInRecap.dayLabel(date, locale);
	}

}
