package app.tandem.safety;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Properties;
import java.util.Set;

import app.tandem.i18n.Language;

/**
 * The answers Tandem itself offers as buttons that people also type ("Nearly every day", "Más de la mitad de los
 * días"), in every language it speaks, read from the message bundles. Typed as they are, they answer a question:
 * the screen's model does not read them by likeness (the rules still do).
 */
final class OwnAnswers {

	private static final String PREFIX = "questionnaire.answer.";

	private final Set<String> answers = new HashSet<>();

	OwnAnswers() {
		Set<String> bundles = new LinkedHashSet<>();
		bundles.add("/messages/messages.properties");
		for (Language language : Language.values()) {
			bundles.add("/messages/messages_" + language.locale().getLanguage() + ".properties");
			bundles.add("/messages/messages_" + language.locale() + ".properties");
		}
		bundles.forEach(this::load);
	}

	/** Whether the text, as typed, is one of the offered answers. */
	boolean contains(String text) {
		return answers.contains(normalised(text));
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
		return String.join(" ", ScreenText.sentences(text)).strip().replaceAll("\\s+", " ");
	}

}
