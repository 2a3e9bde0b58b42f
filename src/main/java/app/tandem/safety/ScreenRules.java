package app.tandem.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One language's screening rules, read from {@code safety/screen/<language>.rules}. A rule is a pattern over a
 * normalised sentence ({@link ScreenText}) made of concepts rather than fixed phrases: macros name word classes
 * ({@code @SELF}, {@code @PILLS}) and {@code @G3 } lets up to three other words stand between two parts, so one rule
 * covers "I want to kill myself", "i really wanna kil myself tonight" and "thinking about killing myself".
 * <pre>
 * &#64;NAME = regex                  a macro, usable in later macros and rules
 * TIER SIGNAL [soft|light|strong]: pattern   a rule; a guard in the same sentence cancels a soft rule, a joke
 *                                 cancels a soft or light one ("i want to die 💀"), a clear cancels every
 *                                 rule but a strong one ("relapsed after 4 months clean")
 * guard: pattern                  third person, media: cancels soft rules in its sentence
 * joke: pattern                   laughter, irony: cancels soft and light rules in its sentence
 * clear: pattern                  recovery told in the past, negations: cancels every rule in its sentence
 * clear unless present: pattern   the same, but not in a sentence that also tells a first-person present risk
 *                                 (a 'present' pattern: "a year ago my dad died and i want to kill myself")
 * present: pattern                a first-person present wish, plan, act or means made ready (present.rules)
 * earnest: pattern                "no joke", "kein witz", "sul serio": a joke in its sentence is not one (present.rules)
 * then: pattern                   a risk told in the past tense ("when i came here i wanted to end it all")
 * now: pattern                    the present told as better ("now i have a flat and friends"): a later sentence
 *                                 that meets it, and no rule, cancels every rule but a strong one in a 'then' sentence
 * recent: pattern                 a recent time ("last night"): a 'then' sentence with it is not told as over
 * back: pattern                   the risk told as back or here now ("now i want to again", "tonight i will"): in any
 *                                 sentence, no recovery in the message is told as over (no clear, no 'then'/'now')
 * soon: pattern                   a time that makes a crisis-tier plan urgent ("tonight")
 * hopeless: pattern / intent: pattern   both in one message: hopelessness with intent (crisis tier)
 * means: pattern / ready: pattern  both in one message: means kept back and said to be ready or nearly so, in
 *                                 sentences of their own ("been saving my pills. almost enough now": a plan, crisis)
 * fuzzy: word word …              risk words whose misspellings count as the word (edit distance 1–2)
 * real: word word …               real words one edit from a fuzzy word, never read as its misspelling
 * </pre>
 */
final class ScreenRules {

	private static final Pattern MACRO = Pattern.compile("@(\\p{Lu}[\\p{Lu}\\p{N}_]*)");

	/** Words whose correction is remembered, per language; beyond this, corrections are computed each time. */
	private static final int MAX_CORRECTIONS = 50_000;

	/** A match ends at the end of a word, or just after the space that ends one (a rule's last part was optional). */
	private static final String AT_WORD_END = "(?:(?= )|(?<= ))";

	private static final Pattern GAP = Pattern.compile("@G(\\d) ");

	/** A word gap written out ({@code (?:\S+ ){0,9}}) and then a space: two spaces in a row, never in a sentence. */
	private static final Pattern SPACE_AFTER_GAP = Pattern.compile("\\\\S\\+{1,2} \\)\\{\\d*,?\\d*\\} ");

	final String language;

	final List<Rule> rules = new ArrayList<>();

	final List<Pattern> guards = new ArrayList<>();

	final List<Pattern> jokes = new ArrayList<>();

	final List<Pattern> clears = new ArrayList<>();

	final List<Pattern> clearsUnlessPresent = new ArrayList<>();

	final List<Pattern> present = new ArrayList<>();

	final List<Pattern> earnest = new ArrayList<>();

	final List<Pattern> soon = new ArrayList<>();

	final List<Pattern> then = new ArrayList<>();

	final List<Pattern> now = new ArrayList<>();

	final List<Pattern> recent = new ArrayList<>();

	final List<Pattern> back = new ArrayList<>();

	/** The patterns of each half of a risk that counts only with its other half (see {@link Half}). */
	final Map<Half, List<Pattern>> halves = new EnumMap<>(Half.class);

	final Set<String> fuzzy = new TreeSet<>();

	final Set<String> real = new TreeSet<>();

	/**
	 * The rules' patterns (first, in their order), then the halves' patterns, by the texts they need: only those that
	 * may match a sentence are tried on it, and one pass over the sentence tells which.
	 */
	PatternIndex ruleIndex;

	/** Which half each pattern after the rules' in {@link #ruleIndex} belongs to, in the same order. */
	final List<Half> halfOf = new ArrayList<>();

	private FuzzyWords lexicon = new FuzzyWords(Set.of());

	private final Map<String, String> corrections = new ConcurrentHashMap<>();

	private ScreenRules(String language) {
		this.language = language;
	}

