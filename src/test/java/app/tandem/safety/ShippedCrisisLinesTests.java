package app.tandem.safety;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the shipped {@code config/crisis-lines.yml} promises in the README: 36 countries, none without a sourced
 * national line, and a second option where a line is reported to answer only some calls.
 */
class ShippedCrisisLinesTests {

	final CrisisLines lines = new CrisisLines(new CrisisLinesProperties(Path.of("config/crisis-lines.yml"),
			Path.of("config/no-overrides.yml"), Period.ofMonths(12), "https://findahelpline.com"),
			Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC));

	@Test
	void shouldCoverThirtySixCountriesAndNoneWithoutASourcedLine() {
		assertThat(lines.countries()).hasSize(36);
		assertThat(lines.forCountry("CO")).isEmpty();
		assertThat(lines.forCountry("TR")).isEmpty();
		lines.countries()
			.forEach(country -> assertThat(country.lines()).allSatisfy(line -> assertThat(line.source()).startsWith("https://")));
	}

	@Test
	void shouldNameASecondOptionWhereALineAnswersOnlySomeCalls() {
		for (String code : new String[] { "DK", "FI", "CZ", "SE" }) {
			CountryResources country = lines.forCountry(code).orElseThrow();
			assertThat(country.lines()).anySatisfy(line -> assertThat(line.note()).isNotNull().containsPattern("\\d{3}"));
		}
	}

}
