package app.tandem.safety;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a message that is only a call for help, typed without a slash: "sos", "help", "I need help", and their
 * equivalents in Tandem's languages. Such a message gets the crisis message, as {@code /crisis} does.
 */
final class HelpWords {

	private static final Set<String> PHRASES = Set.of(
			// en
			"sos", "help", "help me", "help me please", "please help", "please help me", "i need help",
			"need help", "i need help now", "i need help please", "somebody help", "someone help me", "911",
			// es
			"ayuda", "ayudame", "ayuda por favor", "necesito ayuda", "socorro", "auxilio", "ayudenme",
			// de
			"hilfe", "hilf mir", "hilfe bitte", "ich brauche hilfe", "brauche hilfe", "helft mir",
			// fr
			"aide", "aide moi", "aidez moi", "a l aide", "au secours", "j ai besoin d aide", "besoin d aide",
			// pt
			"ajuda", "me ajuda", "me ajudem", "ajudem me", "preciso de ajuda", "ajuda por favor",
			// it
			"aiuto", "aiutami", "aiutatemi", "ho bisogno di aiuto", "aiuto per favore",
			// ru (normalised: soft signs dropped)
			"помогите", "помоги", "помощ", "мне нужна помощ", "нужна помощ", "спасите", "сос");

	private static final Set<String> YES = Set.of("yes", "yeah", "yep", "y", "si", "ja", "jo", "oui",
			"ouais", "sim", "да", "ага");

	private static final Set<String> NO = Set.of("no", "nope", "nah", "n", "nein", "ne", "non", "nao", "нет", "неа");

	/** A typed yes (true) or no (false), in any of Tandem's languages; empty for anything else. */
	Optional<Boolean> yesOrNo(String text) {
		List<String> sentences = (text == null || text.length() > 20) ? List.of() : ScreenText.sentences(text);
		if (sentences.size() != 1) {
			return Optional.empty();
		}
		String word = sentences.get(0).strip();
		return YES.contains(word) ? Optional.of(true) : NO.contains(word) ? Optional.of(false) : Optional.empty();
	}

	/** Whether the whole message is a call for help. */
	boolean asksForHelp(String text) {
		if (text == null || text.length() > 60 || text.strip().startsWith("/")) {
			return false;
		}
		List<String> sentences = ScreenText.sentences(text);
		return !sentences.isEmpty() && sentences.stream().allMatch(sentence -> PHRASES.contains(sentence.strip()));
	}

}
