package app.tandem.onboarding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.ibm.icu.util.ULocale;

import app.tandem.i18n.Language;
import app.tandem.i18n.Words;

/**
 * A country as typed: its ISO code ({@code DE}) or its name in English, in the person's language, in any language
 * Tandem speaks, or in the country's own languages ({@code Germany}, {@code Alemania}, {@code Deutschland},
 * {@code España}, {@code Россия}), without regard to case or accents. The names come from the JDK and ICU for every
 * region, not from a list of our own.
 */
final class CountryInput {

	/** Every region's folded names, English first; a name two regions share goes to the first. */
	private static final Map<String, String> BY_NAME = index();

	private CountryInput() {
	}

	static Optional<String> parse(String input, Locale userLocale) {
		if (input == null || input.isBlank()) {
			return Optional.empty();
		}
		String typed = normalize(input);
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale("", code);
			if (typed.equalsIgnoreCase(code) || typed.equals(normalize(country.getDisplayCountry(userLocale)))) {
				return Optional.of(code);
			}
		}
		return Optional.ofNullable(BY_NAME.get(typed)).or(() -> Optional.ofNullable(switch (typed) {
			case "usa", "us", "america", "united states of america" -> "US";
			case "uk", "england", "scotland", "wales", "northern ireland", "great britain", "britain" -> "GB";
			default -> null;
		}));
	}

	private static Map<String, String> index() {
		Map<String, String> names = new HashMap<>();
		List<Locale> languages = new ArrayList<>(List.of(Locale.ENGLISH));
		for (Language language : Language.values()) {
			languages.add(language.locale());
		}
		for (Locale language : languages) {
			for (String code : Locale.getISOCountries()) {
				names.putIfAbsent(normalize(new Locale("", code).getDisplayCountry(language)), code);
			}
		}
		for (String code : Locale.getISOCountries()) {
			for (Locale own : ownLanguages(code)) {
				names.putIfAbsent(normalize(new Locale("", code).getDisplayCountry(own)), code);
			}
		}
		return Map.copyOf(names);
	}

	/** The languages spoken in a region: ICU's likeliest one, and every locale the JDK has for it. */
	private static List<Locale> ownLanguages(String code) {
		List<Locale> own = new ArrayList<>();
		own.add(ULocale.addLikelySubtags(new ULocale("und_" + code)).toLocale());
		for (Locale available : Locale.getAvailableLocales()) {
			if (available.getCountry().equals(code) && !available.getLanguage().isEmpty()) {
				own.add(new Locale(available.getLanguage(), code));
			}
		}
		return own;
	}

	private static String normalize(String text) {
		return Words.fold(text).replaceAll("[^\\p{L} ]", "").strip();
	}

}
