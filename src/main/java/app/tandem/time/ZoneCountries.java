package app.tandem.time;

import java.time.ZoneId;
import java.util.Optional;

import com.ibm.icu.util.TimeZone;

/**
 * The country a time zone belongs to, from ICU's copy of the tz database ({@code Europe/Berlin} is in DE).
 */
public final class ZoneCountries {

	private static final String NO_REGION = "001";

	private ZoneCountries() {
	}

	/** The ISO 3166 code of the zone's country, or empty for offsets and zones without one ({@code UTC}). */
	public static Optional<String> countryOf(ZoneId zone) {
		try {
			String region = TimeZone.getRegion(zone.getId());
			return (region == null || NO_REGION.equals(region) || region.length() != 2) ? Optional.empty()
					: Optional.of(region);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
