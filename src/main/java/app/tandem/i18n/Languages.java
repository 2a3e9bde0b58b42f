package app.tandem.i18n;

import java.util.List;
import java.util.Locale;

import com.ibm.icu.util.ULocale;

/**
 * The languages Tandem speaks, each with a bundle in {@code messages/}: English, Spanish, German, French, Italian,
 * Brazilian and European Portuguese, Russian.
 */
public final class Languages {

	/** Language tags, in the order they are offered. */
	public static final List<String> SUPPORTED = List.of("en", "es", "de", "fr", "it", "pt-BR", "pt-PT", "ru");

	private Languages() {
	}

	public static boolean isSupported(String tag) {
		return SUPPORTED.contains(tag);
	}

	/** A language's name written in that language, as a person looking for it expects: "Deutsch", "Русский". */
	public static String nativeName(String tag) {
		ULocale language = ULocale.forLanguageTag(tag);
		String name = language.getDisplayName(language);
		return name.substring(0, 1).toUpperCase(language.toLocale()) + name.substring(1);
	}

	/** The same language's name in the person's own language, for a settings line: "German", "alemán". */
	public static String name(String tag, Locale in) {
		ULocale language = ULocale.forLanguageTag(tag);
		return language.getDisplayName(ULocale.forLocale(in));
	}

}
