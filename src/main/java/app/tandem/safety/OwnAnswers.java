package app.tandem.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import app.tandem.i18n.Language;

/**
 * Answers to Tandem's own questions: the answers it offers as buttons that people also type ("Nearly every day", "Más
 * de la mitad de los días"), read from the message bundles, a plain "I don't know" / "I'm not sure" in every
 * language it speaks ({@code safety/screen/unsure.txt}), and "took it" said of one dose ({@code taken.txt}). Typed alone, they answer a question: the screen's model does
 * not read them by likeness (the rules still do). People at risk often write "I don't know" inside longer messages,
 * so without this the model asked "are you having thoughts of ending your life?" after "I'm not sure" typed at a
 * step.
 */
final class OwnAnswers {

	private static final String PREFIX = "questionnaire.answer.";

	private static final String UNSURE = "/safety/screen/unsure.txt";

	private static final String TAKEN = "/safety/screen/taken.txt";

	private final Set<String> answers = new HashSet<>();

	/** One whole-message pattern per line, after the language and a tab. */
	private final List<Pattern> unsure = Stream.of(UNSURE, TAKEN)
		.flatMap(resource -> SafetyResources.lines(resource).stream())
		.map(line -> Pattern.compile(line.substring(line.indexOf('\t') + 1)))
		.toList();

	OwnAnswers() {
		Set<String> bundles = new LinkedHashSet<>();
		bundles.add("/messages/messages.properties");
		for (Language language : Language.values()) {
			bundles.add("/messages/messages_" + language.locale().getLanguage() + ".properties");
			bundles.add("/messages/messages_" + language.locale() + ".properties");
		}
		bundles.forEach(this::load);
	}

	/**
	 * Whether the text, as typed, is one of the offered answers or a plain "I don't know".
	 * @param sentences the text's sentences, normalised ({@link ScreenText#sentences}), as the screen has them already
	 */
	boolean contains(List<String> sentences) {
		String typed = normalised(sentences);
		return answers.contains(typed) || unsure.stream().anyMatch(answer -> answer.matcher(typed).matches());
	}

	private void load(String bundle) {
		try (InputStream in = OwnAnswers.class.getResourceAsStream(bundle)) {
			if (in == null) {
				return;
			}
			Properties texts = new Properties();
			texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			texts.stringPropertyNames().stream()
				.filter(key -> key.startsWith(PREFIX))
				.forEach(key -> answers.add(normalised(texts.getProperty(key))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String normalised(String text) {
		return normalised(ScreenText.sentences(text));
	}

	private static String normalised(List<String> sentences) {
		return String.join(" ", sentences).strip().replaceAll("\\s+", " ");
	}

}
