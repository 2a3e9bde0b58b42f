package app.tandem.safety;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a message into the form the screen's rules are written against: lower case, accents dropped (also in
 * Cyrillic: й → и, ё → е; soft and hard signs dropped), apostrophes removed ({@code don't} → {@code dont}),
 * letters repeated for emphasis cut to one, a few telling emoji as marker words ({@code zpill}, {@code zlaugh}, the
 * black heart, wilted rose and broken heart of a goodbye as {@code zblackheart}, {@code zwilted}, {@code zbrokenheart}),
 * split into sentences, and each sentence as {@code " word word word "}. The goodbye markers are for the rules only: a
 * sentence is read without them as before, and its twin with them follows it ({@code " adios "}, then
 * {@code " adios zblackheart "}); they count as no word where a short piece is joined to the one before, and the model
 * does not read the twins ({@link #hasGoodbyeMarks}), so it reads every message as it did before they were marked.
 */
final class ScreenText {

	private static final Map<String, String> EMOJI = Map.ofEntries(Map.entry("💊", " zpill "),
			Map.entry("🔪", " zknife "), Map.entry("🗡", " zknife "), Map.entry("🩸", " zblood "),
			Map.entry("🪢", " zrope "), Map.entry("🌉", " zbridge "), Map.entry("🕊", " zdove "), Map.entry("⚰", " zcoffin "), Map.entry("🪦", " zcoffin "), Map.entry("🔫", " zgun "),
			Map.entry("😂", " zlaugh "), Map.entry("🤣", " zlaugh "), Map.entry("😆", " zlaugh "),
			Map.entry("😹", " zlaugh "), Map.entry("💀", " zlaugh "),
			Map.entry("✅", " zdone "), Map.entry("✔", " zdone "), Map.entry("👋", " zwave "),
			Map.entry("🖤", " zblackheart "), Map.entry("🥀", " zwilted "), Map.entry("💔", " zbrokenheart "));

	/** The goodbye emoji's marker words (black heart, wilted rose, broken heart), which only the rules read. */
	private static final Set<String> GOODBYE_MARKS = Set.of("zblackheart", "zwilted", "zbrokenheart");

	private static final Pattern GOODBYE_MARK = Pattern.compile("(?<= )(?:zblackheart|zwilted|zbrokenheart) ");

	private static final Pattern SENTENCE_END = Pattern.compile("[!?;…\\n\\r]+|(?<!\\d)\\.(?!\\d)|\\s[-–—]\\s");

	/** French and Italian elisions ("j'ai", "l'ho") become two words; English contractions ("don't") one. */
	private static final Pattern ELISION = Pattern
		.compile("(?<![\\p{L}])([jlmtsdnc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\\p{L})");

	/** Sentences longer than this many words are read in windows of {@link #WINDOW} words, half overlapping. */
	private static final int LONG_SENTENCE = 30;

	private static final int WINDOW = 20;

	/** A piece between full stops this short is read with the sentence before it. */
	private static final int FRAGMENT = 3;

	private static final Pattern PAUSE = Pattern.compile("(?:\\.{2,}|…)\\s*(?=\\p{Ll})");

	private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private static final Pattern REPEATED = Pattern.compile("(\\p{L})\\1{2,}");

	private static final Pattern MARKS = Pattern.compile("[\\p{M}ьъ]");

	private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");

	private static final Pattern LATIN = Pattern.compile("[a-z]");

	/** A word with both Latin and Cyrillic letters in it. */
	private static final Pattern MIXED_WORD = Pattern
		.compile("(?<!\\p{L})(?=\\p{L}*[a-z])(?=\\p{L}*\\p{IsCyrillic})\\p{L}+");

	/** Latin spellings of Russian as people type them, longest first. */
	private static final String[][] TO_CYRILLIC = { { "shch", "щ" }, { "sch", "щ" }, { "sh", "ш" }, { "ch", "ч" },
			{ "zh", "ж" }, { "kh", "х" }, { "ts", "ц" }, { "yu", "ю" }, { "ju", "ю" }, { "iu", "ю" }, { "ya", "я" },
			{ "ja", "я" }, { "ia", "я" }, { "yo", "е" }, { "jo", "е" }, { "ye", "е" }, { "je", "е" }, { "4", "ч" },
			{ "a", "а" }, { "b", "б" }, { "v", "в" }, { "w", "в" }, { "g", "г" }, { "d", "д" }, { "e", "е" },
			{ "z", "з" }, { "i", "и" }, { "j", "и" }, { "k", "к" }, { "l", "л" }, { "m", "м" }, { "n", "н" },
			{ "o", "о" }, { "p", "п" }, { "r", "р" }, { "s", "с" }, { "t", "т" }, { "u", "у" }, { "f", "ф" },
			{ "h", "х" }, { "x", "х" }, { "c", "ц" }, { "q", "к" }, { "y", "ы" } };

	private static final String[][] NO_PAIRS = {};

	/** {@link #TO_CYRILLIC} by first letter, in the same order (the longest spelling still tried first). */
	private static final String[][][] TO_CYRILLIC_BY_FIRST = new String[128][][];

	static {
		for (char first = 0; first < 128; first++) {
			char c = first;
			TO_CYRILLIC_BY_FIRST[first] = Arrays.stream(TO_CYRILLIC).filter(pair -> pair[0].charAt(0) == c)
				.toArray(String[][]::new);
		}
	}

	private ScreenText() {
	}

	/** The message's sentences, normalised; none for blank text. */
	static List<String> sentences(String text) {
		// "ya no quiero seguir... viendo esta serie": an ellipsis before a word in lower case is a pause, not an end
		String marked = PAUSE.matcher(text).replaceAll(" ");
		for (Map.Entry<String, String> emoji : EMOJI.entrySet()) {
			if (marked.contains(emoji.getKey())) {
				marked = marked.replace(emoji.getKey(), emoji.getValue());
			}
		}
		String folded = ELISION.matcher(cyrillicWords(fold(marked))).replaceAll("$1 ").replace("'", "").replace("’", "").replace("`", "").replace("ʼ", "");
		List<String> pieces = new ArrayList<>();
		for (String sentence : SENTENCE_END.split(folded)) {
			String words = REPEATED.matcher(NOT_WORD.matcher(sentence).replaceAll(" ")).replaceAll("$1").strip();
			if (words.isEmpty()) {
				continue;
			}
			// "wish i could just. stop. existing." — a fragment of a few words belongs with the words before it
			if (!pieces.isEmpty() && counted(words.split(" ")) <= FRAGMENT) {
				pieces.set(pieces.size() - 1, pieces.get(pieces.size() - 1) + " " + words);
			}
			else {
				pieces.add(words);
			}
		}
		List<String> sentences = new ArrayList<>();
		for (String piece : pieces) {
			String[] words = piece.split(" ");
			String[] unmarked = Arrays.stream(words).filter(word -> !GOODBYE_MARKS.contains(word)).toArray(String[]::new);
			if (unmarked.length > 0) {
				addInWindows(unmarked, sentences);
			}
			if (unmarked.length < words.length && unmarked.length <= LONG_SENTENCE) {
				// "adiós 🖤": the sentence again with its goodbye markers, for the rules that read them
				sentences.add(" " + piece + " ");
			}
		}
		return sentences;
	}

	/**
	 * A long run-on sentence (a voice-typed note) is read in overlapping windows, so a guard or a recovery told at
	 * one end does not cancel a risk said at the other.
	 */
	private static void addInWindows(String[] words, List<String> sentences) {
		if (words.length <= LONG_SENTENCE) {
			sentences.add(" " + String.join(" ", words) + " ");
			return;
		}
		for (int start = 0; start < words.length; start += WINDOW / 2) {
			int end = Math.min(words.length, start + WINDOW);
			sentences.add(" " + String.join(" ", Arrays.asList(words).subList(start, end)) + " ");
			if (end == words.length) {
				break;
			}
		}
	}

	/** How many of the words are words, a goodbye marker not counted. */
	static int counted(String[] words) {
		return (int) Arrays.stream(words).filter(word -> !GOODBYE_MARKS.contains(word)).count();
	}

	/** Whether a normalised sentence is the twin with goodbye markers, which only the rules read. */
	static boolean hasGoodbyeMarks(String sentence) {
		return GOODBYE_MARK.matcher(sentence).find();
	}

	/**
	 * Lower case, accents and combining marks dropped, ß as ss; applied alike to text and to rules. Russian typed in
	 * the scholarly Latin letters keeps the sounds its accents make ({@code hoču žit} as {@code hochu zhit}).
	 */
	static String fold(String text) {
		String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
		if (lower.indexOf('č') >= 0 || lower.indexOf('š') >= 0 || lower.indexOf('ž') >= 0) {
			lower = lower.replace("šč", "shch").replace("č", "ch").replace("š", "sh").replace("ž", "zh");
		}
		return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
	}

	/**
	 * Each word of a message that mixes Latin and Cyrillic letters ({@code xочу}, typed on two keyboards), in
	 * Cyrillic (not in rules, whose {@code \b} may stand next to a Cyrillic letter).
	 */
	static String cyrillicWords(String text) {
		if (!CYRILLIC.matcher(text).find()) {
			return text;
		}
		return MIXED_WORD.matcher(text).replaceAll(word -> toCyrillic(word.group()));
	}

	/** Whether a sentence is written in Latin letters only, so it may be Russian typed in Latin letters. */
	static boolean mayBeTransliterated(String sentence) {
		return !CYRILLIC.matcher(sentence).find() && LATIN.matcher(sentence).find();
	}

	/** Russian typed in Latin letters ("ya ne hochu zhit") in Cyrillic, as the Russian rules expect it. */
	static String toCyrillic(String sentence) {
		StringBuilder out = new StringBuilder(sentence.length());
		int i = 0;
		while (i < sentence.length()) {
			String replacement = null;
			int length = 1;
			char at = sentence.charAt(i);
			String[][] pairs = (at < 128) ? TO_CYRILLIC_BY_FIRST[at] : NO_PAIRS;
			for (String[] pair : pairs) {
				if (sentence.startsWith(pair[0], i)) {
					replacement = pair[1];
					length = pair[0].length();
					break;
				}
			}
			char c = sentence.charAt(i);
			if (c == '4' && !(i > 0 && Character.isLetter(sentence.charAt(i - 1)))) {
				replacement = null;
			}
			// "moi", "daite": a lone y after a vowel is й (folded to и); "moya", "vypivayu" keep their я and ю
			if (replacement != null && c == 'y' && length == 1 && i > 0
					&& "aeiou".indexOf(sentence.charAt(i - 1)) >= 0) {
				replacement = "и";
			}
			out.append((replacement != null) ? replacement : String.valueOf(c));
			i += length;
		}
		return out.toString();
	}

}
