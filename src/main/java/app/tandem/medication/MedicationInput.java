package app.tandem.medication;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.tandem.time.ClockTimeInput;

/**
 * Typed answers of the medication conversations: names, dose times, counts.
 */
final class MedicationInput {

	static final int MAX_NAME = 60;

	static final int MAX_TIMES = 6;

	private MedicationInput() {
	}

	/** A name: 1–60 characters with at least one letter. */
	static Optional<String> name(String text) {
		String name = (text == null) ? "" : text.strip().replaceAll("\\s+", " ");
		if (name.isEmpty() || name.length() > MAX_NAME || name.chars().noneMatch(Character::isLetter)
				|| name.startsWith("/")) {
			return Optional.empty();
		}
		return Optional.of(name);
	}

	/** Dose times: {@code 08:00}, {@code 8am and 8pm}, {@code 8:00, 14:00, 20:00}. */
	static Optional<List<LocalTime>> times(String text) {
		String[] parts = text.toLowerCase(Locale.ROOT).split("\\s*(?:,|;|\\band\\b|&|\\+)\\s*");
		List<LocalTime> times = new ArrayList<>();
		for (String part : parts) {
			if (part.isBlank()) {
				continue;
			}
			Optional<LocalTime> time = ClockTimeInput.parse(part);
			if (time.isEmpty()) {
				return Optional.empty();
			}
			times.add(time.get());
		}
		if (times.isEmpty() || times.size() > MAX_TIMES) {
			return Optional.empty();
		}
		return Optional.of(times.stream().sorted().distinct().toList());
	}

	/** A positive count up to a limit: {@code 30}, {@code 0.5}, {@code ½}. */
	static Optional<Double> count(String text, double max) {
		String typed = text.strip().replace(',', '.').replace("½", "0.5");
		try {
			double value = Double.parseDouble(typed);
			return (value > 0 && value <= max) ? Optional.of(value) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** Every N days, N from 2 to 30. */
	static Optional<Integer> everyDays(String text) {
		try {
			int days = Integer.parseInt(text.strip());
			return (days >= 2 && days <= 30) ? Optional.of(days) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
