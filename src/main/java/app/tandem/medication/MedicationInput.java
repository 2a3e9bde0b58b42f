package app.tandem.medication;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.tandem.i18n.Language;
import app.tandem.i18n.Words;
import app.tandem.time.ClockTimeInput;

/**
 * Typed answers of the medication conversations: names, dose times, counts.
 */
final class MedicationInput {

	static final int MAX_NAME = 60;

	static final int MAX_TIMES = 6;

	private static final Pattern NAME_THEN_DOSE = Pattern
		.compile("(.*?\\p{L}.*?)[\\s,]+(\\d+(?:[.,]\\d+)?\\s*[\\p{L}µ]+\\.?)");

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

	/**
	 * A name followed by its dose, as people often type both at once: {@code Sertraline 50mg},
	 * {@code Vitamin D3 1000 IU}. Empty when the end is not a dose or what is before it is not a name.
	 */
	static Optional<NameAndDose> nameAndDose(String text) {
		Matcher matcher = NAME_THEN_DOSE.matcher((text == null) ? "" : text.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Optional<DoseAmount> dose = DoseAmount.parse(matcher.group(2));
		Optional<String> name = name(matcher.group(1));
		if (dose.isEmpty() || name.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new NameAndDose(name.get(), dose.get()));
	}

	record NameAndDose(String name, DoseAmount dose) {
	}

	/** How often, as typed after a name: what it asks of the times. */
	enum Often {

		/** "twice a day": the two times are asked for. */
		TWICE,
		/** "at bedtime": 22:00 is offered for confirmation. */
		BEDTIME

	}

	/** What was typed before "twice a day" or "at bedtime", and which one it was. */
	record WithOften(String rest, Often often) {
	}

	/**
	 * "Sertraline 50mg twice a day", "Quetiapin 25 mg vor dem Schlafengehen": how often, when the text ends with it
	 * (in the person's language or in English), and what comes before it. Never a dose: only the times follow.
	 */
	static Optional<WithOften> often(String text, Language language) {
		if (text == null) {
			return Optional.empty();
		}
		String[] words = text.strip().split("\\s+");
		for (int first = 1; first < words.length; first++) {
			String tail = Words.fold(String.join(" ", Arrays.copyOfRange(words, first, words.length)))
				.replaceAll("[.!]+$", "");
			for (Often often : Often.values()) {
				if (Words.of(language, "often." + often.name().toLowerCase(Locale.ROOT)).contains(tail)) {
					String rest = String.join(" ", Arrays.copyOfRange(words, 0, first)).replaceAll("[\\s,;:–-]+$", "");
					return Optional.of(new WithOften(rest, often));
				}
			}
		}
		return Optional.empty();
	}

	/** Dose times: {@code 08:00}, {@code 8am and 8pm}, {@code 8:00, 14:00, 20:00}. */
	static Optional<List<LocalTime>> times(String text) {
		return times(text, Language.EN);
	}

	/**
	 * Dose times typed in the person's language or in English: {@code 8 Uhr und 20 Uhr}, {@code 9 de la mañana y 9
	 * de la noche}, {@code 08:00, 20:00}.
	 */
	static Optional<List<LocalTime>> times(String text, Language language) {
		String and = Words.of(language, "and").stream().map(Pattern::quote).collect(Collectors.joining("|"));
		String[] parts = Words.fold(text).split("\\s*(?:,|;|&|\\+|(?<=\\s|^)(?:" + and + ")(?=\\s|$))\\s*");
		List<LocalTime> times = new ArrayList<>();
		for (String part : parts) {
			if (part.isBlank()) {
				continue;
			}
			Optional<LocalTime> time = ClockTimeInput.parse(part, language);
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
