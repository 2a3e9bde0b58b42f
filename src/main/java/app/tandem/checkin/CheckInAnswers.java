package app.tandem.checkin;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.tandem.i18n.Language;
import app.tandem.i18n.Words;

/**
 * Reads typed answers. Each method returns the value when the text is an unambiguous answer, or a {@link Refusal}
 * saying why not, so the person gets a specific hint and nothing invalid is stored.
 */
final class CheckInAnswers {

	static final double MAX_SLEEP_HOURS = 20;

	/** The "No" under "5.5 hours?": the step's question is asked again and nothing is stored. */
	static final String ASK_AGAIN = "again";

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

	private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2})\\s*(?:h|:|hours?|hrs?)\\s*(\\d{1,2})?\\s*(?:m|min|mins|minutes)?");

	/** Yes and no in any language Tandem speaks (no language's yes is another's no), and as 1 and 0. */
	private static final Set<String> YES = union(Words.inAnyLanguage("yes"), "1");

	private static final Set<String> NO = union(Words.inAnyLanguage("no"), "0");

	private CheckInAnswers() {
	}

	/** Typed side effects, several at once: the prefix of their keys, comma-joined (never a button's value). */
	static final String LISTED = "l/";

	/**
	 * Whether a button's value is one the question could have offered: a button's data comes back from the
	 * person's phone and can be forged (mood 99, sleep 1e308), so nothing is stored before it passes this. Typed
	 * answers are read by {@link CheckInTyping} and arrive here already checked.
	 */
	static boolean accepts(CheckInStep step, String value) {
		if (value.equals("skip") || value.equals("back") || value.equals(ASK_AGAIN)) {
			return true;
		}
		return switch (step) {
			case MOOD, ANXIETY -> isWholeNumber(value, 0, 10);
			case SLEEP_QUALITY -> isWholeNumber(value, 1, 5);
			case SLEEP_HOURS -> isHours(value);
			case SEVERITY -> isOneOf(value, Severity.values());
			case EXERCISE -> isOneOf(value, Exercise.values());
			case MEDICATION -> isWholeNumber(value, 0, 50);
			case MINDFULNESS, SOCIAL, NOTE_FLAG -> value.equals("yes") || value.equals("no");
			case SIDE_EFFECTS -> value.equals("none") || value.equals("done") || value.equals("other")
					|| value.equals("x") || value.startsWith("o/")
					|| (value.startsWith("t/") && SideEffects.COMMON.contains(value.substring(2)));
			case NOTE -> true;
		};
	}

	private static boolean isWholeNumber(String value, int min, int max) {
		if (!value.matches("\\d{1,3}")) {
			return false;
		}
		int number = Integer.parseInt(value);
		return number >= min && number <= max;
	}

	private static boolean isHours(String value) {
		try {
			double hours = Double.parseDouble(value);
			return Double.isFinite(hours) && hours >= 0 && hours <= 24;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static boolean isOneOf(String value, Enum<?>[] values) {
		for (Enum<?> option : values) {
			if (option.name().equalsIgnoreCase(value)) {
				return true;
			}
		}
		return false;
	}

	/** A whole number in a range, e.g. mood 0–10: {@code 7}, {@code mood 7}, {@code 7/10}. */
	static Answer<Integer> scale(String typed, int min, int max) {
		return scale(typed, min, max, Language.EN);
	}

	/** As {@link #scale(String, int, int)}, with number words in the person's language ({@code sieben}). */
	static Answer<Integer> scale(String typed, int min, int max, Language language) {
		String text = TypedNumber.normalise(typed, language);
		Matcher matcher = NUMBER.matcher(text);
		if (!matcher.find()) {
			return Answer.refused(Refusal.NOT_A_NUMBER);
		}
		String first = matcher.group();
		String rest = text.substring(matcher.end());
		if (rest.matches("\\s*/\\s*" + max + "\\s*")) {
			rest = "";
		}
		if (NUMBER.matcher(rest).find()) {
			return Answer.refused(Refusal.AMBIGUOUS);
		}
		if (first.contains(".") || first.contains(",")) {
			return Answer.refused(Refusal.NOT_WHOLE);
		}
		int value = Integer.parseInt(first);
		return (value < min || value > max) ? Answer.refused(Refusal.OUT_OF_RANGE) : Answer.of(value);
	}

	/**
	 * Hours slept: {@code 7}, {@code 7.5}, {@code 7,5}, {@code 7½}, {@code 7 and a half}, {@code 7h30}, {@code 7:30},
	 * {@code 7 hours}. Words around the number that could change it ({@code 5 and a bit}) make the answer
	 * {@linkplain Answer#hedged() hedged}: the person is asked before it is stored.
	 */
	static Answer<Double> sleepHours(String text) {
		return sleepHours(text, Language.EN);
	}

	static Answer<Double> sleepHours(String text, Language language) {
		String typed = TypedNumber.normalise(text, language);
		Matcher hm = HOURS_MINUTES.matcher(typed.replaceFirst("^(about|around|roughly|maybe|~)\\s*", ""));
		double hours;
		boolean hedged = false;
		if (hm.matches()) {
			int minutes = (hm.group(2) != null) ? Integer.parseInt(hm.group(2)) : 0;
			if (minutes > 59) {
				return Answer.refused(Refusal.NOT_A_NUMBER);
			}
			hours = Integer.parseInt(hm.group(1)) + minutes / 60.0;
		}
		else {
			Matcher number = NUMBER.matcher(typed);
			if (!number.find()) {
				return Answer.refused(Refusal.NOT_A_NUMBER);
			}
			if (NUMBER.matcher(typed.substring(number.end())).find()) {
				return Answer.refused(Refusal.AMBIGUOUS);
			}
			hours = Double.parseDouble(number.group().replace(',', '.'));
			hedged = TypedNumber.isHedged(typed, number.group());
		}
		if (hours < 0 || hours > MAX_SLEEP_HOURS) {
			return Answer.refused(Refusal.OUT_OF_RANGE);
		}
		double rounded = Math.round(hours * 4) / 4.0;
		return hedged ? Answer.hedged(rounded) : Answer.of(rounded);
	}

	/** Yes or no, in the languages Tandem knows. */
	static Optional<Boolean> yesNo(String text) {
		String typed = Words.fold(text).replaceAll("[!.]+$", "");
		if (YES.contains(typed)) {
			return Optional.of(true);
		}
		if (NO.contains(typed)) {
			return Optional.of(false);
		}
		return Optional.empty();
	}

	/** Exercise as typed: {@code none}, or minutes ({@code 45}, {@code 20 min}). */
	static Optional<Exercise> exercise(String text) {
		return exercise(text, Language.EN);
	}

	/** As {@link #exercise(String)}, with "none" and number words in the person's language. */
	static Optional<Exercise> exercise(String text, Language language) {
		String typed = Words.fold(text).replaceAll("[!.]+$", "");
		if (isNone(typed, language) || typed.equals("0")) {
			return Optional.of(Exercise.NONE);
		}
		Answer<Integer> minutes = scale(typed, 0, 600, language);
		return minutes.value().map(m -> (m == 0) ? Exercise.NONE : (m < 30) ? Exercise.UNDER_30 : Exercise.OVER_30);
	}

	/** "none", "ninguno", "keine", "ничего" … in the person's language or English. */
	static boolean isNone(String text, Language language) {
		return Words.of(language, "none").contains(Words.fold(text).replaceAll("[!.]+$", ""));
	}

	private static Set<String> union(Set<String> words, String more) {
		Set<String> all = new java.util.HashSet<>(words);
		all.add(more);
		return Set.copyOf(all);
	}

	static Optional<Severity> severity(String text) {
		return switch (text.strip().toLowerCase(Locale.ROOT)) {
			case "mild", "1", "light", "low" -> Optional.of(Severity.MILD);
			case "moderate", "2", "medium" -> Optional.of(Severity.MODERATE);
			case "severe", "3", "bad", "high" -> Optional.of(Severity.SEVERE);
			default -> Optional.empty();
		};
	}

	enum Refusal {

		NOT_A_NUMBER, NOT_WHOLE, OUT_OF_RANGE, AMBIGUOUS

	}

	/**
	 * A typed answer read.
	 * @param value the value, if the text gave one
	 * @param refusal why not, if it did not
	 * @param hedged whether words around the value could change it, so the person is asked first
	 */
	record Answer<T>(Optional<T> value, Refusal refusal, boolean hedged) {

		static <T> Answer<T> of(T value) {
			return new Answer<>(Optional.of(value), null, false);
		}

		static <T> Answer<T> hedged(T value) {
			return new Answer<>(Optional.of(value), null, true);
		}

		static <T> Answer<T> refused(Refusal refusal) {
			return new Answer<>(Optional.empty(), refusal, false);
		}

	}

}
