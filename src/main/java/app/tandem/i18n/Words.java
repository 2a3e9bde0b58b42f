package app.tandem.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The words people type as answers in each language ({@code i18n/words_<tag>.properties}): yes and no, "none",
 * numbers 0–10, and the words around a time of day. A language is a file; adding one needs no code.
 * <p>
 * Words are kept {@linkplain #fold folded} (lower case, no accents), so "Sí", "si" and "SI" are one word.
 */
public final class Words {

	private static final Map<Language, Properties> FILES = new EnumMap<>(Language.class);

	static {
		for (Language language : Language.values()) {
			FILES.put(language, load("i18n/words_" + language.tag() + ".properties"));
		}
	}

	private Words() {
	}

	/** A list's words in the language, then in English (typed English is understood everywhere), folded. */
	public static Set<String> of(Language language, String list) {
		Set<String> words = new LinkedHashSet<>(own(language, list));
		words.addAll(own(Language.EN, list));
		return words;
	}

	/** A list's words in every language Tandem speaks, folded: for words no language shares another meaning for. */
	public static Set<String> inAnyLanguage(String list) {
		Set<String> words = new LinkedHashSet<>();
		for (Language language : Language.values()) {
			words.addAll(own(language, list));
		}
		return words;
	}

	/**
	 * The number words 0–10 in the language and in English: each folded word with its value.
	 */
	public static Map<String, Integer> numbers(Language language) {
		Map<String, Integer> numbers = new java.util.LinkedHashMap<>();
		for (Language each : List.of(language, Language.EN)) {
			String[] slots = FILES.get(each).getProperty("numbers", "").split(",");
			for (int value = 0; value < slots.length; value++) {
				for (String word : slots[value].split("\\|")) {
					if (!word.isBlank()) {
						numbers.putIfAbsent(fold(word), value);
					}
				}
			}
		}
		return numbers;
	}

	/** Lower case without accents or surrounding space: how typed words are compared. */
	public static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replace('’', '\'')
			.replaceAll("\\s+", " ")
			.strip();
	}

	private static List<String> own(Language language, String list) {
		String value = FILES.get(language).getProperty(list, "");
		List<String> words = new ArrayList<>();
		Arrays.stream(value.split(",")).map(Words::fold).filter(word -> !word.isEmpty()).forEach(words::add);
		return words;
	}

	private static Properties load(String path) {
		Properties properties = new Properties();
		try (InputStream in = Words.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing word list " + path);
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
