package app.tandem.safety;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Common function words per language ({@code safety/screen/stopwords.txt}), normalised like the text. */
final class StopWords {

	private StopWords() {
	}

	/** Each language's common words. */
	static Map<ScreenRules, Set<String>> load(List<ScreenRules> languages) {
		Map<String, Set<String>> byLanguage = new HashMap<>();
		SafetyResources.lines("/safety/screen/stopwords.txt").forEach(line -> {
			int colon = line.indexOf(':');
			byLanguage.put(line.substring(0, colon).strip(),
					Set.copyOf(List.of(ScreenText.fold(line.substring(colon + 1)).strip().split("\\s+"))));
		});
		Map<ScreenRules, Set<String>> result = new HashMap<>();
		languages.stream()
			.filter(rules -> byLanguage.containsKey(rules.language))
			.forEach(rules -> result.put(rules, byLanguage.get(rules.language)));
		return result;
	}

	/** How many of the words are common words of a language (none when it has no list). */
	static int count(Set<String> common, String[] words) {
		int count = 0;
		if (common != null) {
			for (String word : words) {
				count += common.contains(word) ? 1 : 0;
			}
		}
		return count;
	}

}
