package app.tandem.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which languages' rules a sentence is read with. */
final class RuleSets {

	/** A sentence of at most this many words is read with every language's rules (it has too few common words). */
	static final int SHORT_SENTENCE = 4;

	private final List<ScreenRules> languages;

	private final ScreenRules english;

	private final ScreenRules russian;

	private final Map<ScreenRules, Set<String>> stopwords;

	RuleSets(List<ScreenRules> languages, ScreenRules english, ScreenRules russian,
			Map<ScreenRules, Set<String>> stopwords) {
		this.languages = languages;
		this.english = english;
		this.russian = russian;
		this.stopwords = stopwords;
	}

	/**
	 * The rule sets worth running on a sentence: all of them for a short one, or one without any common word of any
	 * language; for a longer one, English and the languages whose common words it contains (a Spanish clause in an
	 * English sentence brings the Spanish rules too). Only the languages with a third of the best count was tried:
	 * faster, but it lost recall.
	 */
	List<ScreenRules> of(String sentence) {
		String[] words = sentence.strip().split(" ");
		if (ScreenText.counted(words) <= SHORT_SENTENCE) {
			return languages; // a goodbye emoji's twin is as short as the sentence it twins
		}
		boolean cyrillic = !ScreenText.mayBeTransliterated(sentence);
		int[] scores = new int[languages.size()];
		int best = 0;
		for (int i = 0; i < languages.size(); i++) {
			scores[i] = StopWords.count(stopwords.get(languages.get(i)), words);
			best = Math.max(best, scores[i]);
		}
		List<ScreenRules> present = new ArrayList<>(languages.size());
		for (int i = 0; i < languages.size(); i++) {
			ScreenRules rules = languages.get(i);
			boolean always = rules == english;
			if (always || best == 0 || scores[i] > 0 || (cyrillic && rules == russian)) {
				present.add(rules);
			}
		}
		return present;
	}

}
