package app.tandem.safety;

import java.util.ArrayList;
import java.util.List;

/** Reading a regex's text: where a group ends, and its top-level branches. */
final class RegexText {

	private RegexText() {
	}

	/** The index just after the group that opens at {@code at}, or -1 when it does not close. */
	static int endOfGroup(String regex, int at) {
		int depth = 0;
		boolean inClass = false;
		for (int i = at; i < regex.length(); i++) {
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
			else if (c == '(') {
				depth++;
			}
			else if (c == ')' && --depth == 0) {
				return i + 1;
			}
		}
		return -1;
	}

	/** The regex's branches: its text split at each "|" outside groups and classes. */
	static List<String> topLevelBranches(String regex) {
		List<String> branches = new ArrayList<>();
		int depth = 0;
		int start = 0;
		boolean inClass = false;
		for (int i = 0; i < regex.length(); i++) {
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
			else if (c == '(') {
				depth++;
			}
			else if (c == ')') {
				depth--;
			}
			else if (c == '|' && depth == 0) {
				branches.add(regex.substring(start, i));
				start = i + 1;
			}
		}
		branches.add(regex.substring(start));
		return branches;
	}

}
