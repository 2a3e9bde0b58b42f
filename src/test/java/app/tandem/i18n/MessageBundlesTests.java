package app.tandem.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Every bundle of every language Tandem speaks is complete and well-formed: each English key is there, with the
 * same placeholders, as a valid ICU MessageFormat, with typographic apostrophes only.
 */
class MessageBundlesTests {

	/** The bundle suffixes of the languages Tandem speaks ("" is English; pt is Brazilian, pt_PT European). */
	static final Set<String> SUPPORTED = Set.of("", "es", "de", "fr", "it", "pt", "pt_PT", "ru");

	private static final Pattern BUNDLE_NAME = Pattern.compile("messages(?:_(\\w+))?\\.properties");

	@Test
	void shouldCountOneShortNightInTheSingularInTheWeeklySummary() {
		Messages messages = MessagesTestAccess.english();
		assertThat(messages.get(Locale.ENGLISH, "summary.sleep", "6.0", "3.0", 1)).contains("· 1 night under 6 h");
		assertThat(messages.get(Locale.ENGLISH, "summary.sleep", "6.0", "3.0", 2)).contains("· 2 nights under 6 h");
		assertThat(messages.get(Locale.forLanguageTag("es"), "summary.sleep", "6.0", "3.0", 1)).contains("1 noche con");
		assertThat(messages.get(Locale.forLanguageTag("it"), "summary.sleep", "6.0", "3.0", 1)).contains("1 notte sotto");
	}

	@Test
	void shouldShipABundleForEachSupportedLanguageAndNoOther() throws IOException {
		Set<String> found = bundles().keySet();
		assertThat(found).as("bundle files in src/main/resources/messages").containsExactlyInAnyOrderElementsOf(SUPPORTED);
	}

	@ParameterizedTest(name = "messages{0}.properties")
	@ValueSource(strings = { "", "_es", "_de", "_fr", "_it", "_pt", "_pt_PT", "_ru" })
	void shouldHoldEveryEnglishKeyWithTheSamePlaceholdersAsValidIcuText(String suffix) throws IOException {
		String language = suffix.isEmpty() ? "en" : suffix.substring(1);
		Properties english = load("messages.properties");
		Properties bundle = load("messages" + suffix + ".properties");
		List<String> problems = new ArrayList<>();
		for (String key : new TreeSet<>(english.stringPropertyNames())) {
			String value = bundle.getProperty(key);
			if (value == null) {
				problems.add(language + " missing: " + key);
			}
			else {
				check(language, key, value, english.getProperty(key), problems);
			}
		}
		for (String key : new TreeSet<>(bundle.stringPropertyNames())) {
			if (!english.containsKey(key)) {
				problems.add(language + " not in English: " + key);
			}
		}
		if (!problems.isEmpty()) {
			fail(problems.size() + " problem(s) in messages" + suffix + ".properties:\n" + String.join("\n", problems));
		}
	}

	private static void check(String language, String key, String value, String englishValue, List<String> problems) {
		if (value.indexOf('\'') >= 0) {
			problems.add(language + " ASCII apostrophe (use ’): " + key);
		}
		Set<Integer> arguments;
		try {
			arguments = arguments(value);
		}
		catch (IllegalArgumentException ex) {
			problems.add(language + " not ICU MessageFormat (" + ex.getMessage() + "): " + key);
			return;
		}
		Set<Integer> expected = arguments(englishValue);
		if (!arguments.equals(expected)) {
			problems.add(language + " placeholders " + arguments + " instead of " + expected + ": " + key);
		}
	}

	/** The argument numbers a pattern uses, at any depth (inside plural and select branches too). */
	static Set<Integer> arguments(String pattern) {
		MessagePattern parsed = new MessagePattern(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL).parse(pattern);
		Set<Integer> numbers = new TreeSet<>();
		for (int i = 0; i < parsed.countParts(); i++) {
			MessagePattern.Part part = parsed.getPart(i);
			if (part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
				numbers.add(part.getValue());
			}
			else if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
				throw new IllegalArgumentException("named argument " + parsed.getSubstring(part));
			}
		}
		return numbers;
	}

	/** The bundle files found in the messages folder, by suffix. */
	static Map<String, Resource> bundles() throws IOException {
		Map<String, Resource> bundles = new TreeMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:messages/messages*.properties")) {
			Matcher name = BUNDLE_NAME.matcher(resource.getFilename());
			if (name.matches()) {
				bundles.put((name.group(1) != null) ? name.group(1) : "", resource);
			}
		}
		return bundles;
	}

	private static Properties load(String file) throws IOException {
		Properties properties = new Properties();
		Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:messages/" + file);
		if (!resource.exists()) {
			fail("no bundle messages/" + file);
		}
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
