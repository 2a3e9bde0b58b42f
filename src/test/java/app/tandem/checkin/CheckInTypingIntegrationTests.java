package app.tandem.checkin;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the person types into a check-in is kept as they meant it: a long note whole, a half hour of sleep as a half
 * hour, and a value Tandem is not sure of only after asking.
 */
@EndToEndTest
class CheckInTypingIntegrationTests {

	@Autowired
	Journal journal;

	@Autowired
	MutableClock clock;

	@Test
	void shouldKeepALongNoteWholeAndExportIt() throws IOException {
		TelegramUser user = Onboarded.user();
		String note = longNote(3500);
		user.send("/checkin");
		user.tapOn("How’s your mood", "Skip");
		user.tapOn("How anxious", "Skip");
		user.tapOn("How many hours", "Skip");
		user.tapOn("How well did you sleep", "Skip");
		user.tapOn("Any medication side effects", "Skip");
		user.tapOn("Did you move", "Skip");
		user.tapOn("mindfulness", "Skip");
		user.tapOn("time with other people", "Skip");
		user.awaitReply("Anything from therapy");

		user.send(note);
		user.tapOn("for your therapist", "Yes, for my therapist");
		user.awaitReply("Saved for");

		assertThat(journal.find(user.id(), today()).orElseThrow().note().text()).isEqualTo(note);
		user.send("/export");
		Call document = user.awaitCall("sendDocument", call -> true);
		JsonNode export = new ObjectMapper().readTree(document.params().path("document").path("bytes").binaryValue());
		assertThat(export.path("checkIns").get(0).path("note").asText()).isEqualTo(note);
	}

	@Test
	void shouldReadSideEffectsTypedAsAListAndAskTheSeverityOfEach() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		for (String question : List.of("How’s your mood", "How anxious", "How many hours", "How well did you sleep")) {
			user.tapOn(question, "Skip");
		}
		user.awaitReply("Any medication side effects");

		user.send("headache and nausea");

		user.tapOn("How bad was <b>Headache</b>?", "Mild");
		user.tapOn("How bad was <b>Nausea</b>?", "Moderate");
		for (String question : List.of("Did you move", "mindfulness", "time with other people")) {
			user.tapOn(question, "Skip");
		}
		user.tapOn("Anything from therapy", "Skip");
		assertThat(user.awaitReply("Saved for").text()).contains("Headache (mild)").contains("Nausea (moderate)");
		assertThat(user.texts()).noneMatch(text -> text.contains("Tap the side effects"));
	}

	@Test
	void shouldKeepTheSideEffectsTappedWhenNoIsTypedAfterThem() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		for (String question : List.of("How’s your mood", "How anxious", "How many hours", "How well did you sleep")) {
			user.tapOn(question, "Skip");
		}
		Call sideEffects = user.awaitReply("Any medication side effects");
		user.tap(sideEffects, "Nausea");
		user.awaitCall("editMessageReplyMarkup", call -> call.toString().contains("✓ Nausea"));

		user.send("no");

		user.tapOn("How bad was <b>Nausea</b>?", "Mild");
		for (String question : List.of("Did you move", "mindfulness", "time with other people")) {
			user.tapOn(question, "Skip");
		}
		user.tapOn("Anything from therapy", "Skip");
		assertThat(user.awaitReply("Saved for").text()).contains("Nausea (mild)").doesNotContain("No side effects");
	}

	@Test
	void shouldAskForYesOrNoWithoutOfferingASkipTheNoteQuestionDoesNotHave() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		for (String question : List.of("How’s your mood", "How anxious", "How many hours", "How well did you sleep",
				"Any medication side effects", "Did you move", "mindfulness", "time with other people")) {
			user.tapOn(question, "Skip");
		}
		user.awaitReply("Anything from therapy");
		user.send("a calm day, we baked bread");
		Call flag = user.awaitReply("for your therapist");

		user.send("hmm");

		assertThat(user.awaitReply("Please tap Yes or No").text()).isEqualTo("Please tap Yes or No.");
		assertThat(flag.buttonLabels()).noneMatch(label -> label.contains("Skip"));
	}

	@Test
	void shouldReadHalvesTypedInWordsFractionsOrWithAComma() {
		// One person each: a second check-in of the same day is an edit, which /cancel undoes.
		assertThat(sleepTyped(Onboarded.user(), "about 5 and a half")).isEqualTo(5.5);
		assertThat(sleepTyped(Onboarded.user(), "5½")).isEqualTo(5.5);
		assertThat(sleepTyped(Onboarded.user(), "6,5 hours")).isEqualTo(6.5);
		assertThat(sleepTyped(Onboarded.user(), "seven and a half hours")).isEqualTo(7.5);
		assertThat(sleepTyped(Onboarded.user(), "around 8 and a quarter")).isEqualTo(8.25);
	}

	@Test
	void shouldAskBeforeStoringAValueItIsNotSureOf() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.tapOn("How’s your mood", "Skip");
		user.tapOn("How anxious", "Skip");
		user.awaitReply("How many hours");

		user.send("5 and a bit, woke up twice");

		Call confirm = user.awaitReply("5 hours?");
		assertThat(journal.find(user.id(), today()).map(CheckIn::sleepHours)).isEmpty();
		user.tap(confirm, "No");
		user.awaitReply("How many hours");
		assertThat(journal.find(user.id(), today()).map(CheckIn::sleepHours)).isEmpty();

		user.send("maybe 6 or so I guess");
		user.tapOn("6 hours?", "Yes");
		user.awaitReply("How well did you sleep");
		assertThat(journal.find(user.id(), today()).orElseThrow().sleepHours()).isEqualTo(6.0);
	}

	@Test
	void shouldNotReadAHalfAsAWholeMood() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		user.awaitReply("How’s your mood");

		user.send("about 5 and a half");

		user.awaitReply("Mood takes a whole number");
		assertThat(journal.find(user.id(), today()).map(CheckIn::mood)).isEmpty();
	}

	private Double sleepTyped(TelegramUser user, String typed) {
		user.send("/checkin");
		user.tapOn("How’s your mood", "Skip");
		user.tapOn("How anxious", "Skip");
		user.awaitReply("How many hours");
		user.send(typed);
		user.awaitReply("How well did you sleep");
		user.send("/cancel");
		user.awaitReply("Stopped");
		return journal.find(user.id(), today()).orElseThrow().sleepHours();
	}

	private static String longNote(int length) {
		StringBuilder note = new StringBuilder();
		int day = 1;
		while (note.length() < length) {
			note.append("Session ").append(day++).append(": we talked about sleep, work and the walk by the river. ");
		}
		return note.substring(0, length - 4) + " end";
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
	}

}
