package app.tandem.safety;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The texts a regex cannot match without: a set of literals such that every match of the regex contains at least one
 * of them ({@code (?:kill|end) @G1 (?:myself|my self)} cannot match without "myself" or "my self"). A sentence that
 * contains none of them need not be tried with the regex. Read off the regex's text: a literal letter is itself, an
 * alternation needs one of its branches' literals, a sequence the best of its parts' (or, where every part is one of a
 * few texts, one of their joined texts), an optional or repeated-from-zero part, a class, {@code \S} or a lookaround
 * needs nothing. Anything it does not know ({@code \Q}, a back reference, inline flags) makes it give up, and a regex
 * it gives up on, or that needs nothing, is tried on every sentence: it can only say "try it" too often, never too
 * rarely.
 */
final class RequiredLiterals {

	/** Literals shorter than this are in almost every sentence: a regex needing only such is tried on every one. */
	private static final int MIN_LENGTH = 2;

	/** The characters that, outside a class, are not a letter of a literal text. */
	private static final String SPECIAL = "\\()[]{}|.^$?*+";

	private final String regex;

	private int at;

	private RequiredLiterals(String regex) {
		this.regex = regex;
	}

	/**
	 * Literals of which every match of the pattern contains at least one, or {@code null} when it cannot tell (the
	 * pattern must then be tried on every text).
	 */
	static Set<String> of(Pattern pattern) {
		if (pattern.flags() != 0) {
			return null;
		}
		try {
			RequiredLiterals reader = new RequiredLiterals(pattern.pattern());
			RegexPart part = reader.alternation();
			if (reader.at != reader.regex.length()) {
				return null;
			}
			Set<String> needed = part.needed();
			return (needed == null || RegexPart.shortest(needed) < MIN_LENGTH) ? null : needed;
		}
		catch (Unknown ex) {
			return null;
		}
	}

	private RegexPart alternation() {
		RegexPart result = sequence();
		while (at < regex.length() && regex.charAt(at) == '|') {
			at++;
			result = result.or(sequence());
		}
		return result;
	}

