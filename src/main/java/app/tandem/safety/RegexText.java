package app.tandem.safety;

import java.util.ArrayList;
import java.util.List;

/** Reading a regex's text: where a group ends, and its top-level branches. */
final class RegexText {

	private RegexText() {
	}

	/** The index just after the group that opens at {@code at}, or -1 when it does not close. */
	static int endOfGroup(String regex, int at) {
		int close = scan(regex, at, (index, c, depth) -> c == ')' && depth == 0);
		return (close < 0) ? -1 : close + 1;
	}

	/** The regex's branches: its text split at each "|" outside groups and classes. */
	static List<String> topLevelBranches(String regex) {
		List<String> branches = new ArrayList<>();
		int[] start = { 0 };
		scan(regex, 0, (index, c, depth) -> {
			if (c == '|' && depth == 0) {
				branches.add(regex.substring(start[0], index));
				start[0] = index + 1;
			}
			return false;
		});
		branches.add(regex.substring(start[0]));
		return branches;
	}

	/**
	 * Walks the regex from {@code from}, skipping escaped characters and character classes, and shows each "(", ")"
	 * and "|" to {@code stop} with the group depth after it; returns the index where {@code stop} said yes, or -1.
	 */
	private static int scan(String regex, int from, Stop stop) {
		int depth = 0;
		boolean inClass = false;
		for (int i = from; i < regex.length(); i++) {
			char c = regex.charAt(i);
			if (c == '\\') {
				i++;
			}
			else if (inClass) {
				inClass = c != ']';
			}
			else if (c == '[') {
				inClass = true;
			}
			else if (c == '(' || c == ')' || c == '|') {
				depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
				if (stop.at(i, c, depth)) {
					return i;
				}
			}
		}
		return -1;
	}

	@FunctionalInterface
	private interface Stop {

		boolean at(int index, char c, int depth);

	}

}
