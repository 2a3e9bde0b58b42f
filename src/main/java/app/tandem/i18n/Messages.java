package app.tandem.i18n;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Looks up a user-facing text by key in the user's language.
 */
@Component
public class Messages {

	private final MessageSource source;

	Messages(MessageSource source) {
		this.source = source;
	}

	public String get(Locale locale, String key, Object... args) {
		return source.getMessage(key, args, locale);
	}

	/** The texts of one language, for values that write themselves in words. */
	public Wording in(Locale locale) {
		return (key, args) -> get(locale, key, args);
	}

	/** The text for a key, or null when there is none (for keys built from data, like a side effect's name). */
	public String getOrNull(Locale locale, String key) {
		return source.getMessage(key, null, null, locale);
	}

}
