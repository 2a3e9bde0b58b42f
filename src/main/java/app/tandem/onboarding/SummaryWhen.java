package app.tandem.onboarding;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Optional;

import app.tandem.i18n.Language;
import app.tandem.i18n.Words;
import app.tandem.time.ClockTimeInput;

/**
 * When the weekly summary comes, as typed: a weekday and a time ({@code Sunday 18:00}, {@code fri 5pm}), in English
 * or in the person's language.
 */
record SummaryWhen(DayOfWeek day, LocalTime time) {

	static Optional<SummaryWhen> parse(String text) {
		return parse(text, Language.EN);
	}

	/** In the person's language too: {@code Sonntag 18 Uhr}, {@code domingo a las 6 de la tarde}, {@code вс 18:00}. */
	static Optional<SummaryWhen> parse(String text, Language language) {
		String[] parts = text.strip().split("\\s+", 2);
		if (parts.length != 2) {
			return Optional.empty();
		}
		Optional<DayOfWeek> day = Words.weekday(parts[0], language, 2);
		Optional<LocalTime> time = ClockTimeInput.parse(parts[1], language);
		return day.flatMap(d -> time.map(t -> new SummaryWhen(d, t)));
	}

}
