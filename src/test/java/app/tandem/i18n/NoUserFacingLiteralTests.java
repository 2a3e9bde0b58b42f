package app.tandem.i18n;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No sentence, label or unit a person reads is written in Java: every one lives in the message bundles, so that a
 * language is a file. The scan reads every string literal in src/main/java and flags the ones that look like words
 * for a person — two or more words, a capitalised label ("Mood"), or a fragment glued to other text (" min",
 * "Page ") — unless where they appear shows they are for the log, an exception, the store, a regex, a comparison
 * with typed input, or a callback.
 */
class NoUserFacingLiteralTests {

	private static final Path SOURCES = Path.of("src/main/java");

	/** Statements whose literals are never shown to a person. */
	private static final Pattern NOT_FOR_A_PERSON = Pattern.compile(String.join("|",
			"\\b(log|LOG|logger|LOGGER)\\.\\w+\\(", // log lines
			"\\bthrow\\b", "new [\\w.]*(Exception|Error|Problem|PrivateText|Rejected|Transient)\\(", // failures
			"System\\.(out|err)", "withDetail\\(", // operator output
			"\\bwhere\\(", "new Update\\(\\)", "\\bCriteria\\b", "Query\\.query", // store fields
			"Pattern\\.compile", "\\.(matches|replaceAll|replaceFirst|split)\\(", // regexes
			"\\.(equals|equalsIgnoreCase|startsWith|endsWith|contains)\\(", "\\bcase\\b", // typed input
			"\\b(Set|Map|List)\\.of\\(", "Map\\.entry\\(", "ButtonData\\.", // vocabularies, callback data
			"^\\s*@\\w+", "String toString\\(\\)"));

	/**
	 * Classes that hold the words a person TYPES (matched against input, never shown), screened before the
	 * message bundles exist for them.
	 */
	private static final Set<String> INPUT_VOCABULARIES = Set.of("safety/HelpWords.java", "safety/CrisisResponder.java",
			"time/TimeZoneInput.java", "onboarding/CountryInput.java");

	/** A class that writes for a person: its literals can reach a reply, a button, a PDF page or a chart. */
	private static final Pattern SPEAKS_TO_A_PERSON = Pattern.compile(
			"\\b(Messages|Replies|Button|Html\\.|PDPageContentStream|Graphics2D|BotCommand|Outbound)\\b");

	private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

	private static final Pattern LABEL = Pattern.compile("\\p{Lu}\\p{Ll}{2,}:?");

	@Test
	void shouldKeepEveryUserFacingTextInTheMessageBundles() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
				String name = SOURCES.resolve("app/tandem").relativize(file).toString().replace('\\', '/');
				String source = Files.readString(file, StandardCharsets.UTF_8);
				if (!INPUT_VOCABULARIES.contains(name) && SPEAKS_TO_A_PERSON.matcher(source).find()) {
					for (JavaLiterals.Literal literal : JavaLiterals.read(source)) {
						if (looksUserFacing(literal.value()) && !NOT_FOR_A_PERSON.matcher(literal.statement()).find()) {
							found.add(name + ":" + literal.line() + " \"" + literal.value() + "\"");
						}
					}
				}
			}
		}
		assertThat(found).as("user-facing literals in Java code (move them to messages.properties)").isEmpty();
	}

	@Test
	void shouldFlagWordsForAPersonButNotKeysPatternsOrSeparators() {
		assertThat(looksUserFacing("Date       Mood Anx Sleep")).isTrue();
		assertThat(looksUserFacing("Mood")).isTrue();
		assertThat(looksUserFacing(" min")).isTrue();
		assertThat(looksUserFacing("Page ")).isTrue();
		assertThat(looksUserFacing("Sun 18:00")).isTrue();
		assertThat(looksUserFacing("report.col.date")).isFalse();
		assertThat(looksUserFacing("EEE d MMM yyyy")).isFalse();
		assertThat(looksUserFacing(" · ")).isFalse();
		assertThat(looksUserFacing("–")).isFalse();
		assertThat(looksUserFacing("png")).isFalse();
	}

	@Test
	void shouldTellWhereALiteralIsOnlyForTheLogOrTheStore() {
		String code = """
				class A {
					void a() {
						log.warn("Could not set the command menu for {}", language);
						replies.say(in, "Saved for " + day);
						mongo.updateFirst(Query.query(where("chat id").is(id)), update, A.class);
					}
				}
				""";
		List<JavaLiterals.Literal> literals = JavaLiterals.read(code);
		assertThat(literals).extracting(JavaLiterals.Literal::value)
			.containsExactly("Could not set the command menu for {}", "Saved for ", "chat id");
		assertThat(literals).extracting(literal -> NOT_FOR_A_PERSON.matcher(literal.statement()).find())
			.containsExactly(true, false, true);
		assertThat(literals).extracting(JavaLiterals.Literal::line).containsExactly(3, 4, 5);
	}

	static boolean looksUserFacing(String literal) {
		List<String> words = new ArrayList<>();
		Matcher matcher = WORD.matcher(literal);
		while (matcher.find()) {
			if (!matcher.group().chars().allMatch(c -> c == matcher.group().charAt(0))) { // EEE, MMM: date patterns
				words.add(matcher.group());
			}
		}
		boolean glued = literal.matches("(?s)(\\s+\\p{L}.*|.*\\p{L}\\s+)") && literal.strip().matches("[\\p{L} ]+");
		boolean phrase = words.size() >= 2 && literal.strip().contains(" ");
		boolean labelled = literal.matches("(?s)\\p{Lu}\\p{Ll}+\\s.*"); // "Sun 18:00", "Page "
		return phrase || glued || labelled || LABEL.matcher(literal.strip()).matches();
	}

}
