package app.tandem.safety;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The person's own medication names, and common psychiatric and pain medicines, read as one concept word, so "I took
 * all my quetiapine" reads like "I took all my pills" to the rules and the model alike.
 */
final class MedicationWords {

	/** The concept word a medication name becomes; the rules' {@code @PILLS} lists it. */
	static final String CONCEPT = "zmed";

	private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	/** Short forms of common medicines (from {@code medications.rules}); a word starting with one is a medicine. */
	private final Set<String> common;

	MedicationWords(Set<String> common) {
		this.common = common;
	}

	/** The words of the person's medication names worth recognising: four letters or more, not only digits. */
	static Set<String> of(Collection<String> names) {
		Set<String> words = new HashSet<>();
		for (String name : names) {
			var matcher = NAME_WORD.matcher(ScreenText.fold(name));
			while (matcher.find()) {
				if (matcher.group().length() >= 4 && !matcher.group().chars().allMatch(Character::isDigit)) {
					words.add(matcher.group());
				}
			}
		}
		return words;
	}

	/** The sentence with the person's medication names, and common medicines, as the concept word. */
	String in(String sentence, Set<String> medications) {
		String[] tokens = sentence.strip().split(" ");
		StringBuilder out = new StringBuilder(sentence.length() + 8).append(' ');
		for (String token : tokens) {
			out.append((medications.contains(token) || isCommon(token)) ? CONCEPT : token).append(' ');
		}
		return out.toString();
	}

	private boolean isCommon(String token) {
		if (token.length() < 5) {
			return false;
		}
		for (String name : common) {
			if (token.startsWith(name)) {
				return true;
			}
		}
		return false;
	}

}