	/** @param indexed false for the plain path: every pattern tried on every sentence */
	static ScreenRules load(String language, boolean indexed) {
		String resource = "/safety/screen/" + language + ".rules";
		try (InputStream in = ScreenRules.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No screening rules at " + resource);
			}
			return parse(language, new String(in.readAllBytes(), StandardCharsets.UTF_8), indexed);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static ScreenRules parse(String language, String text, boolean indexed) {
		ScreenRules parsed = new ScreenRules(language);
		Map<String, String> macros = new LinkedHashMap<>();
		int number = 0;
		for (String raw : text.split("\n")) {
			number++;
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			try {
				parsed.read(line, macros, language + ":" + number);
			}
			catch (RuntimeException ex) {
				throw new IllegalStateException(language + ".rules line " + number + ": " + ex.getMessage(), ex);
			}
		}
		parsed.lexicon = new FuzzyWords(parsed.fuzzy, parsed.real);
		List<Pattern> any = new ArrayList<>(parsed.rules.stream().map(Rule::pattern).toList());
		for (Half half : Half.values()) {
			List<Pattern> patterns = parsed.halves.getOrDefault(half, List.of());
			any.addAll(patterns);
			patterns.forEach(pattern -> parsed.halfOf.add(half));
		}
		parsed.ruleIndex = PatternIndex.of(any, indexed);
		return parsed;
	}

	private void read(String line, Map<String, String> macros, String where) {
		if (line.startsWith("@")) {
			int equals = line.indexOf('=');
			String name = line.substring(1, equals).strip();
			if (macros.putIfAbsent(name, expand(line.substring(equals + 1).strip(), macros)) != null) {
				// rules above the second definition would read the first, rules below it the second
				throw new IllegalArgumentException("@" + name + " is defined twice");
			}
			return;
		}
		int colon = line.indexOf(':');
		String head = line.substring(0, colon).strip();
		String body = line.substring(colon + 1).strip();
		switch (head) {
			case "guard" -> guards.add(compile(body, macros));
			case "joke" -> jokes.add(compile(body, macros));
			case "clear" -> clears.add(compile(body, macros));
			case "clear unless present" -> clearsUnlessPresent.add(compile(body, macros));
			case "present" -> present.add(compile(body, macros));
			case "earnest" -> earnest.add(compile(body, macros));
			case "soon" -> soon.add(compile(body, macros));
			case "then" -> then.add(compile(body, macros));
			case "now" -> now.add(compile(body, macros));
			case "recent" -> recent.add(compile(body, macros));
			case "back" -> back.add(compile(body, macros));
			case "hopeless", "intent", "means", "ready" -> halves
				.computeIfAbsent(Half.valueOf(head.toUpperCase()), half -> new ArrayList<>())
				.add(compile(body, macros));
			case "fuzzy" -> fuzzy.addAll(List.of(ScreenText.fold(body).split("\\s+")));
			case "real" -> real.addAll(List.of(ScreenText.fold(body).split("\\s+")));
			default -> {
				String[] parts = head.split("\\s+");
				RiskTier tier = RiskTier.valueOf(parts[0].toUpperCase());
				RiskSignal signal = RiskSignal.valueOf(parts[1].toUpperCase());
				List<String> flags = List.of(parts).subList(2, parts.length);
				rules.add(new Rule(new Risk(tier, signal), flags.contains("soft"), flags.contains("light"),
						flags.contains("strong"), compile(body, macros), where));
			}
		}
	}

	/**
	 * Whether any rule, hopelessness or intent pattern of this language matches the sentence: only the patterns whose
	 * needed texts are in it are tried (on the plain path, every one). Most sentences are done here.
	 */
	boolean mayMatch(String sentence) {
		return ruleIndex.anyFinds(sentence);
	}

	/** The sentence with this language's misspelt risk words read as the words they are closest to. */
	String corrected(String sentence) {
		if (fuzzy.isEmpty()) {
			return sentence;
		}
		String[] tokens = sentence.strip().split(" ");
		StringBuilder out = new StringBuilder(sentence.length() + 8).append(' ');
		for (String token : tokens) {
			String correction = corrections.get(token);
			if (correction == null) {
				correction = lexicon.correct(token);
				if (corrections.size() < MAX_CORRECTIONS) {
					corrections.put(token, correction);
				}
			}
			out.append(correction).append(' ');
		}
		return out.toString();
	}

	private static String expand(String pattern, Map<String, String> macros) {
		String gapsExpanded = GAP.matcher(pattern).replaceAll("(?:\\\\S++ ){0,$1}");
		Matcher matcher = MACRO.matcher(gapsExpanded);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = macros.get(matcher.group(1));
			if (value == null) {
				throw new IllegalArgumentException("unknown macro @" + matcher.group(1));
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement("(?:" + value + ")"));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static Pattern compile(String body, Map<String, String> macros) {
		String written = expand(body, macros);
		if (SPACE_AFTER_GAP.matcher(written).find() || written.contains("  ")) {
			// a sentence has one space between words, and a gap ends with its own: such a rule never fires
			throw new IllegalArgumentException("two spaces in a row (a word gap written out and followed by a space?) "
					+ "can never match a sentence; write @G<n> or leave the space out");
		}
		String expanded = ScreenText.fold(written.replace("\\S", "\u0000").replace("\\d", "\u0001"))
			.replace("\u0000", "\\S")
			.replace("\u0001", "\\d");
		return Pattern.compile("(?<= )(?:" + RegexTrie.optimize(expanded) + ")" + AT_WORD_END);
	}

	/** @param where the rule's language and line, for explaining a finding in tests */
	record Rule(Risk risk, boolean soft, boolean light, boolean strong, Pattern pattern, String where) {
	}

	/**
	 * A part of a risk that counts only together with its other half, in the same sentence or another of the message:
	 * hopelessness with intent, means kept back with readiness.
	 */
	enum Half {

		HOPELESS, INTENT, MEANS, READY

	}

}
