package app.tandem.summary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import app.tandem.i18n.MessagesTestAccess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's example weekly summary is what Tandem sends for the seeded week ({@link SeededWeek}), word for word
 * (Telegram's formatting tags left out).
 */
class ReadmeExampleTests {

	static final String START = "<!-- example weekly summary: ReadmeExampleTests -->\n```text\n";

	@Test
	void shouldShowInTheReadmeExactlyTheSummaryTandemSends() throws Exception {
		String sent = String.join("\n\n",
				new SummaryText(MessagesTestAccess.english()).sections(SummaryStats.of(SeededWeek.data()), "A.K.",
						Locale.ENGLISH));
		String plain = sent.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");

		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf(START);
		assertThat(start).as("the README has the example block").isNotNegative();
		String shown = readme.substring(start + START.length(), readme.indexOf("\n```", start + START.length()));
		assertThat(shown).isEqualTo(plain);
	}

}
