package app.tandem.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The words people type as answers in each language ({@code i18n/words_<tag>.properties}): yes and no, "none",
 * numbers 0–10, the words around a time of day and a day ("from tomorrow"); weekday names come from java.time. A language is a file; adding one needs no code.
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
		Map<String, Integer> numbers = new LinkedHashMap<>();
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

	/**
	 * A weekday typed in the person's language or in English, whole or its first letters ({@code So}, {@code mié},
	 * {@code Friday}), or inflected ({@code среды} for {@code среда}); names come from java.time.
	 * @param minLength how many letters at least, so that "s" is not read as a day
	 */
	public static Optional<DayOfWeek> weekday(String typed, Language language, int minLength) {
		String word = fold(typed).replaceAll("[.,!]+$", "");
		if (word.length() < minLength) {
			return Optional.empty();
		}
		for (Locale locale : List.of(language.locale(), Locale.ENGLISH)) {
			for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
				for (DayOfWeek day : DayOfWeek.values()) {
					String name = fold(day.getDisplayName(style, locale)).replace(".", "");
					if (name.startsWith(word) || isInflected(word, name)) {
						return Optional.of(day);
					}
				}
			}
		}
		return Optional.empty();
	}

	/** "среды" for "среда", "вторника" for "вторник": the whole name but its last letter, and at most two more. */
	private static boolean isInflected(String word, String name) {
		int stem = name.length() - 1;
		return stem >= 3 && word.length() >= stem && word.length() <= name.length() + 2
				&& word.startsWith(name.substring(0, stem));
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

	static List<String> own(Language language, String list) {
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
