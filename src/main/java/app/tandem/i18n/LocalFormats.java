package app.tandem.i18n;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.ULocale;

/**
 * Dates, weekdays, times and country names as the person's language and region writes them, from ICU's data: "Sat
 * 28 Nov", "sáb, 28 nov", "Sa., 28. Nov.", "сб, 28 нояб.". Tandem's English is British ("Sat 28 Nov"); a
 * Telegram language without a region ("en") reads that way, one with a region ("en-US") as that region writes.
 * Spaces are plain spaces (ICU's non-breaking ones are not in every PDF and chart font).
 */
public final class LocalFormats {

	private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

	/** Tandem's English house style, where it differs from British English ("Sun, 29 Nov 2026"). */
	private static final Map<String, String> ENGLISH = Map.of("EEEdMMMy", "EEE d MMM yyyy");

	private LocalFormats() {
	}

	/** A day with its weekday and month: "Sat 28 Nov", "сб, 28 нояб.". */
	public static String day(LocalDate date, Locale locale) {
		return plain(formatter("EEEdMMM", locale).format(date));
	}

	/** A day with its weekday, month and year: "Sat, 28 Nov 2026". */
	public static String dayWithYear(LocalDate date, Locale locale) {
		return plain(formatter("EEEdMMMy", locale).format(date));
	}

	/** A day with its weekday only, for the start of a range within one month: "Sat 28". */
	public static String dayInMonth(LocalDate date, Locale locale) {
		return plain(formatter("EEEd", locale).format(date));
	}

	/** A time of day: "18:00". */
	public static String time(LocalTime time, Locale locale) {
		return formatter("HHmm", locale).format(time);
	}

	/** A weekday's short name: "Sun", "dom", "So.", "вс". */
	public static String weekday(DayOfWeek day, Locale locale) {
		return day.getDisplayName(TextStyle.SHORT, region(locale));
	}

	/** A country's name in the person's language: "Germany", "Alemania", "Германия". */
	public static String country(String code, Locale locale) {
		return new Locale("", code).getDisplayCountry(locale);
	}

	/** The pattern ICU picks for a skeleton in the locale, as a java.time formatter. */
	static DateTimeFormatter formatter(String skeleton, Locale locale) {
		Locale region = region(locale);
		return FORMATTERS.computeIfAbsent(skeleton + "|" + locale.toLanguageTag(), key -> {
			String pattern = (region != locale) ? ENGLISH.get(skeleton) : null;
			if (pattern == null) {
				pattern = DateTimePatternGenerator.getInstance(ULocale.forLocale(region)).getBestPattern(skeleton);
			}
			return DateTimeFormatter.ofPattern(pattern.replace('\u00a0', ' ').replace('\u202f', ' '), region);
		});
	}

	private static String plain(String text) {
		return text.replace('\u00a0', ' ').replace('\u202f', ' ');
	}

	/** English without a region is Tandem's British English. */
	private static Locale region(Locale locale) {
		return (locale.getLanguage().equals("en") && locale.getCountry().isEmpty()) ? Locale.UK : locale;
	}

}
