package app.tandem.summary;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.medication.Medicated;
import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Russian-speaking person (Telegram language "ru") with a Cyrillic medication name and a note in her own words
 * asks for the PDF: read back with PDFBox, it holds her words, her medication and the dates in Russian.
 */
@EndToEndTest
class RussianReportIntegrationTests {

	static final String NOTE = "Сегодня было тяжело, но вечером стало легче. Ελπίδα — café crème à Zürich";

	@Autowired
	MutableClock clock;

	@Test
	void shouldPutHerCyrillicNoteMedicationAndDatesInTheReport() throws IOException {
		TelegramUser olga = EndToEnd.newUser("ru");
		olga.send("/start");
		olga.tapOn("Is that OK with you?", "✅ I agree");
		olga.tapOn("Which time zone", "Berlin");
		olga.tapOn("What time suits you", "21:00");
		olga.tapOn("helplines for", "Yes, Германия");
		olga.awaitReply("All set ✓");
		Medicated.add(olga, "Сертралин", "50 mg", "08:00");

		olga.send("/checkin");
		olga.tapOn("How’s your mood", "6");
		olga.awaitReply("How anxious");
		olga.send("3");
		olga.awaitReply("How many hours did you sleep");
		olga.send("7");
		olga.tapOn("How well did you sleep", "4");
		Call sideEffects = olga.awaitReply("Any medication side effects");
		olga.tap(sideEffects, "Nausea");
		olga.awaitCall("editMessageReplyMarkup", call -> call.toString().contains("✓ Nausea"));
		olga.tap(sideEffects, "Done ✓");
		olga.tapOn("How bad was <b>Nausea</b>?", "Moderate");
		olga.tapOn("be from one of your medications?", "Сертралин");
		olga.tapOn("Did you move", "30+ min");
		olga.tapOn("mindfulness", "Yes");
		olga.tapOn("time with other people", "No");
		olga.awaitReply("Anything from therapy");
		olga.send(NOTE);
		olga.tapOn("for your therapist", "Yes, for my therapist");
		olga.awaitReply("Saved for");

		olga.send("/report");
		olga.tapOn("Which period", "Last 30 days");

		Call document = olga.awaitCall("sendDocument", call -> true);
		String text;
		try (PDDocument pdf = Loader.loadPDF(document.params().path("document").path("bytes").binaryValue())) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		Locale russian = Locale.forLanguageTag("ru");
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
		String day = SummaryText.day(today, russian);
		assertThat(day).containsPattern("\\p{IsCyrillic}");
		assertThat(text).contains("\"" + NOTE + "\"")
			.contains(day + " 6 3 7,0 4 Nausea (moderate) Сегодня было тяжело")
			.contains("Nausea: on 1 day, worst moderate, medication: Сертралин")
			.contains(new Period(today.minusDays(29), today).label(russian))
			.doesNotContain("?");
	}

}
