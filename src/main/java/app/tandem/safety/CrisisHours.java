package app.tandem.safety;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.tandem.i18n.Messages;

/**
 * When a crisis line answers, written in the person's language: the file gives it in a few fixed words, not in
 * prose, so Germany's line reads "24/7, free" in English and "rund um die Uhr, kostenlos" in German.
 * <p>
 * {@code hours} (and {@code chatHours}, when the chat answers at other times than the phone) is one of
 * {@code 24/7}, a daily span {@code 10:00–20:00} (a span past midnight ends after it), {@code unconfirmed} (hours
 * not confirmed) or {@code limited} (not 24/7, exact hours not confirmed); {@code free: true} marks a free call.
 * Anything else (prose from a file written before these forms) is shown as written.
 */
final class CrisisHours {

	/** The fixed words the file may give, each with the message that says it in the person's language. */
	private static final Map<String, String> WORDS = Map.of("24/7", "crisis.hours.always", "unconfirmed",
			"crisis.hours.unconfirmed", "limited", "crisis.hours.limited");

	private static final Pattern DAILY = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[–-]\\s*(\\d{1,2}:\\d{2})");

	private CrisisHours() {
	}

	/** Whether the file's value is one of the forms above. */
	static boolean isValid(String hours) {
		return hours != null && (WORDS.containsKey(hours.strip()) || DAILY.matcher(hours.strip()).matches());
	}

	/** The line's hours as shown under its numbers, e.g. "phone 24/7, free; chat daily 17:00–24:00". */
	static String describe(CrisisLine line, Messages messages, Locale locale) {
		String hours = span(line.hours(), messages, locale);
		if (Boolean.TRUE.equals(line.free())) {
			hours = messages.get(locale, "crisis.hours.free", hours);
		}
		if (line.chatHours() == null) {
			return hours;
		}
		return messages.get(locale, "crisis.hours.phone-and-chat", hours, span(line.chatHours(), messages, locale));
	}

	private static String span(String hours, Messages messages, Locale locale) {
		String value = hours.strip();
		String word = WORDS.get(value);
		if (word != null) {
			return messages.get(locale, word);
		}
		Matcher daily = DAILY.matcher(value);
		if (!daily.matches()) {
			return value; // prose from an operator's older file, warned about at start: shown as written
		}
		return messages.get(locale, "crisis.hours.daily", daily.group(1), daily.group(2));
	}

}
