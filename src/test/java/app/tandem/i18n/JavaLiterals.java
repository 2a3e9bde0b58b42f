package app.tandem.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file, each with its line and the code of the statement it appears in
 * (literals blanked, comments dropped), for {@link NoUserFacingLiteralTests}.
 */
final class JavaLiterals {

	record Literal(String value, int line, String statement) {
	}

	private JavaLiterals() {
	}

	static List<Literal> read(String source) {
		List<Literal> literals = new ArrayList<>();
		List<String> values = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		StringBuilder statement = new StringBuilder();
		int line = 1;
		int parens = 0;
		int i = 0;
		while (i < source.length()) {
			char c = source.charAt(i);
			if (source.startsWith("//", i)) {
				i = source.indexOf('\n', i);
				i = (i < 0) ? source.length() : i;
				continue;
			}
			if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				end = (end < 0) ? source.length() : end + 2;
				line += count(source.substring(i, end));
				i = end;
				continue;
			}
			if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				end = (end < 0) ? source.length() : end + 3;
				values.add(source.substring(i + 3, Math.max(i + 3, end - 3)).strip());
				lines.add(line);
				line += count(source.substring(i, end));
				statement.append("\"\"");
				i = end;
				continue;
			}
			if (c == '"' || c == '\'') {
				int end = i + 1;
				StringBuilder value = new StringBuilder();
				while (end < source.length() && source.charAt(end) != c) {
					if (source.charAt(end) == '\\' && end + 1 < source.length()) {
						value.append(source, end, end + 2);
						end += 2;
					}
					else {
						value.append(source.charAt(end++));
					}
				}
				if (c == '"') {
					values.add(value.toString());
					lines.add(line);
				}
				statement.append(c).append(c);
				i = end + 1;
				continue;
			}
			if (c == '\n') {
				line++;
			}
			parens += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			boolean block = (c == '{' || c == '}') && parens <= 0 && !initializer(statement, c);
			if (c == ';' || block) {
				flush(values, lines, statement, literals);
			}
			else {
				statement.append(c);
			}
			i++;
		}
		flush(values, lines, statement, literals);
		return literals;
	}

	/** An array initializer ({@code = { "a", "b" }}) belongs to its statement. */
	private static boolean initializer(StringBuilder statement, char brace) {
		String code = statement.toString().strip();
		return (brace == '{') ? (code.endsWith("=") || code.endsWith("]")) : code.contains("{");
	}

	private static void flush(List<String> values, List<Integer> lines, StringBuilder statement,
			List<Literal> literals) {
		for (int k = 0; k < values.size(); k++) {
			literals.add(new Literal(values.get(k), lines.get(k), statement.toString().strip()));
		}
		values.clear();
		lines.clear();
		statement.setLength(0);
	}

	private static int count(String text) {
		return (int) text.chars().filter(ch -> ch == '\n').count();
	}

}
