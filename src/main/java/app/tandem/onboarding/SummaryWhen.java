package app.tandem.onboarding;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import app.tandem.time.ClockTimeInput;

/**
 * When the weekly summary comes, as typed: a weekday and a time ({@code Sunday 18:00}, {@code fri 5pm}).
 */
record SummaryWhen(DayOfWeek day, LocalTime time) {

	static Optional<SummaryWhen> parse(String text) {
		String[] parts = text.strip().toUpperCase(Locale.ROOT).split("\\s+", 2);
		if (parts.length != 2 || parts[0].length() < 2) {
			return Optional.empty();
		}
		Optional<DayOfWeek> day = Arrays.stream(DayOfWeek.values())
			.filter(candidate -> candidate.name().startsWith(parts[0]))
			.findFirst();
		Optional<LocalTime> time = ClockTimeInput.parse(parts[1]);
		return day.flatMap(d -> time.map(t -> new SummaryWhen(d, t)));
	}

}
