package app.tandem.time;

import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimeZoneInputTests {

	@ParameterizedTest
	@CsvSource({ "America/New_York, America/New_York", "america/new_york, America/New_York",
			"new york, America/New_York", "New-York, America/New_York", "Lisbon, Europe/Lisbon",
			"São Paulo, America/Sao_Paulo", "sao paulo, America/Sao_Paulo", "Munich, Europe/Berlin",
			"mumbai, Asia/Kolkata", "San Francisco, America/Los_Angeles", "Zürich, Europe/Zurich" })
	void shouldReadCitiesAndZoneIds(String typed, String zone) {
		assertThat(TimeZoneInput.parse(typed)).contains(ZoneId.of(zone));
	}

	@ParameterizedTest
	@CsvSource({ "UTC+2, +02:00", "utc-3, -03:00", "GMT+5:30, +05:30", "+0530, +05:30", "-8, -08:00" })
	void shouldReadUtcOffsets(String typed, String offset) {
		assertThat(TimeZoneInput.parse(typed)).contains(ZoneOffset.of(offset));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "Middle Earth", "UTC+25", "12345", "Europe/Atlantis" })
	void shouldRefuseWhatIsNotATimeZone(String typed) {
		assertThat(TimeZoneInput.parse(typed)).isEmpty();
	}

	@Test
	void shouldFindAZoneByItsCityInTheLanguagesTandemSpeaks() {
		assertThat(TimeZoneInput.parse("Lissabon")).contains(ZoneId.of("Europe/Lisbon"));
		assertThat(TimeZoneInput.parse("Москва")).contains(ZoneId.of("Europe/Moscow"));
		assertThat(TimeZoneInput.parse("Varsovie")).contains(ZoneId.of("Europe/Warsaw"));
		assertThat(TimeZoneInput.parse("Nueva York")).contains(ZoneId.of("America/New_York"));
		assertThat(TimeZoneInput.parse("Wien")).contains(ZoneId.of("Europe/Vienna"));
	}

	@Test
	void shouldFindTheCityBeforeACommaWhenACountryFollowsIt() {
		assertThat(TimeZoneInput.parse("Berlin, Germany")).contains(ZoneId.of("Europe/Berlin"));
		assertThat(TimeZoneInput.parse("lisboa, portugal")).contains(ZoneId.of("Europe/Lisbon"));
		assertThat(TimeZoneInput.parse("Middle Earth, Shire")).isEmpty();
	}

}
