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
	void shouldWriteALinesHoursInThePersonsLanguage() {
		CrisisLines shipped = new ShippedCrisisLinesTests().lines;
		CrisisMessage fromTheShippedFile = new CrisisMessage(shipped, new EmergencyNumbers(shipped),
				MessagesTestAccess.english());

		assertThat(fromTheShippedFile.compose(Optional.of("DE"), Locale.ENGLISH)).contains("· 24/7, free");
		assertThat(fromTheShippedFile.compose(Optional.of("DE"), Locale.GERMAN)).contains("· rund um die Uhr, kostenlos");
		assertThat(fromTheShippedFile.compose(Optional.of("DE"), Locale.forLanguageTag("es")))
			.contains("· las 24 horas, gratis");
		for (String language : new String[] { "en", "es", "fr", "pt", "ru", "it" }) {
			assertThat(fromTheShippedFile.compose(Optional.of("DE"), Locale.forLanguageTag(language)))
				.doesNotContain("kostenlos");
		}
		assertThat(fromTheShippedFile.compose(Optional.of("AT"), Locale.ENGLISH))
			.contains("· phone 24/7, free; chat daily 16:00–23:00");
		assertThat(fromTheShippedFile.compose(Optional.of("UA"), Locale.forLanguageTag("ru")))
			.contains("· ежедневно 10:00–20:00");
		assertThat(fromTheShippedFile.compose(Optional.of("FI"), Locale.FRENCH)).contains("· horaires non confirmés");
	}

	@Test
	void shouldShowHoursWrittenAsProseInAnOlderFileAsTheyAre() {
		String prose = TestCrisisLines.GERMANY_AND_UK.replaceFirst("hours: 24/7", "hours: 24/7, kostenlos");

		CrisisLines lines = TestCrisisLines.read(folder, prose);
		CrisisMessage older = new CrisisMessage(lines, new EmergencyNumbers(lines), MessagesTestAccess.english());

		assertThat(older.compose(Optional.of("DE"), Locale.ENGLISH)).contains("· 24/7, kostenlos");
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
