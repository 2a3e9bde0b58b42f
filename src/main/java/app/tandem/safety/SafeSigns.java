package app.tandem.safety;

import java.util.List;
import java.util.function.Predicate;

/**
 * The signs of a safe reading of a sentence: someone else's story or a film ({@code guard:}), laughter not said to be
 * meant ({@code joke:}, unless an {@code earnest:} phrase of {@code present.rules} says it is), and recovery told as
 * over or a negation ({@code clear:}). Every language's signs read every sentence, since a message mixes languages;
 * Russian's own also read, in Cyrillic, a sentence that may be Russian typed in Latin letters.
 */
final class SafeSigns {

	private final PatternIndex guards;

	private final PatternIndex jokes;

	/** "No joke", "kein witz", "sul serio", in any language: a sentence that says one is not joking. */
	private final PatternIndex earnest;

	private final Clears clears;

	private final Clears russianClears;

	private final PatternIndex russianJokes;

	private final PatternIndex russianGuards;

	/**
	 * @param shared the rules every language shares ({@code present.rules}: the present-risk and earnest phrases)
	 */
	SafeSigns(List<ScreenRules> languages, ScreenRules russian, ScreenRules shared, boolean indexed) {
		this.guards = PatternIndex.of(languages.stream().flatMap(rules -> rules.guards.stream()).toList(), indexed);
		this.jokes = PatternIndex.of(languages.stream().flatMap(rules -> rules.jokes.stream()).toList(), indexed);
		this.earnest = PatternIndex.of(shared.earnest, indexed);
		PatternIndex present = PatternIndex.of(shared.present, indexed);
		this.clears = new Clears(languages.stream().flatMap(rules -> rules.clears.stream()).toList(),
				languages.stream().flatMap(rules -> rules.clearsUnlessPresent.stream()).toList(), present, indexed);
		this.russianClears = new Clears(russian.clears, russian.clearsUnlessPresent, present, indexed);
		this.russianJokes = PatternIndex.of(russian.jokes, indexed);
		this.russianGuards = PatternIndex.of(russian.guards, indexed);
	}

	/** Recovery told as over, a negation: silences every rule but the strong ones. */
	boolean cleared(String sentence) {
		return clears.anyFinds(sentence);
	}

	/** Laughter or irony in a sentence that does not also say it is meant ("lol aber ohne lol", "jaja en serio"). */
	boolean joking(String sentence) {
		return jokes.anyFinds(sentence) && !earnest.anyFinds(sentence);
	}

	/** Someone else's story, a film, a book: silences the soft rules. */
	boolean guarded(String sentence) {
		return guards.anyFinds(sentence);
	}

	boolean clearedInRussian(String cyrillic) {
		return russianClears.anyFinds(cyrillic);
	}

	boolean jokingInRussian(String cyrillic) {
		return russianJokes.anyFinds(cyrillic) && !earnest.anyFinds(cyrillic);
	}

	boolean guardedInRussian(String cyrillic) {
		return russianGuards.anyFinds(cyrillic);
	}

	/** Whether any of the sentences tells recovery as over or laughs about what it says. */
	boolean anyClearedOrJoking(List<String> sentences) {
		return anyShows(sentences, List.of(this::cleared, this::joking),
				List.of(this::clearedInRussian, this::jokingInRussian));
	}

	/** Whether any of the sentences shows any sign of a safe reading. */
	boolean anyAtAll(List<String> sentences) {
		return anyShows(sentences, List.of(this::cleared, this::joking, this::guarded),
				List.of(this::clearedInRussian, this::jokingInRussian, this::guardedInRussian));
	}

	/** Whether any sentence meets a sign, or, typed in Latin letters, a Russian sign in Cyrillic. */
	private static boolean anyShows(List<String> sentences, List<Predicate<String>> signs,
			List<Predicate<String>> russianSigns) {
		for (String raw : sentences) {
			if (signs.stream().anyMatch(sign -> sign.test(raw))) {
				return true;
			}
			if (ScreenText.mayBeTransliterated(raw)) {
				String cyrillic = ScreenText.toCyrillic(raw);
				if (russianSigns.stream().anyMatch(sign -> sign.test(cyrillic))) {
					return true;
				}
			}
		}
		return false;
	}

}