	/**
	 * A sequence needs what its parts need, and what any run of its parts that are each one of a few texts needs:
	 * one of their joined texts ({@code \S* pills} needs " pills").
	 */
	private RegexPart sequence() {
		RegexPart whole = RegexPart.EMPTY;
		RegexPart run = RegexPart.EMPTY;
		Set<String> needs = null;
		while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
			RegexPart part = quantified(atom());
			whole = whole.then(part);
			run = (run.texts() != null && part.texts() != null) ? run.then(part) : part;
			needs = RegexPart.better(needs, run.needed());
		}
		return new RegexPart(whole.texts(), RegexPart.better(whole.needed(), needs));
	}

	private RegexPart atom() {
		char c = regex.charAt(at);
		switch (c) {
			case '(' -> {
				return group();
			}
			case '[' -> {
				skipClass();
				return RegexPart.ANY;
			}
			case '\\' -> {
				return escape();
			}
			case '.' -> {
				at++;
				return RegexPart.ANY;
			}
			case '^', '$' -> {
				at++;
				return RegexPart.EMPTY;
			}
			case '*', '+', '?', '{' -> throw new Unknown();
			default -> {
				return RegexPart.literal(letters());
			}
		}
	}

	/** Plain letters in a row, read as one text; a letter a quantifier follows is left for the next atom. */
	private String letters() {
		int start = at++;
		while (at < regex.length() && SPECIAL.indexOf(regex.charAt(at)) < 0
				&& !(at + 1 < regex.length() && "?*+{".indexOf(regex.charAt(at + 1)) >= 0)) {
			at++;
		}
		return regex.substring(start, at);
	}

	private RegexPart group() {
		if (regex.startsWith("(?:", at)) {
			at += 3;
		}
		else if (regex.startsWith("(?=", at) || regex.startsWith("(?!", at)) {
			at += 3;
			return skipLookaround();
		}
		else if (regex.startsWith("(?<=", at) || regex.startsWith("(?<!", at)) {
			at += 4;
			return skipLookaround();
		}
		else if (regex.startsWith("(?", at)) {
			throw new Unknown(); // flags, named or atomic groups
		}
		else {
			at++;
		}
		RegexPart inner = alternation();
		if (at >= regex.length() || regex.charAt(at) != ')') {
			throw new Unknown();
		}
		at++;
		return inner;
	}

	/**
	 * A lookaround consumes nothing, so it needs no text of the match: its content is passed over to the closing
	 * parenthesis without being read for texts (the rules' guards against a present risk are long lookarounds, and
	 * reading them made building the screen several times slower).
	 */
	private RegexPart skipLookaround() {
		int depth = 1;
		while (at < regex.length()) {
			char c = regex.charAt(at);
			if (c == '\\') {
				if (at + 1 < regex.length() && regex.charAt(at + 1) == 'Q') {
					throw new Unknown(); // a quoted run may hold parentheses
				}
				at += 2;
				continue;
			}
			if (c == '[') {
				skipClass();
				continue;
			}
			if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				at++;
				return RegexPart.EMPTY;
			}
			at++;
		}
		throw new Unknown();
	}

	private void skipClass() {
		int depth = 0;
		while (at < regex.length()) {
			char c = regex.charAt(at);
			if (c == '\\') {
				at += 2;
				continue;
			}
			at++;
			if (c == '[') {
				depth++;
				int first = (at < regex.length() && regex.charAt(at) == '^') ? at + 1 : at;
				if (first < regex.length() && regex.charAt(first) == ']') {
					throw new Unknown(); // "[]a]": a "]" first in a class is one of its letters
				}
			}
			else if (c == ']' && --depth == 0) {
				return;
			}
		}
		throw new Unknown();
	}

	private RegexPart escape() {
		if (at + 1 >= regex.length()) {
			throw new Unknown();
		}
		char c = regex.charAt(at + 1);
		at += 2;
		if ("sSdDwWhHvVR".indexOf(c) >= 0) {
			return RegexPart.ANY;
		}
		if (c == 'p' || c == 'P') {
			if (at < regex.length() && regex.charAt(at) == '{') {
				int close = regex.indexOf('}', at);
				if (close < 0) {
					throw new Unknown();
				}
				at = close + 1;
			}
			else {
				at++;
			}
			return RegexPart.ANY;
		}
		if ("bBAzZG".indexOf(c) >= 0) {
			return RegexPart.EMPTY;
		}
		if (Character.isLetterOrDigit(c)) {
			throw new Unknown(); // \Q, \k, back references, \t, \x…: not read
		}
		return RegexPart.literal(String.valueOf(c));
	}

	private RegexPart quantified(RegexPart atom) {
		if (at >= regex.length()) {
			return atom;
		}
		char c = regex.charAt(at);
		int min;
		int max;
		if (c == '?' || c == '*' || c == '+') {
			at++;
			min = (c == '+') ? 1 : 0;
			max = (c == '?') ? 1 : Integer.MAX_VALUE;
		}
		else if (c == '{') {
			int close = regex.indexOf('}', at);
			if (close < 0) {
				throw new Unknown();
			}
			String[] bounds = regex.substring(at + 1, close).split(",", -1);
			try {
				min = Integer.parseInt(bounds[0].strip());
				max = (bounds.length == 1) ? min
						: bounds[1].isBlank() ? Integer.MAX_VALUE : Integer.parseInt(bounds[1].strip());
			}
			catch (NumberFormatException ex) {
				throw new Unknown();
			}
			at = close + 1;
		}
		else {
			return atom;
		}
		if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
			at++; // lazy or possessive: the same texts
		}
		if (min == 1 && max == 1) {
			return atom;
		}
		if (min == 0) {
			return (max == 1) ? atom.optional() : RegexPart.ANY;
		}
		return new RegexPart(null, atom.needed());
	}

	/** A construct the reader does not know: it gives up on the regex. */
	private static final class Unknown extends RuntimeException {

		Unknown() {
			super(null, null, false, false);
		}

	}

}
