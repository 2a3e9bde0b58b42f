package app.tandem.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Tandem speaks. A person's language is taken from Telegram at first contact
 * ({@link #fromTelegram}), confirmed during setup and changeable with {@code /language}; every text they get is in it.
 */
public enum Language {

	EN("en"), ES("es"), DE("de"), FR("fr"), IT("it"), PT_BR("pt-BR"), PT_PT("pt-PT"), RU("ru");

	private final String tag;

	private final Locale locale;

	Language(String tag) {
		this.tag = tag;
		this.locale = Locale.forLanguageTag(tag);
	}

	/** The IETF tag, as stored in the profile: {@code en}, {@code pt-BR}, {@code pt-PT}. */
	public String tag() {
		return tag;
	}

	/** The locale whose message bundle and formats are this language's. */
	public Locale locale() {
		return locale;
	}

	/** The language's own name, as a speaker writes it: "Deutsch", "Español", "Português (Portugal)", "Русский". */
	public String ownName() {
		String name = locale.getDisplayName(locale);
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	/** The language stored under a tag, if it is one Tandem speaks. */
	public static Optional<Language> fromTag(String tag) {
		return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag)).findFirst();
	}

	/**
	 * The language for a Telegram {@code language_code} (an IETF tag such as {@code de}, {@code es-MX},
	 * {@code pt-br}): its language if Tandem speaks it, English otherwise. Plain Portuguese is Brazilian, unless the
	 * person's country (ISO code, may be {@code null}) is Portugal.
	 */
	public static Language fromTelegram(String languageCode, String country) {
		if (languageCode == null || languageCode.isBlank()) {
			return EN;
		}
		Locale telegram = Locale.forLanguageTag(languageCode.strip().replace('_', '-'));
		String language = telegram.getLanguage();
		if ("pt".equals(language)) {
			String region = telegram.getCountry().isEmpty() ? country : telegram.getCountry();
			return "PT".equalsIgnoreCase(region) ? PT_PT : PT_BR;
		}
		return Arrays.stream(values())
			.filter(candidate -> candidate.locale.getLanguage().equals(language))
			.findFirst()
			.orElse(EN);
	}

}
