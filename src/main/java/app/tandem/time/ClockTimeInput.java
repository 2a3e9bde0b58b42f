package app.tandem.time;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.tandem.i18n.Language;
import app.tandem.i18n.Words;

/**
 * A local time of day as typed: {@code 20:00}, {@code 8pm}, {@code 8:30 pm}, {@code 2000}, {@code 20.30},
 * {@code 20h}, {@code 8}; and, in the person's language, with the words around it ({@code 20 Uhr},
 * {@code a las 9 de la noche}, {@code 21 h}, {@code 9 вечера}, {@code alle 21}, {@code nueve de la noche}) from
 * {@link Words}.
 */
public final class ClockTimeInput {

	private static final Pattern TIME = Pattern
		.compile("(\\d{1,2})(?:\\s*[:.h]\\s*(\\d{2}))?\\s*(am|a\\.m\\.|pm|p\\.m\\.|h)?");

	private static final Pattern COMPACT = Pattern.compile("(\\d{2})(\\d{2})");

	private ClockTimeInput() {
	}

	/** A time typed in the person's language (or in English, or as digits alone). */
	public static Optional<LocalTime> parse(String input, Language language) {
		Optional<LocalTime> plain = parse(input);
		if (plain.isPresent() || input == null) {
			return plain;
		}
		String text = Words.fold(input).replaceAll("[!?]+$", "");
		text = stripLeading(text, Words.of(language, "time.before"));
		DayPart part = null;
		for (DayPart candidate : DayPart.values()) {
			String without = stripTrailing(text, Words.of(language, candidate.list));
			if (!without.equals(text)) {
				text = without;
				part = candidate;
				break;
			}
		}
		text = digits(text, Words.numbers(language));
		text = hourWords(text, Words.of(language, "time.hour"));
		Optional<LocalTime> time = parse(text);
		DayPart dayPart = part;
		return (dayPart == null) ? time : time.flatMap(dayPart::apply);
	}

	public static Optional<LocalTime> parse(String input) {
		if (input == null) {
			return Optional.empty();
		}
		String text = input.strip().toLowerCase(Locale.ROOT);
		Matcher compact = COMPACT.matcher(text);
		if (compact.matches()) {
			return of(Integer.parseInt(compact.group(1)), Integer.parseInt(compact.group(2)));
		}
		Matcher matcher = TIME.matcher(text);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int hour = Integer.parseInt(matcher.group(1));
		int minute = (matcher.group(2) != null) ? Integer.parseInt(matcher.group(2)) : 0;
		String suffix = matcher.group(3);
		if (suffix != null && !"h".equals(suffix)) {
			if (hour < 1 || hour > 12) {
				return Optional.empty();
			}
			hour = (hour % 12) + (suffix.startsWith("p") ? 12 : 0);
		}
		return of(hour, minute);
	}

	/** "um 20", "a las 9": the words before the hour go. */
	private static String stripLeading(String text, Set<String> words) {
		for (String word : longestFirst(words)) {
			if (text.startsWith(word + " ")) {
				return text.substring(word.length() + 1).strip();
			}
		}
		return text;
	}

	private static String stripTrailing(String text, Set<String> words) {
		for (String word : longestFirst(words)) {
			if (text.endsWith(" " + word) || (text.endsWith(word) && text.length() > word.length()
					&& Character.isDigit(text.charAt(text.length() - word.length() - 1)))) {
				return text.substring(0, text.length() - word.length()).strip();
			}
		}
		return text;
	}

	/** "nueve" gives "9". */
	private static String digits(String text, Map<String, Integer> numbers) {
		return Arrays.stream(text.split(" "))
			.map(word -> numbers.containsKey(word) ? String.valueOf(numbers.get(word)) : word)
			.collect(Collectors.joining(" "));
	}

	/** "20 uhr" gives "20", "20 uhr 30" gives "20:30". */
	private static String hourWords(String text, Set<String> words) {
		for (String word : longestFirst(words)) {
			Matcher matcher = Pattern.compile("(\\d{1,2})\\s*" + Pattern.quote(word) + "(?:\\s*(\\d{2}))?")
				.matcher(text);
			if (matcher.matches()) {
				return matcher.group(1) + ((matcher.group(2) != null) ? ":" + matcher.group(2) : "");
			}
		}
		return text;
	}

	private static List<String> longestFirst(Set<String> words) {
		return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

	/** The part of the day said after the hour: "9 de la noche" is 21:00, "2 ночи" is 02:00. */
	private enum DayPart {

		AM("time.am"), PM("time.pm"), NIGHT("time.night");

		private final String list;

		DayPart(String list) {
			this.list = list;
		}

		Optional<LocalTime> apply(LocalTime time) {
			int hour = time.getHour();
			if (hour > 12) {
				return (this == AM) ? Optional.empty() : Optional.of(time);
			}
			boolean evening = (this == PM) || (this == NIGHT && hour >= 6);
			int shifted = (hour == 12) ? ((this == AM || this == NIGHT) ? 0 : 12) : hour + (evening ? 12 : 0);
			return Optional.of(time.withHour(shifted));
		}

	}

	private static Optional<LocalTime> of(int hour, int minute) {
		if (hour > 23 || minute > 59) {
			return Optional.empty();
		}
		return Optional.of(LocalTime.of(hour, minute));
	}

}
