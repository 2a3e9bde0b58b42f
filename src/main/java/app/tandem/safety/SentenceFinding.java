package app.tandem.safety;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** What the rules found in one sentence of a message, read with one or more languages' rules. */
final class SentenceFinding {

	final int index;

	/** The rules that fired, for explaining a false alarm; null when nobody asked. */
	final List<String> why;

	Risk risk;

	/** What only the strong rules found, which recovery told as over does not cancel. */
	Risk strong;

	/** The halves of a two-part risk found in the sentence (see {@link ScreenRules.Half}). */
	final Set<ScreenRules.Half> halves = EnumSet.noneOf(ScreenRules.Half.class);

	SentenceFinding(int index, List<String> why) {
		this.index = index;
		this.why = why;
	}

	/**
	 * Adds what one language's rules find in the sentence; for a risk told in the past, also what only the strong
	 * rules find (which recovery told as over does not cancel).
	 * @param guarded a third-person, media or joking sign: the soft rules stay quiet
	 * @param joking a joking sign: the light rules stay quiet
	 * @param cleared a safe reading (recovery told as over, a trip, a film): only the strong rules speak
	 * @param past told in the past tense
	 */
	void read(ScreenRules rules, String sentence, boolean guarded, boolean joking, boolean cleared, boolean past) {
		// one pass over the sentence tells which rules and which halves may match it
		BitSet candidates = rules.ruleIndex.candidates(sentence);
		risk = moreSevere(risk, match(rules, sentence, candidates, guarded, joking, cleared, why));
		if (past) {
			strong = moreSevere(strong, match(rules, sentence, candidates, guarded, joking, true, null));
		}
		if (!cleared) {
			findHalves(rules, sentence, candidates);
		}
	}

	/** The halves of two-part risks in the sentence: the patterns after the rules' in the rules' index. */
	private void findHalves(ScreenRules rules, String sentence, BitSet candidates) {
		int first = rules.rules.size();
		List<Pattern> patterns = rules.ruleIndex.patterns();
		for (int i = candidates.nextSetBit(first); i >= 0; i = candidates.nextSetBit(i + 1)) {
			ScreenRules.Half half = rules.halfOf.get(i - first);
			if (!halves.contains(half) && patterns.get(i).matcher(sentence).find()) {
				halves.add(half);
			}
		}
	}

	void explain(List<String> into) {
		if (into != null) {
			into.addAll(why);
		}
	}

	/** The more severe of two findings, either of which may be none. */
	static Risk moreSevere(Risk current, Risk candidate) {
		if (current == null) {
			return candidate;
		}
		return current.orMoreSevere(candidate);
	}

	/**
	 * The most severe rule of the language that fires on the sentence; an active crisis said to be soon (tonight, now)
	 * is urgent.
	 */
	private static Risk match(ScreenRules rules, String sentence, BitSet candidates, boolean guarded, boolean joking,
			boolean cleared, List<String> why) {
		Risk found = null;
		for (int i = candidates.nextSetBit(0); i >= 0 && i < rules.rules.size(); i = candidates.nextSetBit(i + 1)) {
			ScreenRules.Rule rule = rules.rules.get(i);
			if (found != null && !rule.risk().tier().isAbove(found.tier())) {
				continue;
			}
			if (!rule.pattern().matcher(sentence).find()) {
				continue;
			}
			if ((rule.soft() && guarded) || (rule.light() && joking) || (cleared && !rule.strong())) {
				continue;
			}
			found = rule.risk();
			if (why != null) {
				why.add(rule.where() + " " + rule.risk());
			}
		}
		if (found != null && found.tier() == RiskTier.CRISIS && isActive(found.signal())
				&& anyFinds(rules.soon, sentence)) {
			return new Risk(RiskTier.URGENT, found.signal());
		}
		return found;
	}

	private static boolean isActive(RiskSignal signal) {
		return signal == RiskSignal.SUICIDE || signal == RiskSignal.PLAN || signal == RiskSignal.OVERDOSE;
	}

	private static boolean anyFinds(List<Pattern> patterns, String sentence) {
		for (Pattern pattern : patterns) {
			if (pattern.matcher(sentence).find()) {
				return true;
			}
		}
		return false;
	}

}
