package app.tandem.summary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.ibm.icu.text.MessageFormat;

import app.tandem.i18n.Messages;

/**
 * The report's words: texts with plural forms ({@code {0, plural, one {# day} other {# days}}}) formatted with ICU,
 * which knows each language's plural rules, and dates in the report's one style, "Wed 25 Nov" ("Sun 29 Nov 2026"
 * where the year is needed), the style of the period's label and the weekly summary.
 */
final class ReportWords {

	private final Messages messages;

	private final Locale locale;

	ReportWords(Messages messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	/** A text with ICU plural (or other ICU) arguments; such keys must not be read with {@link Messages#get}. */
	String plural(String key, Object... args) {
		return new MessageFormat(messages.get(locale, key), locale).format(args);
	}

	String get(String key, Object... args) {
		return messages.get(locale, key, args);
	}

	/** The text for a key built from data, or {@code fallback} when there is none. */
	String getOr(String key, String fallback) {
		String text = messages.getOrNull(locale, key);
		return (text != null) ? text : fallback;
	}

	String day(LocalDate date) {
		return SummaryText.day(date, locale);
	}

	String dayWithYear(LocalDate date) {
		return DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale).format(date);
	}

	Locale locale() {
		return locale;
	}

}
