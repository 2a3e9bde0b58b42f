package app.tandem.i18n;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a message talks of stopping a medication ("I'll stop my meds", "quiero dejar la medicación", "ich will die
 * Tabletten absetzen", "брошу пить таблетки"), in any language Tandem speaks: a stopping word of the language's
 * {@code stopping} list, then within three words one of its {@code medicines} (or the person's own medication
 * names); where the language puts the verb last too ({@code stopping.either-order}), the other way round as well.
 * Tandem answers such talk with the prescriber message and never reads it as advice to give.
 */
public final class StoppingMedication {

	private static final int WINDOW = 3;

	/** The stopping phrases of every language, by their first word: at each word only those beginning with it are tried. */
	private static final Map<String, List<Phrase>> STOPPING = new HashMap<>();

	private static final Set<String> MEDICINES = Words.inAnyLanguage("medicines");

	static {
		for (Language language : Language.values()) {
			boolean eitherOrder = Words.own(language, "stopping.either-order").contains("true");
			Words.own(language, "stopping")
				.forEach(words -> {
					Phrase phrase = new Phrase(List.of(words.split(" ")), eitherOrder);
					STOPPING.computeIfAbsent(phrase.words().get(0), first -> new ArrayList<>()).add(phrase);
				});
		}
	}

	private StoppingMedication() {
	}

	/** Whether the text talks of stopping a medication. */
	public static boolean in(String text) {
		return in(text, Set.of());
	}

	/**
	 * Whether the text talks of stopping a medication.
	 * @param ownMedicines more words that name a medicine (the person's own medications), folded
	 */
	public static boolean in(String text, Set<String> ownMedicines) {
		if (text == null || text.isBlank()) {
			return false;
		}
		List<String> words = Arrays.stream(Words.fold(text).split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
		for (int i = 0; i < words.size(); i++) {
			for (Phrase phrase : STOPPING.getOrDefault(words.get(i), List.of())) {
				if (!phrase.startsAt(words, i)) {
					continue;
				}
				int after = i + phrase.words().size();
				if (medicineWithin(words, after, after + WINDOW, ownMedicines)
						|| (phrase.eitherOrder() && medicineWithin(words, i - WINDOW - 1, i - 1, ownMedicines))) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean medicineWithin(List<String> words, int from, int to, Set<String> ownMedicines) {
		for (int i = Math.max(0, from); i <= Math.min(words.size() - 1, to); i++) {
			if (MEDICINES.contains(words.get(i)) || ownMedicines.contains(words.get(i))) {
				return true;
			}
		}
		return false;
	}

	private record Phrase(List<String> words, boolean eitherOrder) {

		boolean startsAt(List<String> text, int start) {
			if (start + words.size() > text.size()) {
				return false;
			}
			for (int i = 0; i < words.size(); i++) {
				if (!words.get(i).equals(text.get(start + i))) {
					return false;
				}
			}
			return true;
		}

	}

}
