package app.tandem.safety;

import java.nio.file.Path;

import com.google.i18n.phonenumbers.ShortNumberInfo;
import com.google.i18n.phonenumbers.ShortNumbersRegionCodeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmergencyNumbersTests {

	@TempDir
	Path folder;

	@Test
	void shouldGiveTheBestKnownEmergencyNumberOfARegionFromLibphonenumber() {
		assertThat(EmergencyNumbers.fromLibphonenumber("AT")).contains("112");
		assertThat(EmergencyNumbers.fromLibphonenumber("PL")).contains("112");
		assertThat(EmergencyNumbers.fromLibphonenumber("US")).contains("911");
		assertThat(EmergencyNumbers.fromLibphonenumber("MX")).contains("911");
		assertThat(EmergencyNumbers.fromLibphonenumber("GB")).hasValueSatisfying(n -> assertThat(n).isIn("999", "112"));
		assertThat(EmergencyNumbers.fromLibphonenumber("JP")).hasValueSatisfying(n -> assertThat(n).isIn("119", "110"));
		assertThat(EmergencyNumbers.fromLibphonenumber("BR"))
			.hasValueSatisfying(n -> assertThat(n).isIn("112", "911", "190", "192", "193"));
		assertThat(EmergencyNumbers.fromLibphonenumber("NZ")).contains("111");
		assertThat(EmergencyNumbers.fromLibphonenumber("SG")).contains("999");
	}

	@Test
	void shouldFindANumberForEveryRegionWhoseEmergencyNumbersLibphonenumberKnows() {
		ShortNumberInfo info = ShortNumberInfo.getInstance();

		assertThat(ShortNumbersRegionCodeSet.getRegionCodeSet())
			.filteredOn(region -> EmergencyNumbers.fromLibphonenumber(region).isEmpty())
			.as("regions without a number (Guinea: libphonenumber lists none)")
			.containsExactly("GN");
		assertThat(ShortNumbersRegionCodeSet.getRegionCodeSet()).allSatisfy(region -> EmergencyNumbers
			.fromLibphonenumber(region)
			.ifPresent(number -> assertThat(info.isEmergencyNumber(number, region)).isTrue()));
	}

	@Test
	void shouldPreferTheOperatorsNumberForACountryInTheCrisisLinesFile() {
		EmergencyNumbers numbers = new EmergencyNumbers(TestCrisisLines.read(folder, TestCrisisLines.GERMANY_AND_UK));

		assertThat(numbers.forCountry("GB")).contains("999");
		assertThat(numbers.forCountry("gb")).contains("999");
		assertThat(numbers.forCountry("AT")).contains("112");
		assertThat(numbers.forCountry("US")).contains("911");
	}

	@Test
	void shouldKnowNoNumberForNoCountryOrAPlaceWithoutData() {
		EmergencyNumbers numbers = new EmergencyNumbers(TestCrisisLines.read(folder, TestCrisisLines.GERMANY_AND_UK));

		assertThat(numbers.forCountry(null)).isEmpty();
		assertThat(numbers.forCountry("AQ")).isEmpty();
		assertThat(numbers.forCountry("GN")).isEmpty();
	}

}
