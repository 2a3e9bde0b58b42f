package app.tandem.time;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.ULocale;

import app.tandem.i18n.Language;

/**
 * A time zone as typed: an IANA id ({@code America/New_York}), a city ({@code new york}, {@code São Paulo},
 * {@code Munich}), or a UTC offset ({@code UTC+2}, {@code GMT-03:30}, {@code +5:30}).
 */
public final class TimeZoneInput {

	private static final Pattern OFFSET = Pattern
		.compile("(?:utc|gmt)?\\s*([+-])\\s*(\\d{1,2})(?:\\s*:?\\s*(\\d{2}))?");

	private static final Map<String, String> CITIES = new HashMap<>();

	/** Cities people commonly type that are not the name of their IANA zone. */
	private static final Map<String, String> ALIASES = Map.ofEntries(Map.entry("munich", "Europe/Berlin"),
			Map.entry("hamburg", "Europe/Berlin"), Map.entry("frankfurt", "Europe/Berlin"),
			Map.entry("cologne", "Europe/Berlin"), Map.entry("koln", "Europe/Berlin"),
			Map.entry("munchen", "Europe/Berlin"), Map.entry("manchester", "Europe/London"),
			Map.entry("edinburgh", "Europe/London"), Map.entry("barcelona", "Europe/Madrid"),
			Map.entry("milan", "Europe/Rome"), Map.entry("milano", "Europe/Rome"), Map.entry("roma", "Europe/Rome"),
			Map.entry("lyon", "Europe/Paris"), Map.entry("marseille", "Europe/Paris"),
			Map.entry("rotterdam", "Europe/Amsterdam"), Map.entry("geneva", "Europe/Zurich"),
			Map.entry("saint petersburg", "Europe/Moscow"), Map.entry("st petersburg", "Europe/Moscow"),
			Map.entry("san francisco", "America/Los_Angeles"), Map.entry("seattle", "America/Los_Angeles"),
			Map.entry("san diego", "America/Los_Angeles"), Map.entry("washington", "America/New_York"),
			Map.entry("boston", "America/New_York"), Map.entry("miami", "America/New_York"),
			Map.entry("atlanta", "America/New_York"), Map.entry("philadelphia", "America/New_York"),
			Map.entry("houston", "America/Chicago"), Map.entry("dallas", "America/Chicago"),
			Map.entry("austin", "America/Chicago"), Map.entry("montreal", "America/Toronto"),
			Map.entry("ottawa", "America/Toronto"), Map.entry("rio de janeiro", "America/Sao_Paulo"),
			Map.entry("rio", "America/Sao_Paulo"), Map.entry("brasilia", "America/Sao_Paulo"),
			Map.entry("delhi", "Asia/Kolkata"), Map.entry("new delhi", "Asia/Kolkata"),
			Map.entry("mumbai", "Asia/Kolkata"), Map.entry("bangalore", "Asia/Kolkata"),
			Map.entry("bengaluru", "Asia/Kolkata"), Map.entry("chennai", "Asia/Kolkata"),
			Map.entry("beijing", "Asia/Shanghai"), Map.entry("osaka", "Asia/Tokyo"),
			Map.entry("kyoto", "Asia/Tokyo"), Map.entry("canberra", "Australia/Sydney"),
			Map.entry("wellington", "Pacific/Auckland"), Map.entry("cape town", "Africa/Johannesburg"),
			Map.entry("durban", "Africa/Johannesburg"), Map.entry("pretoria", "Africa/Johannesburg"));

	static {
		for (String id : ZoneId.getAvailableZoneIds()) {
			int slash = id.lastIndexOf('/');
			if (slash > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
				CITIES.putIfAbsent(normalize(id.substring(slash + 1).replace('_', ' ')), id);
			}
		}
	}

	private TimeZoneInput() {
	}

	public static Optional<ZoneId> parse(String input) {
		if (input == null || input.isBlank()) {
			return Optional.empty();
		}
		String text = input.strip();
		Optional<ZoneId> exact = exactId(text);
		if (exact.isPresent()) {
			return exact;
		}
		Matcher offset = OFFSET.matcher(text.toLowerCase(Locale.ROOT));
		if (offset.matches()) {
			return offset(offset);
		}
		String key = normalize(text);
		if (key.equals("utc") || key.equals("gmt")) {
			return Optional.of(ZoneOffset.UTC);
		}
		String id = city(key);
		if (id == null && text.contains(",")) {
			// "Berlin, Germany", "Porto, Portugal": the city before the comma
			id = city(normalize(text.substring(0, text.indexOf(','))));
		}
		return Optional.ofNullable(id).map(ZoneId::of);
	}

	private static String city(String key) {
		String id = ALIASES.getOrDefault(key, CITIES.get(key));
		return (id != null) ? id : LocalCities.CITIES.get(key);
	}

	private static Optional<ZoneId> exactId(String text) {
		if (!text.contains("/")) {
			return Optional.empty();
		}
		return ZoneId.getAvailableZoneIds()
			.stream()
			.filter(id -> id.equalsIgnoreCase(text.replace(' ', '_')))
			.findFirst()
			.map(ZoneId::of);
	}

	private static Optional<ZoneId> offset(Matcher offset) {
		int hours = Integer.parseInt(offset.group(2));
		int minutes = (offset.group(3) != null) ? Integer.parseInt(offset.group(3)) : 0;
		int sign = "-".equals(offset.group(1)) ? -1 : 1;
		try {
			return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static String normalize(String text) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		return plain.toLowerCase(Locale.ROOT).replace('-', ' ').replace('.', ' ').replaceAll("\\s+", " ").strip();
	}

	/**
	 * Each zone's city as every language Tandem speaks writes it ("Lissabon", "Lisboa", "Москва", "Varsovie"), from
	 * ICU; loaded the first time a typed city is not found in English (about a second).
	 */
	private static final class LocalCities {

		static final Map<String, String> CITIES = new HashMap<>();

		static {
			for (Language language : Language.values()) {
				TimeZoneNames names = TimeZoneNames.getInstance(ULocale.forLocale(language.locale()));
				for (String id : ZoneId.getAvailableZoneIds()) {
					String city = (id.indexOf('/') > 0) ? names.getExemplarLocationName(id) : null;
					if (city != null && !city.isBlank()) {
						CITIES.putIfAbsent(normalize(city), id);
					}
				}
			}
		}

	}

}
