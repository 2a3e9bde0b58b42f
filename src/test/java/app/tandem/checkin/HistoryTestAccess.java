package app.tandem.checkin;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Lets tests in other packages read dates the way the check-in shows them on buttons.
 */
public final class HistoryTestAccess {

	private HistoryTestAccess() {
	}

	public static String dayLabel(LocalDate date) {
		return CheckInRecap.dayLabel(date, Locale.ENGLISH);
	}

}
