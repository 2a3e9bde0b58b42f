package app.tandem.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites word alternations in a rule ({@code (?:kill|killing|kil|end|ending)}) as a trie
 * ({@code (?:end(?:ing)?|kil(?:l(?:ing)?)?)}), so the regex engine tries one branch per letter instead of every
 * word at every position. Only groups whose alternatives are plain words (letters, digits, spaces, optionally
 * ending in {@code \S*}) are rewritten; the set of texts a group matches stays the same, which is all the screen
 * needs, since it only asks whether a rule matches.
 */
final class RegexTrie {

	private static final Pattern INNER_GROUP = Pattern.compile("\\(\\?:([^()]*)\\)");

	private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} ]+(\\\\S\\*)?");

	/** Stands for a trailing {@code \S*} in the trie. */
	private static final char ANY_TAIL = '\u0001';

	private RegexTrie() {
	}

	static String optimize(String pattern) {
		Matcher matcher = INNER_GROUP.matcher(pattern);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			boolean escaped = matcher.start() > 0 && pattern.charAt(matcher.start() - 1) == '\\';
			String body = matcher.group(1);
			String replacement = escaped ? matcher.group() : rewrite(body).orElse(matcher.group());
			matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static Optional<String> rewrite(String body) {
		String[] alternatives = body.split("\\|", -1);
		if (alternatives.length < 3) {
			return Optional.empty();
		}
		Node root = new Node();
		for (String alternative : alternatives) {
			if (!PLAIN.matcher(alternative).matches()) {
				return Optional.empty();
			}
			String word = alternative.endsWith("\\S*")
					? alternative.substring(0, alternative.length() - 3) + ANY_TAIL : alternative;
			root.add(word);
		}
		return Optional.of("(?:" + root.regex() + ")");
	}

	private static final class Node {

		final Map<Character, Node> children = new TreeMap<>();

		boolean end;

		void add(String word) {
			Node node = this;
			for (char c : word.toCharArray()) {
				node = node.children.computeIfAbsent(c, k -> new Node());
			}
			node.end = true;
		}

		String regex() {
			if (children.containsKey(ANY_TAIL)) {
				// "word\S*" already matches "word" and every longer word: nothing below it adds anything
				return "\\S*";
			}
			List<String> branches = new ArrayList<>();
			children.forEach((c, child) -> branches.add(c + child.regex()));
			if (branches.isEmpty()) {
				return "";
			}
			String joined = (branches.size() == 1) ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
			if (!end) {
				return joined;
			}
			return (branches.size() == 1 && joined.length() == 1) ? joined + "?" : "(?:" + joined + ")?";
		}
	}

}
