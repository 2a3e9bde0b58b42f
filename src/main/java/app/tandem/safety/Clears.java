package app.tandem.safety;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The signs that a sentence tells no risk of the writer's own now: recovery told as over, someone else's story, a
 * game, a negation ({@code clear:} lines). Most give way to a first-person present risk in the same sentence
 * ({@code clear unless present:} lines and the {@code present:} phrases): "a year ago my dad died" clears what the
 * rules find in its sentence, "a year ago my dad died and i want to kill myself" does not.
 */
final class Clears {

	private final PatternIndex always;

	private final PatternIndex unlessPresent;

	private final PatternIndex present;

	/**
	 * @param present the present-risk phrases, shared by every set of clears
	 * @param indexed false for the plain path: every pattern tried on every sentence
	 */
	Clears(List<Pattern> always, List<Pattern> unlessPresent, PatternIndex present, boolean indexed) {
		this.always = PatternIndex.of(always, indexed);
		this.unlessPresent = PatternIndex.of(unlessPresent, indexed);
		this.present = present;
	}

	/** Whether a clear holds in the sentence. */
	boolean anyFinds(String sentence) {
		return always.anyFinds(sentence) || (unlessPresent.anyFinds(sentence) && !present.anyFinds(sentence));
	}

}
