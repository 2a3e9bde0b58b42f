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

import app.tandem.i18n.Language;
import app.tandem.i18n.Messages;
import app.tandem.onboarding.OnboardedIn;
import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Russian-speaking person (Telegram language "ru") with a Cyrillic medication name and a note in her own words
 * plays setup, a medication and a check-in in Russian and asks for the PDF: read back with PDFBox, it holds her
 * words, her medication, her side effect and the dates in Russian. Every question and button is looked up in the
 * Russian bundle.
 */
@EndToEndTest
class RussianReportIntegrationTests {

	static final String NOTE = "Сегодня было тяжело, но вечером стало легче. Ελπίδα — café crème à Zürich";

	static final String MEDICATION = "Сертралин";

	@Autowired
	MutableClock clock;

	@Autowired
	Messages messages;

	@Test
	void shouldPutHerCyrillicNoteMedicationAndDatesInTheReport() throws IOException {
		TelegramUser olga = EndToEnd.newUser("ru");
		OnboardedIn russian = new OnboardedIn(messages, Language.RU);
		russian.setUp(olga, "Berlin", "DE");
		olga.awaitMessage(before(russian, "setup.done"));
		addMedication(olga, russian);

		String nausea = russian.text("side-effect.nausea");
		olga.send("/checkin");
		olga.tapOn(russian.text("checkin.mood"), "6");
		olga.awaitReply(russian.text("checkin.anxiety"));
		olga.send("3");
		olga.awaitReply(russian.text("checkin.sleep-hours"));
		olga.send("7");
		olga.tapOn(russian.text("checkin.sleep-quality"), "4");
		Call sideEffects = olga.awaitReply(russian.text("checkin.side-effects"));
		olga.tap(sideEffects, nausea);
		olga.awaitCall("editMessageReplyMarkup", call -> call.buttonLabels().contains("✓ " + nausea));
		olga.tap(sideEffects, russian.text("button.done"));
		olga.tapOn(russian.text("checkin.severity", nausea), russian.text("checkin.severity.moderate"));
		olga.tapOn(russian.text("checkin.medication", nausea), MEDICATION);
		olga.tapOn(russian.text("checkin.exercise"), russian.text("checkin.exercise.over-30"));
		olga.tapOn(russian.text("checkin.mindfulness"), russian.text("button.yes"));
		olga.tapOn(russian.text("checkin.social"), russian.text("button.no"));
		olga.awaitReply(russian.text("checkin.note"));
		olga.send(NOTE);
		olga.tapOn(russian.text("checkin.note-flag"), russian.text("checkin.note-flag.yes"));
		olga.awaitReply(before(russian, "checkin.recap.title"));

		olga.send("/report");
		olga.tapOn(russian.text("report.question"), russian.text("report.last-30"));

		Call document = olga.awaitCall("sendDocument", call -> true);
		String text;
		try (PDDocument pdf = Loader.loadPDF(document.params().path("document").path("bytes").binaryValue())) {
			text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
		Locale locale = Language.RU.locale();
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
		String day = SummaryText.day(today, locale);
		String moderate = russian.text("checkin.severity.moderate").toLowerCase(locale);
		assertThat(day).containsPattern("\\p{IsCyrillic}");
		assertThat(nausea + moderate).containsPattern("^\\p{IsCyrillic}+$");
		assertThat(text).contains("\"" + NOTE + "\"")
			.contains(day + " 6 3 7,0 4 " + nausea + " (" + moderate + ") Сегодня было тяжело")
			.contains(nausea + ": " + russian.text("report.side-effect", 1, moderate, MEDICATION))
			.contains(new Period(today.minusDays(29), today).label(locale))
			.doesNotContain("?");
	}

	/** Adds her medication, taken every day at 08:00, without pill tracking, answering in Russian. */
	private static void addMedication(TelegramUser user, OnboardedIn russian) {
		user.send("/addmed");
		user.awaitReply(russian.text("med.add.name"));
		user.send(MEDICATION);
		user.awaitReply(russian.text("med.add.dose", MEDICATION));
		user.send("50 mg");
		user.awaitReply(russian.text("med.add.times"));
		user.send("08:00");
		user.tapOn(russian.text("med.add.days"), russian.text("med.add.days.daily"));
		user.tapOn(russian.text("med.add.pills"), russian.text("button.skip"));
		user.awaitReply(before(russian, "med.add.done") + MEDICATION);
	}

	/** The text of a message up to its first placeholder: what can be waited for whatever fills it. */
	private static String before(OnboardedIn speaker, String key) {
		return speaker.text(key, "\u0001", "\u0001", "\u0001").split("\u0001")[0];
	}

}
