package app.tandem.safety;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.tandem.i18n.MessagesTestAccess;

import static org.assertj.core.api.Assertions.assertThat;

class CrisisMessageTests {

	@TempDir
	Path folder;

	CrisisMessage message;

	@BeforeEach
	void setUp() {
		CrisisLines lines = TestCrisisLines.read(folder, TestCrisisLines.GERMANY_AND_UK);
		message = new CrisisMessage(lines, new EmergencyNumbers(lines), MessagesTestAccess.english());
	}

	@Test
	void shouldShowTheLinesTheEmergencyNumberAndItsNoteForACountryWithLines() {
		String text = message.compose(Optional.of("DE"), Locale.ENGLISH);

		assertThat(text).contains("<b>TelefonSeelsorge</b>")
			.contains("call <b>112</b> now.\n<i>110 police</i>")
			.contains("In another country? https://findahelpline.com")
			.doesNotContain("I don’t know a national crisis line");
	}

	@Test
	void shouldShowNoNoteWhenTheFileGivesNone() {
		String text = message.compose(Optional.of("GB"), Locale.ENGLISH);

		assertThat(text).contains("<b>Samaritans</b>").contains("call <b>999</b> now.\n\n").doesNotContain("<i>");
	}

	@Test
	void shouldGiveACountryWithoutLinesItsEmergencyNumberAndSayNoNationalLineIsKnown() {
		String text = message.compose(Optional.of("AT"), Locale.ENGLISH);

		assertThat(text).contains("call <b>112</b> now")
			.contains("I don’t know a national crisis line for Austria yet")
			.contains("Free, confidential helplines in your country: https://findahelpline.com")
			.doesNotContain("📞")
			.doesNotContain("your local emergency number")
			.doesNotContain("In another country?");
	}

	@Test
	void shouldNameTheCountryInThePersonsLanguage() {
		assertThat(message.compose(Optional.of("AT"), Locale.GERMAN)).contains("ruf jetzt <b>112</b> an")
			.contains("Für dein Land (Österreich) kenne ich noch kein landesweites Krisentelefon");
		assertThat(message.compose(Optional.of("MX"), Locale.forLanguageTag("es"))).contains("llama ahora al <b>911</b>")
			.contains("para tu país (México)");
	}

	@Test
	void shouldEscapeACountryNameForHtml() {
		assertThat(message.compose(Optional.of("BA"), Locale.ENGLISH)).contains("Bosnia &amp; Herzegovina");
	}

	@Test
	void shouldFallBackToTheGeneralEmergencyAdviceWhenACountryHasNoKnownNumber() {
		String text = message.compose(Optional.of("AQ"), Locale.ENGLISH);

		assertThat(text).contains("call your local emergency number")
			.contains("I don’t know a national crisis line for Antarctica yet")
			.contains("https://findahelpline.com");
	}

	@Test
	void shouldGiveTheGeneralAdviceAndTheDirectoryWhenTheCountryIsUnknown() {
		String text = message.compose(Optional.empty(), Locale.ENGLISH);

		assertThat(text).contains("call your local emergency number")
			.contains("Free, confidential helplines in your country: https://findahelpline.com")
			.doesNotContain("I don’t know a national crisis line");
	}

}
