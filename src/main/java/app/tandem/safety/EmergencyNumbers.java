package app.tandem.safety;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.google.i18n.phonenumbers.ShortNumberInfo;
import com.google.i18n.phonenumbers.ShortNumbersRegionCodeSet;
import org.springframework.stereotype.Component;

/**
 * The number for immediate danger in any country: the operator's {@code emergency} from {@code crisis-lines.yml}
 * where the country has an entry (checked by hand, so it wins), otherwise the one libphonenumber's short-number
 * data knows for the region. Worked out once at start-up, so the crisis path only reads a map.
 */
@Component
public class EmergencyNumbers {

	/**
	 * Numbers tried against libphonenumber, most widely known first: 911 where a region has it (the Americas, where
	 * 112 often works only from mobiles), then 112 (the GSM number, Europe-wide), then the other national
	 * conventions. Only numbers libphonenumber confirms for the region are ever shown; this list only ranks them.
	 * libphonenumber's own example numbers are no guide here (110 for Germany, 085 for Spain).
	 */
	static final List<String> CANDIDATES = List.of("911", "112", "999", "000", "111", "119", "995", "997", "998",
			"110", "100", "101", "102", "103", "190", "191", "192", "193", "10111", "10177", "131", "132", "133",
			"105", "106", "066", "060", "080", "123", "122", "113", "114", "115", "117", "118", "15", "17", "18",
			"199", "120", "1122", "9999", "919", "03");

	private final CrisisLines lines;

	private final Map<String, String> byRegion;

	EmergencyNumbers(CrisisLines lines) {
		this.lines = lines;
		this.byRegion = fromLibphonenumber();
	}

	/** The number to call in immediate danger in this country (ISO code), or empty when none is known. */
	public Optional<String> forCountry(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return lines.forCountry(code)
			.map(CountryResources::emergency)
			.or(() -> Optional.ofNullable(byRegion.get(code.toUpperCase(Locale.ROOT))));
	}

	/** The best-known emergency number libphonenumber confirms for a region, or empty when it confirms none. */
	static Optional<String> fromLibphonenumber(String region) {
		ShortNumberInfo info = ShortNumberInfo.getInstance();
		return CANDIDATES.stream().filter(number -> info.isEmergencyNumber(number, region)).findFirst();
	}

	private static Map<String, String> fromLibphonenumber() {
		Map<String, String> numbers = new HashMap<>();
		ShortNumbersRegionCodeSet.getRegionCodeSet()
			.forEach(region -> fromLibphonenumber(region).ifPresent(number -> numbers.put(region, number)));
		return Map.copyOf(numbers);
	}

}
