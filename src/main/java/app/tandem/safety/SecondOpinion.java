package app.tandem.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;

import app.tandem.i18n.StoppingMedication;

/**
 * The screen's second opinion, for a message no rule fired on: how the learnt model ({@link RiskModel},
 * {@link TrainedModel}) reads it, and where it is not asked at all — a message of one word, one of the answers
 * Tandem offers typed as it is, a question that names a medication, talk of stopping a medication.
 */
final class SecondOpinion {

	/** A word with a digit in it: read by the model as one word, "znum". */
	private static final Pattern NUMBER = Pattern.compile(" [^ ]*\\d[^ ]* ");

	private static final Pattern WORD = Pattern.compile("(?<= )(?!znum )\\p{L}{2,}(?= )");

	/** A time-zone name typed as Tandem asks for it ("Europe/Vienna"): an answer, not words to read by likeness. */
	private static final Pattern ZONE_NAME = Pattern.compile("\\s*\\p{L}[\\p{L}_-]*(?:/[\\p{L}\\d_+-]+)+\\s*");

	/**
	 * "I'll just stop taking my meds", in any language: Tandem answers it with the prescriber message (never stop
	 * without them), so the model does not read it as a sign of risk; the rules still do.
	 */
	private static final Set<String> SCREENED_MEDICATION = Set.of(MedicationWords.CONCEPT);

	/** Messages with fewer words than this need the model's surer reading, {@link TrainedModel#SHORT_THRESHOLD}. */
	static final int SHORT_MESSAGE = 4;

	/** Messages with fewer words than this (numbers not counted) are left to the rules. */
	static final int MODEL_WORDS = 2;

	/** Which languages a sentence reads as: whether its Cyrillic form is given to the model too. */
	private final RuleSets ruleSets;

	/** The screen's own step that turns medication names into one word. */
	private final MedicationWords medicationWords;

	private final OwnAnswers ownAnswers = new OwnAnswers();

	private final CompletableFuture<RiskModel> model;

	SecondOpinion(RuleSets ruleSets, MedicationWords medicationWords,
			Function<SecondOpinion, CompletableFuture<RiskModel>> model) {
		this.ruleSets = ruleSets;
		this.medicationWords = medicationWords;
		this.model = model.apply(this);
	}

	/**
	 * The message as the model reads it: normalised sentences, medication names as one word, every number as one
	 * word, Latin-letter Russian also in Cyrillic. Empty when the message has fewer than {@link #MODEL_WORDS} words:
	 * too little for a reading by likeness (the rules still read it).
	 */
	List<String> modelInput(String text, Set<String> medications) {
		List<String> sentences = ScreenText.sentences(text);
		return modelInput(sentences, withMedications(sentences, medications)).sentences();
	}

	/**
	 * @param normalised the message's sentences, normalised
	 * @param plains the same sentences with medication names as one word
	 */
	private ModelInput modelInput(List<String> normalised, List<String> plains) {
		List<String> sentences = new ArrayList<>();
		int words = 0;
		for (int i = 0; i < normalised.size(); i++) {
			if (ScreenText.hasGoodbyeMarks(normalised.get(i))) {
				continue; // a goodbye emoji's twin, for the rules: the model reads the message as it did before
			}
			String plain = NUMBER.matcher(plains.get(i)).replaceAll(" znum ");
			words += (int) WORD.matcher(plain).results().count();
			sentences.add(plain);
			if (ScreenText.mayBeTransliterated(normalised.get(i))) {
				String cyrillic = ScreenText.toCyrillic(plain);
				if (ruleSets.readsAsRussian(plain, cyrillic)) {
					sentences.add(cyrillic);
				}
			}
		}
		return new ModelInput((words < MODEL_WORDS) ? List.of() : sentences, words);
	}

	private List<String> withMedications(List<String> sentences, Set<String> medications) {
		return sentences.stream().map(sentence -> medicationWords.in(sentence, medications)).toList();
	}

	/** The sentences the model reads, and how many words the message has (numbers not counted). */
	private record ModelInput(List<String> sentences, int words) {
	}

	/**
	 * The model's probability of risk, or 0 where it is not asked: a message of one word, a medication question, one
	 * of the answers Tandem offers typed as it is, a time-zone name.
	 */
	double reading(String text, Set<String> medications) {
		List<String> sentences = ScreenText.sentences(text);
		return reading(text, sentences, withMedications(sentences, medications));
	}

	/**
	 * @param sentences the message's sentences, normalised
	 * @param plains the same sentences with medication names as one word
	 */
	double reading(String text, List<String> sentences, List<String> plains) {
		ModelInput read = modelInput(sentences, plains);
		List<String> input = read.sentences();
		if (input.isEmpty() || ZONE_NAME.matcher(text).matches() || asksAboutMedication(text, input)
				|| ownAnswers.contains(sentences)
				|| input.stream().anyMatch(sentence -> StoppingMedication.in(sentence, SCREENED_MEDICATION))) {
			return 0;
		}
		RiskModel learnt = model.exceptionally(failure -> null).join();
		if (learnt == null) {
			return 0; // the model could not be learnt (logged once); the rules still read every message
		}
		double probability = learnt.highest(input);
		if (read.words() < SHORT_MESSAGE && probability < TrainedModel.SHORT_THRESHOLD) {
			// "30 tablets left": an answer to the bot's own question needs a surer reading
			return 0;
		}
		return probability;
	}

	/**
	 * A question that names a medication ("forgot my quetiapine last night, take two today?") is everyday talk for
	 * a medication companion: only the rules, which know lethal-dose questions, read it.
	 */
	private static boolean asksAboutMedication(String text, List<String> input) {
		String medication = " " + MedicationWords.CONCEPT + " ";
		return text.indexOf('?') >= 0 && input.stream().anyMatch(sentence -> sentence.contains(medication));
	}

}
