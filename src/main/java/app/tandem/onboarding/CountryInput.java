package app.tandem.onboarding;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A country as typed: its ISO code ({@code DE}) or its name in English or the user's language
 * ({@code Germany}, {@code Deutschland}, {@code España}).
 */
final class CountryInput {

	private CountryInput() {
	}

	static Optional<String> parse(String input, Locale userLocale) {
		if (input == null || input.isBlank()) {
			return Optional.empty();
		}
		String typed = normalize(input);
		for (String code : Locale.getISOCountries()) {
			Locale country = new Locale("", code);
			if (typed.equalsIgnoreCase(code) || typed.equals(normalize(country.getDisplayCountry(Locale.ENGLISH)))
					|| typed.equals(normalize(country.getDisplayCountry(userLocale)))
					|| typed.equals(normalize(country.getDisplayCountry(new Locale(userLocale.getLanguage(), code))))) {
				return Optional.of(code);
			}
		}
		return Optional.ofNullable(switch (typed) {
			case "usa", "us", "america", "united states of america" -> "US";
			case "uk", "england", "scotland", "wales", "northern ireland", "great britain", "britain" -> "GB";
			default -> null;
		});
	}

	private static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L} ]", "")
			.strip();
	}

}
