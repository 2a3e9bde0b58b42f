package app.tandem.safety;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a misspelt risk word as the word it is closest to: one edit (insertion, deletion, substitution or two
 * letters swapped) for words of five letters or more, two for words of nine or more, and only a swap for
 * four-letter words. The first letter must match, which keeps ordinary words from turning into risk words, and a
 * word that only adds an ending to a lexicon word ("bottles") is left as it is, and so is a real word of the language
 * listed as one ("streben", to strive, is not "sterben", to die).
 */
final class FuzzyWords {

	private final Set<String> lexicon;

	private final Set<String> real;

	/**
	 * The lexicon in alphabetical order: a token as close to two words is read as the first of them, the same in
	 * every run (an immutable set's order changes from one start of the JVM to the next).
	 */
	private final List<String> words;

	FuzzyWords(Set<String> words) {
		this(words, Set.of());
	}

	/**
	 * @param words the risk words
	 * @param real words of the language that are one edit from a risk word and never a misspelling of it
	 */
	FuzzyWords(Set<String> words, Set<String> real) {
		this.lexicon = Set.copyOf(words);
		this.real = Set.copyOf(real);
		this.words = List.copyOf(new TreeSet<>(words));
	}

	/** The lexicon word this token is a misspelling of, or the token itself. */
	String correct(String token) {
		if (token.length() < 4 || lexicon.contains(token) || real.contains(token)) {
			return token;
		}
		int allowed = (token.length() >= 9) ? 2 : 1;
		String best = token;
		int bestDistance = Integer.MAX_VALUE;
		for (String word : words) {
			if (token.startsWith(word)) {
				return token; // an inflected form ("bottles", "pills"), which the rules spell out themselves
			}
			if (word.charAt(0) != token.charAt(0) || Math.abs(word.length() - token.length()) > allowed) {
				continue;
			}
			if (token.length() == 4 || word.length() == 4) {
				if (word.length() == token.length() && isOneSwap(word, token)) {
					return word;
				}
				continue;
			}
			int distance = distance(word, token, allowed);
			if (distance <= allowed && distance < bestDistance) {
				best = word;
				bestDistance = distance;
			}
		}
		return best;
	}

	private static boolean isOneSwap(String a, String b) {
		int first = -1;
		for (int i = 0; i < a.length(); i++) {
			if (a.charAt(i) != b.charAt(i)) {
				if (first >= 0) {
					return i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)
							&& a.substring(i + 1).equals(b.substring(i + 1));
				}
				first = i;
			}
		}
		return false;
	}

	/** Optimal-string-alignment distance, giving up early once every path is over {@code limit}. */
	static int distance(String a, String b, int limit) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			int rowMin = Integer.MAX_VALUE;
			for (int j = 1; j <= b.length(); j++) {
				int cost = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					value = Math.min(value, d[i - 2][j - 2] + 1);
				}
				d[i][j] = value;
				rowMin = Math.min(rowMin, value);
			}
			if (rowMin > limit) {
				return limit + 1;
			}
		}
		return d[a.length()][b.length()];
	}

}
