package app.tandem.safety;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static app.tandem.safety.SentenceFinding.moreSevere;

/**
 * Screens free text for signs of suicide or self-harm risk in English, Spanish, German, French, Portuguese,
 * Italian and Russian (also typed in Latin letters), and grades what it finds ({@link RiskTier}).
 * <p>
 * Each sentence is normalised ({@link ScreenText}); misspelt risk words are read as the word they are closest to;
 * the person's own medication names (and common psychiatric drugs) become one concept ({@link MedicationWords}), so
 * "I took all my quetiapine" reads like "I took all my pills"; then every language's concept rules
 * ({@link ScreenRules}) run over it, the rule sets chosen by the sentence's common words ({@link RuleSets}). Guards
 * keep third-person, media and joking mentions out of the soft rules, and recovery told in the past out of all of
 * them, also when the present is told as better in a later sentence that shows no risk itself ("when i came here i
 * wanted to end it all. now i have a flat and friends"). The most severe finding of any sentence
 * ({@link SentenceFinding}) wins; hopelessness in one sentence and intent in another count together.
 * When no rule fires, a learnt model gives a second opinion ({@link SecondOpinion}): if it reads risk with enough
 * certainty, the person is asked directly (the concern tier).
 * <p>
 * Thread-safe and free of I/O: it runs on the crisis path, before any database call.
 */
public final class RiskScreen {

	static final List<String> LANGUAGES = List.of("en", "es", "de", "fr", "pt", "it", "ru");

	private final ScreenRules russian;

	private final MedicationWords medicationWords;

	private final SafeSigns signs;

	private final PatternIndex thens;

	private final PatternIndex nows;

	private final PatternIndex recents;

	private final PatternIndex backs;

	private final RuleSets ruleSets;

	private final SecondOpinion secondOpinion;

	public RiskScreen() {
		this(TrainedModel::of);
	}

	/**
	 * A screen whose second opinion comes from the given model, e.g. one learnt without a part of the corpus (to
	 * measure how the screen does on a writer it has not learnt from).
	 */
	RiskScreen(Function<SecondOpinion, CompletableFuture<RiskModel>> model) {
		this(model, true);
	}

	/**
	 * @param indexed false for the plain path: every sentence read with every pattern, none left out because it lacks
	 * the texts a pattern needs ({@link PatternIndex}); the same findings, only slower
	 */
	RiskScreen(Function<SecondOpinion, CompletableFuture<RiskModel>> model, boolean indexed) {
		List<ScreenRules> languages = LANGUAGES.stream().map(language -> ScreenRules.load(language, indexed)).toList();
		this.russian = languages.get(LANGUAGES.indexOf("ru"));
		this.medicationWords = new MedicationWords(ScreenRules.load("medications", indexed).fuzzy);
		this.ruleSets = new RuleSets(languages, languages.get(LANGUAGES.indexOf("en")), russian,
				StopWords.load(languages));
		this.signs = new SafeSigns(languages, russian, ScreenRules.load("present", indexed), indexed);
		this.thens = PatternIndex.of(languages.stream().flatMap(rules -> rules.then.stream()).toList(), indexed);
		this.nows = PatternIndex.of(languages.stream().flatMap(rules -> rules.now.stream()).toList(), indexed);
		this.recents = PatternIndex.of(languages.stream().flatMap(rules -> rules.recent.stream()).toList(), indexed);
		this.backs = PatternIndex.of(languages.stream().flatMap(rules -> rules.back.stream()).toList(), indexed);
		this.secondOpinion = new SecondOpinion(ruleSets, medicationWords, model);
	}

	/** The most severe risk the text shows signs of, or empty. */
	public Optional<Risk> screen(String text) {
		return screen(text, List.of());
	}

	/**
	 * The most severe risk the text shows signs of, or empty.
	 * @param medicationNames the person's own medication names, read as a means like "pills"
	 */
	public Optional<Risk> screen(String text, Collection<String> medicationNames) {
		return screen(text, medicationNames, null);
	}

	/** Which rules a text meets, for explaining a false alarm in the evaluation. */
	List<String> explain(String text, Collection<String> medicationNames) {
		List<String> why = new ArrayList<>();
		screen(text, medicationNames, why);
		return why;
	}

