package app.tandem.i18n;

import java.util.Set;

/**
 * Whether a message asks how to take a medication ("can I take another one?", "¿puedo tomar dos?", "doppelte Dosis?",
 * "можно ли выпить ещё?"), in any language Tandem speaks (each language's {@code dose-question} phrases, anywhere in
 * the message). Tandem never answers such a question: it points to the prescriber or a pharmacist.
 */
public final class DoseQuestion {

	private static final Set<String> PHRASES = Words.inAnyLanguage("dose-question");

	private DoseQuestion() {
	}

	public static boolean in(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		String words = " " + Words.fold(text).replaceAll("[^\\p{L}\\p{N}'-]+", " ").strip() + " ";
		return PHRASES.stream().anyMatch(phrase -> words.contains(" " + phrase + " "));
	}

}
