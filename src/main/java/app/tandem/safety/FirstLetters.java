package app.tandem.safety;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups regex alternatives by the letters their matches can begin with, so that at a word beginning with "k" only
 * the alternatives that can begin with "k" are tried. Alternatives whose first letter cannot be read off the regex
 * (they begin with {@code \S}, a class, an optional group) are under {@link #UNKNOWN} and tried at every word.
 */
final class FirstLetters {

	/** The key of the alternatives that may begin with any letter. */
	static final char UNKNOWN = '\u0000';

	private FirstLetters() {
	}

	/**
	 * For each letter, the parts of the alternatives that can match beginning with it, each starting with that
	 * letter ({@code (?:took|tired|end) me} gives {@code t} the branches {@code took me} and {@code tired me}).
	 */
	static Map<Character, List<String>> byLetter(List<String> alternatives) {
		Map<Character, List<String>> byLetter = new LinkedHashMap<>();
		for (String alternative : alternatives) {
			Set<Character> letters = of(alternative);
			if (letters == null || letters.isEmpty()) {
				byLetter.computeIfAbsent(UNKNOWN, k -> new ArrayList<>()).add(alternative);
				continue;
			}
			for (char letter : letters) {
				byLetter.computeIfAbsent(letter, k -> new ArrayList<>()).addAll(project(alternative, letter));
			}
		}
		return byLetter;
	}

	/**
	 * One regex for alternatives that all begin with a known letter: the letters are read once, level by level,
	 * down to {@code depth} letters, instead of once per alternative.
	 */
	static String trie(List<String> alternatives, int depth) {
		if (depth == 0 || alternatives.size() <= 2) {
			return "(?:" + String.join("|", alternatives) + ")";
		}
		List<String> branches = new ArrayList<>();
		byLetter(alternatives).forEach((letter, group) -> {
			if (letter == UNKNOWN) {
				branches.addAll(group);
			}
			else {
				branches.add(letter + trie(group.stream().map(branch -> branch.substring(1)).toList(), depth - 1));
			}
		});
		return "(?:" + String.join("|", branches) + ")";
	}

	/** The branches of a regex (whose first letters are known) that begin with the letter, each as a regex. */
	static List<String> project(String regex, char letter) {
		List<String> projections = new ArrayList<>();
		for (String branch : RegexText.topLevelBranches(regex)) {
			projections.addAll(projectSequence(branch, letter));
		}
		return projections;
	}

	private static List<String> projectSequence(String regex, char letter) {
		if (regex.isEmpty()) {
			return List.of();
		}
		char c = regex.charAt(0);
		if (Character.isLetterOrDigit(c) && !followedByQuantifier(regex, 1)) {
			return (c == letter) ? List.of(regex) : List.of();
		}
		int end = RegexText.endOfGroup(regex, 0);
		String rest = regex.substring(end);
		List<String> projections = new ArrayList<>();
		for (String inner : project(regex.substring(3, end - 1), letter)) {
			projections.add(inner + rest);
		}
		return projections;
	}

	/** The letters a match of this regex can begin with, or null when that cannot be told from its text. */
	static Set<Character> of(String regex) {
		Set<Character> letters = new TreeSet<>();
		for (String branch : RegexText.topLevelBranches(regex)) {
			Set<Character> first = ofSequence(branch);
			if (first == null) {
				return null;
			}
			letters.addAll(first);
		}
		return letters;
	}

	/** The letters a match of one branch (no top-level "|") can begin with, or null. */
	private static Set<Character> ofSequence(String regex) {
		if (regex.isEmpty()) {
			return null;
		}
		char c = regex.charAt(0);
		if (Character.isLetterOrDigit(c) && !followedByQuantifier(regex, 1)) {
			Set<Character> one = new TreeSet<>();
			one.add(c);
			return one;
		}
		if (regex.startsWith("(?:")) {
			int end = RegexText.endOfGroup(regex, 0);
			if (end < 0 || followedByQuantifier(regex, end)) {
				return null;
			}
			return of(regex.substring(3, end - 1));
		}
		return null;
	}

	private static boolean followedByQuantifier(String regex, int at) {
		return at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0;
	}

}
