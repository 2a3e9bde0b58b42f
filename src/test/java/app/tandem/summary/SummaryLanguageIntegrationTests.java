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

import app.tandem.i18n.Messages;
import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An English-speaking person whose therapist reads German chooses German for the summary and report in /settings:
 * the weekly summary, its chart and the PDF come in German, while the bot keeps talking to her in English.
 */
@EndToEndTest
class SummaryLanguageIntegrationTests {

	@Autowired
	MutableClock clock;

	@Autowired
	Messages messages;

	@Test
	void shouldSendTheSummaryAndTheReportInTheLanguageChosenForTheTherapist() throws IOException {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		user.awaitReply("How anxious");
		user.send("/cancel");
		user.awaitReply("Stopped");

		user.send("/settings");
		user.tapOn("<b>Your settings</b>", "Summary language");
		Call languages = user.awaitReply("Which language should your weekly summary and /report be written in?");
		assertThat(languages.buttonLabels()).containsExactly("English", "Español", "Deutsch", "Français", "Italiano",
				"Português (Brasil)", "Português (Portugal)", "Русский", "The same as mine");
		user.tap(languages, "Deutsch");
		user.awaitReply("🌐 Summary and report in: <b>Deutsch</b>");
		user.tap("Done");
		user.awaitReply("Saved ✓");

		Locale german = Locale.GERMAN;
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
		Period week = Period.weekEnding(today);
		user.send("/summary");
		String summary = user.awaitReply(messages.get(german, "summary.header", week.label(german))).text();
		assertThat(summary).doesNotContain(week.label(Locale.ENGLISH));
		Call chart = user.awaitCall("sendPhoto", call -> true);
		assertThat(chart.text()).isEqualTo(messages.get(german, "summary.chart-caption", week.label(german)));

		user.send("/report");
		user.tapOn("Which period", "Last 30 days");
		Call document = user.awaitCall("sendDocument", call -> true);
		Period month = new Period(today.minusDays(29), today);
		assertThat(document.text()).as("her own message stays in her language")
			.isEqualTo(messages.get(Locale.ENGLISH, "report.caption", month.label(Locale.ENGLISH)));
		try (PDDocument pdf = Loader.loadPDF(document.params().path("document").path("bytes").binaryValue())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(messages.get(german, "report.title"))
				.contains(month.label(german), SummaryText.day(today, german))
				.doesNotContain(month.label(Locale.ENGLISH), SummaryText.day(today, Locale.ENGLISH));
		}
	}

	@Test
	void shouldGoBackToHerOwnLanguageWithTheSameAsMine() {
		TelegramUser user = Onboarded.user();
		user.send("/settings");
		user.tapOn("<b>Your settings</b>", "Summary language");
		user.tapOn("Which language should your weekly summary", "Русский");
		user.awaitReply("🌐 Summary and report in: <b>Русский</b>");
		user.tap("Summary language");
		user.tapOn("Which language should your weekly summary", "The same as mine");
		Call menu = user.awaitMessage(call -> call.text() != null && call.text().contains("<b>Your settings</b>")
				&& !call.text().contains("🌐"));
		assertThat(menu.text()).doesNotContain("Русский");

		user.tap("Done");
		user.send("/summary");
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
		user.awaitReply("Tandem weekly summary · " + Period.weekEnding(today).label(Locale.ENGLISH));
	}

}
