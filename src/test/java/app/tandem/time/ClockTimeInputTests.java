package app.tandem.time;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClockTimeInputTests {

	@ParameterizedTest
	@CsvSource({ "20:00, 20:00", "8pm, 20:00", "8 PM, 20:00", "8:30 pm, 20:30", "12am, 00:00", "12pm, 12:00",
			"2000, 20:00", "0730, 07:30", "7, 07:00", "20.30, 20:30", "20h, 20:00", "7h30, 07:30", "9 a.m., 09:00" })
	void shouldReadTheWaysPeopleTypeATime(String typed, String time) {
		assertThat(ClockTimeInput.parse(typed)).contains(LocalTime.parse(time));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "25:00", "13pm", "0pm", "2460", "soon", "20:75", "-2" })
	void shouldRefuseWhatIsNotATimeOfDay(String typed) {
		assertThat(ClockTimeInput.parse(typed)).isEmpty();
	}

}
