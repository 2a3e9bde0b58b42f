package app.tandem.summary;

import java.time.LocalDate;
import java.util.Locale;

import app.tandem.i18n.LocalFormats;
import app.tandem.i18n.Messages;

/**
 * The report's words in one language, and dates in the report's one style, "Wed 25 Nov" ("Sun 29 Nov 2026"
 * where the year is needed), the style of the period's label and the weekly summary.
 */
final class ReportWords {

	private final Messages messages;

	private final Locale locale;

	ReportWords(Messages messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
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
		return LocalFormats.dayWithYear(date, locale);
	}

	Locale locale() {
		return locale;
	}

}
