package app.tandem.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which languages' rules a sentence is read with, and whether a sentence in Latin letters may be Russian. */
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

	/**
	 * Whether a sentence in Latin letters is Russian typed in Latin letters: in Cyrillic it has at least as many
	 * common Russian words as it has common words of any other language as typed. Only then does the model read its
	 * Cyrillic form too.
	 */
	boolean readsAsRussian(String latin, String cyrillic) {
		int russianWords = StopWords.count(stopwords.get(russian), cyrillic.strip().split(" "));
		return russianWords > 0 && noOtherLanguageHasMore(latin, russianWords);
	}

	/**
	 * Whether the rules should read a sentence in Latin letters as Russian too: it reads as Russian, or it has no common
	 * word of any language ("opyat porezalas vchera, 4 mesyaca derzhalas"). The rules only add what they find in it;
	 * the model is not given such a sentence's Cyrillic form, which for a sentence in another language is noise.
	 */
	boolean mayBeRussian(String latin, String cyrillic) {
		int russianWords = StopWords.count(stopwords.get(russian), cyrillic.strip().split(" "));
		return noOtherLanguageHasMore(latin, russianWords);
	}

	private boolean noOtherLanguageHasMore(String latin, int russianWords) {
		String[] words = latin.strip().split(" ");
		for (ScreenRules rules : languages) {
			if (rules != russian && StopWords.count(stopwords.get(rules), words) > russianWords) {
				return false;
			}
		}
		return true;
	}

}
