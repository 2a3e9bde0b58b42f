package app.tandem.checkin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import app.tandem.i18n.Language;
import app.tandem.i18n.Messages;
import app.tandem.i18n.Words;

/**
 * Several common side effects typed in one message, as a list: "headache and nausea", "Kopfschmerzen, Übelkeit und
 * Schwindel", "головная боль и тошнота". Read against the buttons' labels (a label may hold a comma itself, so the
 * text is read label by label rather than split first); a word that is not a label leaves the whole list unread.
 */
final class TypedSideEffects {

	private final Map<String, String> keysByLabel;

	private final Pattern separator;

	/**
	 * @param keysByLabel each side effect's key by its folded label (in the person's language and in English)
	 * @param and the words for "and" in the person's language and in English, folded
	 */
	TypedSideEffects(Map<String, String> keysByLabel, Set<String> and) {
		this.keysByLabel = keysByLabel;
		String ands = and.stream().map(Pattern::quote).collect(Collectors.joining("|"));
		this.separator = Pattern.compile("(?:[\\s,;&+]|(?<=^|[\\s,;&+])(?:" + ands + ")(?=[\\s,;&+]|$))*");
	}

	/** The common side effects by their labels in the person's language and in English, singular or plural. */
	static TypedSideEffects in(Messages messages, Locale locale, Language language) {
		Map<String, String> keysByLabel = new HashMap<>();
		for (String key : SideEffects.COMMON) {
			for (Locale each : List.of(locale, Locale.ENGLISH)) {
				String folded = Words.fold(messages.get(each, "side-effect." + key));
				keysByLabel.putIfAbsent(folded, key);
				keysByLabel.putIfAbsent(folded.endsWith("s") ? folded.substring(0, folded.length() - 1) : folded + "s",
						key);
			}
		}
		return new TypedSideEffects(keysByLabel, Words.of(language, "and"));
	}

	/** The keys of two or more side effects the text lists, in the order typed; empty if it is not such a list. */
	Optional<List<String>> read(String text) {
		String typed = Words.fold(text).replaceAll("[!.]+$", "");
		List<String> labels = keysByLabel.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.toList();
		List<String> keys = new ArrayList<>();
		int at = 0;
		Matcher between = separator.matcher(typed);
		while (true) {
			between.region(at, typed.length());
			if (between.lookingAt()) {
				at = between.end();
			}
			if (at >= typed.length()) {
				break;
			}
			String label = labelAt(typed, at, labels);
			if (label == null) {
				return Optional.empty();
			}
			String key = keysByLabel.get(label);
			if (!keys.contains(key)) {
				keys.add(key);
			}
			at += label.length();
		}
		return (keys.size() >= 2) ? Optional.of(keys) : Optional.empty();
	}

	private static String labelAt(String typed, int at, List<String> labels) {
		for (String label : labels) {
			int end = at + label.length();
			if (typed.startsWith(label, at) && (end == typed.length() || !Character.isLetter(typed.charAt(end)))) {
				return label;
			}
		}
		return null;
	}

}
