package app.tandem.safety;

import java.util.List;

/**
 * Crisis resources for one country.
 *
 * @param code ISO 3166-1 alpha-2
 * @param name the country's name in English
 * @param emergency the number for immediate danger
 * @param emergencyNote optional, the country's other emergency numbers in a few words
 *        ({@code 144 ambulance · 133 police}), shown under the emergency number
 * @param lines helplines, most relevant first
 */
public record CountryResources(String code, String name, String emergency, String emergencyNote,
		List<CrisisLine> lines) {

	public CountryResources {
		lines = (lines != null) ? List.copyOf(lines) : List.of();
	}

}
