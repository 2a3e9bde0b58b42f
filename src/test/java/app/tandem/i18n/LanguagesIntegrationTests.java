package app.tandem.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import app.tandem.onboarding.OnboardedIn;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone whose Telegram speaks one of Tandem's other languages plays setup, adding a medication, a check-in, a
 * reminder's "Taken", {@code /summary} and {@code /report}, and reads no English: no sentence of the English bundle
 * (three words or more, between placeholders and tags) is in anything the bot sent to their chat (texts, edits,
 * captions, buttons, the PDF's text) unless that language's bundle has it too; and the PDF's headings are that language's.
 * <p>
 * Every step is looked up in the language's bundle, so the test plays the same before and after translation. It
 * fails, listing the English it found, until the language's bundle is complete. The person's bundle is read under
 * every basename in {@code spring.messages.basename}, so a bundle made elsewhere can be tried without copying it in:
 * {@code -Dspring.messages.basename=pseudo/messages,messages/messages}.
 */
@EndToEndTest
class LanguagesIntegrationTests {

	private static final String ENGLISH_BUNDLE = "messages/messages.properties";

	private static final String MEDICATION = "Zorvanelix";

	@Autowired
	Messages messages;

	@Autowired
	MutableClock clock;

	@Autowired
	Schedules schedules;

	@Autowired
	Environment environment;

	@ParameterizedTest
	@EnumSource(value = Language.class, names = "EN", mode = EnumSource.Mode.EXCLUDE)
	void shouldSpeakOnlyThePersonsLanguageFromSetupToTheReport(Language language) throws IOException {
		TelegramUser user = EndToEnd.newUser(language.tag().toLowerCase(Locale.ROOT));
		OnboardedIn speaker = new OnboardedIn(messages, language);
		boolean portugal = language == Language.PT_PT;
		speaker.setUp(user, portugal ? "Lisbon" : "Berlin", portugal ? "PT" : "DE");

		addMedication(user, speaker);
		checkIn(user, speaker);
		takeWhenReminded(user, speaker);
		user.send("/summary");
		user.awaitCall("sendPhoto", call -> true);
		user.send("/report");
		user.tapOn(speaker.text("report.question"), speaker.text("report.last-30"));
		Call document = user.awaitCall("sendDocument", call -> true);
		String pdf = pdfText(document);

		List<String> english = englishIn(sentTo(user, pdf), language);
		assertThat(english).as("English the bot sent in %s", language).isEmpty();
		for (String heading : List.of("report.overview", "report.daily")) {
			assertThat(pdf).contains(speaker.text(heading));
			assertThat(speaker.text(heading)).as(heading).isNotEqualTo(messages.get(Locale.ENGLISH, heading));
		}
	}

	private void addMedication(TelegramUser user, OnboardedIn speaker) {
		user.send("/addmed");
		user.awaitReply(speaker.text("med.add.name"));
		user.send(MEDICATION);
		user.awaitReply(before(speaker, "med.add.dose"));
		user.send("50 mg");
		user.awaitReply(speaker.text("med.add.times"));
		user.send("08:00");
		user.tapOn(speaker.text("med.add.days"), speaker.text("med.add.days.daily"));
		user.tapOn(speaker.text("med.add.pills"), speaker.text("button.skip"));
		user.awaitReply(before(speaker, "med.add.done"));
	}

	private void checkIn(TelegramUser user, OnboardedIn speaker) {
		user.send("/checkin");
		user.tapOn(speaker.text("checkin.mood"), "6");
		user.tapOn(speaker.text("checkin.anxiety"), "3");
		user.tapOn(speaker.text("checkin.sleep-hours"), "7");
		user.tapOn(speaker.text("checkin.sleep-quality"), "4");
		user.tapOn(speaker.text("checkin.side-effects"), speaker.text("checkin.side-effects.none"));
		user.tapOn(speaker.text("checkin.exercise"), speaker.text("checkin.exercise.over-30"));
		user.tapOn(speaker.text("checkin.mindfulness"), speaker.text("button.yes"));
		user.tapOn(speaker.text("checkin.social"), speaker.text("button.no"));
		user.awaitReply(speaker.text("checkin.note"));
		user.send("Pellandor Quisbert");
		user.tapOn(speaker.text("checkin.note-flag"), speaker.text("checkin.note-flag.yes"));
		user.awaitReply(before(speaker, "checkin.recap.title"));
	}

	private void takeWhenReminded(TelegramUser user, OnboardedIn speaker) {
		Instant due = schedules.nextFireAt("dose:" + user.id() + ":08:00")
			.orElseThrow(() -> new AssertionError("No dose schedule at 08:00"));
		clock.set(due);
		Call reminder = user.awaitMessage(call -> call.text() != null && call.text().contains(MEDICATION)
				&& call.buttonLabels().contains(speaker.text("med.button.taken")));
		user.tap(reminder, speaker.text("med.button.taken"));
		user.awaitCall("editMessageText", call -> call.text() != null && call.text().contains(MEDICATION));
	}

	/** The text of a message up to its first placeholder: what can be waited for whatever fills it. */
	private static String before(OnboardedIn speaker, String key) {
		return speaker.text(key, "\u0001", "\u0001", "\u0001").split("\u0001")[0];
	}

	/** Everything the bot sent to this person's chat: texts, edits, captions, button labels; and the PDF's text. */
	private static List<String> sentTo(TelegramUser user, String pdf) {
		List<String> sent = new ArrayList<>();
		for (Call call : EndToEnd.bot().calls(call -> call.chatId() == user.id())) {
			if (call.text() != null) {
				sent.add(call.text());
			}
			sent.addAll(call.buttonLabels());
		}
		sent.add(pdf);
		return sent;
	}

	/** The English bundle's fragments found in what was sent, leaving out those the person's bundle has too. */
	private List<String> englishIn(List<String> sent, Language language) {
		String own = String.join("\n", bundleValues(language));
		Set<String> found = new TreeSet<>();
		List<String> plain = sent.stream().map(LanguagesIntegrationTests::plain).toList();
		for (String fragment : fragments(load(ENGLISH_BUNDLE).stringPropertyNames().stream()
			.map(load(ENGLISH_BUNDLE)::getProperty)
			.toList())) {
			if (own.contains(fragment)) {
				continue;
			}
			plain.stream().filter(text -> text.contains(fragment)).findFirst()
				.ifPresent(text -> found.add("\"" + fragment + "\" in: " + text));
		}
		return new ArrayList<>(found);
	}

	/** The person's bundle: its own file and its parents' (pt_PT, then pt), under every configured basename. */
	private List<String> bundleValues(Language language) {
		List<String> suffixes = new ArrayList<>();
		Locale locale = language.locale();
		if (!locale.getCountry().isEmpty()) {
			suffixes.add("_" + locale.getLanguage() + "_" + locale.getCountry());
		}
		suffixes.add("_" + locale.getLanguage());
		List<String> values = new ArrayList<>();
		for (String basename : environment.getProperty("spring.messages.basename", "messages/messages").split(",")) {
			for (String suffix : suffixes) {
				Properties bundle = load(basename.strip() + suffix + ".properties");
				bundle.stringPropertyNames().forEach(key -> values.add(plain(bundle.getProperty(key))));
			}
		}
		return values;
	}

	/** The runs of three words or more between placeholders, tags and line breaks of each message. */
	private static Set<String> fragments(List<String> values) {
		Set<String> fragments = new LinkedHashSet<>();
		for (String value : values) {
			for (String part : withoutPlaceholders(value).split("\\{\\}|<[^>]*>|\\n")) {
				String fragment = part.replaceAll("\\s+", " ").strip();
				if (fragment.split(" ").length >= 3 && fragment.chars().filter(Character::isLetter).count() >= 8) {
					fragments.add(fragment);
				}
			}
		}
		return fragments;
	}

	/** Each placeholder ({0}, {1, plural, one {# day} other {# days}}) as {} , nested braces and all. */
	private static String withoutPlaceholders(String value) {
		StringBuilder out = new StringBuilder();
		int depth = 0;
		for (char c : value.replace("''", "'").toCharArray()) {
			if (c == '{') {
				if (depth++ == 0) {
					out.append("{}");
				}
			}
			else if (c == '}') {
				depth = Math.max(0, depth - 1);
			}
			else if (depth == 0) {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static String plain(String text) {
		return text.replace("''", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
			.replaceAll("[ \\t\\x0B\\f\\r]+", " ");
	}

	private static String pdfText(Call document) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(document.params().path("document").path("bytes").binaryValue())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
	}

	private static Properties load(String path) {
		Properties properties = new Properties();
		try (InputStream in = LanguagesIntegrationTests.class.getClassLoader().getResourceAsStream(path)) {
			if (in != null) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
			return properties;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
