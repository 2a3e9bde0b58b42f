package app.tandem.summary;

import java.text.DateFormat;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import app.tandem.i18n.LocalFormats;

/**
 * The chart's date ticks in the report's one date style ({@link LocalFormats#day}), as the {@link DateFormat} that
 * JFreeChart asks for: the JDK's own date format does not know every pattern ICU picks for a language.
 */
final class DayAxisFormat extends DateFormat {

	private static final long serialVersionUID = 1L;

	private final Locale locale;

	DayAxisFormat(Locale locale) {
		this.locale = locale;
		setCalendar(Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC), locale));
		setNumberFormat(NumberFormat.getIntegerInstance(locale));
	}

	@Override
	public StringBuffer format(Date date, StringBuffer toAppendTo, FieldPosition fieldPosition) {
		return toAppendTo.append(LocalFormats.day(date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate(), locale));
	}

	@Override
	public Date parse(String source, ParsePosition pos) {
		throw new UnsupportedOperationException("chart ticks are only written");
	}

}