	private Optional<Risk> screen(String text, Collection<String> medicationNames, List<String> why) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		Set<String> medications = MedicationWords.of(medicationNames);
		Risk found = null;
		Set<ScreenRules.Half> halves = EnumSet.noneOf(ScreenRules.Half.class);
		List<String> sentences = ScreenText.sentences(text);
		List<String> plains = new ArrayList<>(sentences.size());
		List<SentenceFinding> toldInThePast = new ArrayList<>();
		// "a year ago i wanted to die. now i want to again": nothing in this message is recovery told as over
		boolean back = sentences.stream().anyMatch(sentence -> backs.anyFinds(sentence));
		boolean[] quiet = new boolean[sentences.size()];
		// the sentences with words of a rule in them: only a clear in one of them raises the model's bar
		boolean[] read = new boolean[sentences.size()];
		for (int index = 0; index < sentences.size(); index++) {
			String raw = sentences.get(index);
			String plain = medicationWords.in(raw, medications);
			plains.add(plain);
			quiet[index] = true;
			Map<ScreenRules, String> candidates = new LinkedHashMap<>();
			for (ScreenRules rules : ruleSets.of(plain)) {
				String sentence = rules.corrected(plain);
				if (rules.mayMatch(sentence)) {
					candidates.put(rules, sentence);
				}
			}
			String cyrillic = asRussian(raw, plain);
			boolean russianCandidate = cyrillic != null && russian.mayMatch(cyrillic);
			if (candidates.isEmpty() && !russianCandidate) {
				continue;
			}
			read[index] = true;
			boolean cleared = !back && signs.cleared(plain);
			boolean joking = signs.joking(plain);
			boolean guarded = joking || signs.guarded(plain);
			boolean past = !back && !cleared && thens.anyFinds(plain) && !recents.anyFinds(plain);
			SentenceFinding finding = new SentenceFinding(index, why != null ? new ArrayList<>() : null);
			for (Map.Entry<ScreenRules, String> candidate : candidates.entrySet()) {
				finding.read(candidate.getKey(), candidate.getValue(), guarded, joking, cleared, past);
			}
			if (russianCandidate) {
				// Russian typed in Latin letters: Russian guards read the Cyrillic form, for these rules only
				boolean clearedToo = cleared || (!back && signs.clearedInRussian(cyrillic));
				boolean jokingToo = joking || signs.jokingInRussian(cyrillic);
				boolean guardedToo = guarded || jokingToo || signs.guardedInRussian(cyrillic);
				finding.read(russian, cyrillic, guardedToo, jokingToo, clearedToo, past);
			}
			quiet[index] = finding.risk == null && finding.halves.isEmpty();
			if (past && !quiet[index]) {
				toldInThePast.add(finding);
				found = moreSevere(found, finding.strong);
			}
			else {
				found = moreSevere(found, finding.risk);
				halves.addAll(finding.halves);
				finding.explain(why);
			}
		}
		boolean toldAsOver = false;
		for (SentenceFinding finding : toldInThePast) {
			if (betterLater(finding.index, plains, quiet)) {
				toldAsOver = true;
				continue;
			}
			found = moreSevere(found, finding.risk);
			halves.addAll(finding.halves);
			finding.explain(why);
		}
		if (halves.contains(ScreenRules.Half.HOPELESS) && halves.contains(ScreenRules.Half.INTENT)) {
			found = moreSevere(found, new Risk(RiskTier.CRISIS, RiskSignal.HOPELESSNESS));
			if (why != null) {
				why.add("hopelessness with intent");
			}
		}
		if (halves.contains(ScreenRules.Half.MEANS) && halves.contains(ScreenRules.Half.READY)) {
			found = moreSevere(found, new Risk(RiskTier.CRISIS, RiskSignal.PLAN));
			if (why != null) {
				why.add("means kept, said to be ready");
			}
		}
		if (found == null) {
			found = secondOpinion(text, sentences, plains, toldAsOver, back, read, why);
		}
		return Optional.ofNullable(found);
	}

	/**
	 * When no rule fired: the model's reading. Words it finds risky enough get the concern tier, which asks the
	 * person directly (with a line in the same message); a message with a third-person, media, joking or recovery
	 * sign needs a surer reading. Recovery told as over needs the surest, but only when it is told in a sentence with
	 * words of a rule in it: a past time in a sentence of no risk ("my wife left two months ago") does not raise the
	 * bar for a risk the model reads in another one ("i think this is my last week here").
	 */
	private Risk secondOpinion(String text, List<String> sentences, List<String> plains, boolean toldAsOver,
			boolean back, boolean[] read, List<String> why) {
		double probability = secondOpinion.reading(text, sentences, plains);
		if (probability < TrainedModel.THRESHOLD) {
			return null;
		}
		if (probability < TrainedModel.GUARDED_THRESHOLD && signs.anyAtAll(sentences)) {
			return null;
		}
		if (probability < TrainedModel.CLEARED_THRESHOLD && !back && (toldAsOver || anyClear(sentences, read))) {
			return null; // recovery told as over silences every rule but the strong ones; only a near-certain reading outvotes it
		}
		if (why != null) {
			why.add(String.format(Locale.ROOT, "model %.2f", probability));
		}
		return new Risk(RiskTier.CONCERN, RiskSignal.UNNAMED);
	}

	/**
	 * A sentence in Latin letters as Russian typed in Latin letters, in Cyrillic and corrected, when it may be that:
	 * when it is short, or when it reads as Russian (common Russian words at least as many as any other language's,
	 * none of any language counting too).
	 * Reading every longer English or Spanish sentence as Russian too found nothing more on the development parts and
	 * cost a good part of the time of a long note.
	 */
	private String asRussian(String raw, String plain) {
		if (!ScreenText.mayBeTransliterated(raw)) {
			return null;
		}
		String cyrillic = ScreenText.toCyrillic(plain);
		if (plain.strip().split(" ").length > RuleSets.SHORT_SENTENCE
				&& !ruleSets.mayBeRussian(plain, cyrillic)) {
			return null;
		}
		return russian.corrected(cyrillic);
	}

	/**
	 * Whether a sentence after the one at the index tells the present as better ("now i have a little flat") and
	 * shows no risk itself: a risk told in the past tense before it is then recovery told as over.
	 */
	private boolean betterLater(int index, List<String> plains, boolean[] quiet) {
		for (int later = index + 1; later < plains.size(); later++) {
			if (quiet[later] && nows.anyFinds(plains.get(later))) {
				return true;
			}
		}
		return false;
	}

	/** The screen's model and how it reads a message. */
	SecondOpinion secondOpinion() {
		return secondOpinion;
	}

	/**
	 * Whether a sentence the rules read (one with words of a rule in it) tells recovery as over ("two years ago I wanted
	 * to die, today I…") or laughs about what it says ("burnt the cake, i want to die lol"): the rules have judged
	 * that sentence, and only a near-certain reading of the model outvotes them.
	 */
	private boolean anyClear(List<String> sentences, boolean[] read) {
		List<String> risky = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			if (read[i]) {
				risky.add(sentences.get(i));
			}
		}
		return signs.anyClearedOrJoking(risky);
	}

}
