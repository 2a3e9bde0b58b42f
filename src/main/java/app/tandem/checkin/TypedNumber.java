package app.tandem.checkin;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.tandem.i18n.Language;
import app.tandem.i18n.Words;

/**
 * A number as people type it: {@code 5½}, {@code 5,5}, {@code five and a half}, {@code about 8 and a quarter}, and
 * number words 0–10 in the person's language ({@code cinco}, {@code sieben}).
 * {@link #normalise} turns the words and fractions into digits, so {@code 5 and a half} is read as 5.5 and never as
 * 5; {@link #isHedged} tells whether words are left over that could change the meaning ({@code 5 and a bit},
 * {@code 6 or so}), so the person is asked before the number is stored.
 */
final class TypedNumber {

	private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("zero", "0"), Map.entry("one", "1"),
			Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
			Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
			Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"));

	private static final Pattern NUMBER_WORD = Pattern.compile(
			"\\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b");

	/** A word, in any script. */
	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	private static final Pattern HALF = Pattern.compile("(\\d+)\\s*(?:and\\s+)?(?:a\\s+)?half\\b");

	private static final Pattern QUARTER = Pattern.compile("(\\d+)\\s*and\\s+a\\s+quarter\\b");

	private static final Pattern THREE_QUARTERS = Pattern.compile("(\\d+)\\s*and\\s+three\\s+quarters\\b");

	/** Words that say "roughly" or name the unit: they do not change the number. */
	private static final Pattern FILLER = Pattern.compile(
			"\\b(about|around|roughly|approx|approximately|maybe|probably|nearly|almost|like|just|only|ish|i|slept|"
					+ "sleep|of|h|hr|hrs|hour|hours|mood|anxiety)\\b|[~≈.,!?;:()\\s-]");

	private TypedNumber() {
	}

	/** Lower case, fractions and number words as digits: {@code Five and a half} gives {@code 5.5}. */
	static String normalise(String text) {
		return normalise(text, Language.EN);
	}

	/**
	 * As {@link #normalise(String)}, with the number words 0–10 of the person's language too ({@code cinco},
	 * {@code fünf}, {@code семь}); accents are dropped.
	 */
	static String normalise(String text, Language language) {
		String typed = Words.fold(text);
		Map<String, Integer> own = Words.numbers(language);
		Set<String> halves = Words.of(language, "half");
		typed = WORD.matcher(typed).replaceAll(match -> Matcher.quoteReplacement(numberWord(match.group(), own, halves)));
		for (String half : halves) {
			typed = typed.replaceAll("(\\d+)\\s*" + Pattern.quote(half) + "(?![\\p{L}])", "$1.5");
		}
		typed = typed.replaceAll("(\\d)\\s*½", "$1.5").replaceAll("(\\d)\\s*¼", "$1.25").replaceAll("(\\d)\\s*¾", "$1.75");
		typed = typed.replace("½", "0.5").replace("¼", "0.25").replace("¾", "0.75");
		Matcher word = NUMBER_WORD.matcher(typed);
		typed = word.replaceAll(match -> WORDS.get(match.group(1)));
		typed = HALF.matcher(typed).replaceAll("$1.5");
		typed = QUARTER.matcher(typed).replaceAll("$1.25");
		return THREE_QUARTERS.matcher(typed).replaceAll("$1.75");
	}

	/** A number word as digits ("sieben" gives 7), also glued to "and a half" ("siebeneinhalb" gives 7.5). */
	private static String numberWord(String word, Map<String, Integer> numbers, Set<String> halves) {
		if (numbers.containsKey(word)) {
			return String.valueOf(numbers.get(word));
		}
		for (String half : halves) {
			String number = word.endsWith(half) ? word.substring(0, word.length() - half.length()) : "";
			if (numbers.containsKey(number)) {
				return numbers.get(number) + ".5";
			}
		}
		return word;
	}

	/**
	 * Whether words are left around the number, once it and the words that do not change it are taken away.
	 * @param normalised text from {@link #normalise}
	 * @param number the number as it appears in the text
	 */
	static boolean isHedged(String normalised, String number) {
		String rest = normalised.replaceFirst(Pattern.quote(number), " ");
		return FILLER.matcher(rest).replaceAll("").chars().anyMatch(Character::isLetter);
	}

}
