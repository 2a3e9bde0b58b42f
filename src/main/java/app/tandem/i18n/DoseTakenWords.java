package app.tandem.i18n;

import java.util.Set;

/**
 * Whether a whole message says only that the person's dose is taken ("took it", "ya me la tomé", "hab sie genommen",
 * "уже выпила"), in any language Tandem speaks (each language's {@code taken} list): the words people type instead of
 * tapping ✅ Taken, answered as {@code /took} is. Never an amount or "all of them": those are for the risk screen.
 */
public final class DoseTakenWords {

	private static final Set<String> TAKEN = Words.inAnyLanguage("taken");

	private DoseTakenWords() {
	}

	/** Whether the text, as a whole, says the dose is taken (punctuation and emoji around it aside). */
	public static boolean in(String text) {
		if (text == null || text.isBlank()) {
			return false;
		}
		String words = Words.fold(text).replaceAll("[^\\p{L}\\p{N}' ]+", " ").replaceAll("\\s+", " ").strip();
		return TAKEN.contains(words);
	}

}
