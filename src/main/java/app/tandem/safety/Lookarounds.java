package app.tandem.safety;

/**
 * Removes lookahead and lookbehind groups from a regex. What is left matches everything the original matched (and
 * possibly more), which makes it a safe, fast first filter.
 */
final class Lookarounds {

	private Lookarounds() {
	}

	static String remove(String regex) {
		StringBuilder out = new StringBuilder(regex.length());
		int i = 0;
		while (i < regex.length()) {
			char c = regex.charAt(i);
			if (c == '\\' && i + 1 < regex.length()) {
				out.append(c).append(regex.charAt(i + 1));
				i += 2;
			}
			else if (c == '(' && isLookaround(regex, i)) {
				i = RegexText.endOfGroup(regex, i);
				if (i < 0) {
					throw new IllegalArgumentException("unbalanced group in " + regex);
				}
			}
			else {
				out.append(c);
				i++;
			}
		}
		return out.toString();
	}

	private static boolean isLookaround(String regex, int at) {
		return regex.startsWith("(?=", at) || regex.startsWith("(?!", at) || regex.startsWith("(?<=", at)
				|| regex.startsWith("(?<!", at);
	}

}
