package app.tandem.safety;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import app.tandem.checkin.HistoryDates;
import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;
import app.tandem.user.UserProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

@EndToEndTest
class SafetyIntegrationTests {

	static final List<String> ANSWERS = List.of("Not at all", "Several days", "More than half the days",
			"Nearly every day");

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Test
	void shouldScorePhq9IntoItsBand() {
		TelegramUser user = Onboarded.user();
		user.send("/phq9");

		answer(user, 1, 2, 1, 2, 1, 1, 2, 1, 0);

		String result = user.awaitReply("Your PHQ-9 score").text();
		assertThat(result).contains("11 of 27", "“moderate”", "not a diagnosis", "therapist or prescriber");
		assertThat(questionnaires.latest(user.id(), Questionnaire.PHQ9)).hasValueSatisfying(saved -> {
			assertThat(saved.total()).isEqualTo(11);
			assertThat(saved.band()).isEqualTo("moderate");
			assertThat(saved.items()).containsExactly(1, 2, 1, 2, 1, 1, 2, 1, 0);
		});
		assertThat(user.texts()).noneMatch(text -> text.contains("You’re not alone"));
	}

	@Test
	void shouldShowCrisisResourcesAtOnceWhenPhq9ItemNineIsAboveZero() {
		TelegramUser user = Onboarded.user();
		user.send("/phq9");

		answer(user, 0, 0, 0, 0, 0, 0, 0, 0, 1);

		user.awaitReply("Your PHQ-9 score: 1 of 27");
		List<String> texts = user.texts();
		int crisis = indexOf(texts, "You’re not alone");
		assertThat(crisis).isGreaterThanOrEqualTo(0).isLessThan(indexOf(texts, "Your PHQ-9 score"));
		assertThat(texts.get(crisis)).contains("TelefonSeelsorge");
	}

	@Test
	void shouldScoreGad7() {
		TelegramUser user = Onboarded.user();
		user.send("/gad7");

		answer(user, 3, 3, 2, 2, 1, 1, 3);

		assertThat(user.awaitReply("Your GAD-7 score").text()).contains("15 of 21", "“severe”");
	}

	@Test
	void shouldWriteASafetyPlanAndShowItWithTheCrisisLines() {
		TelegramUser user = Onboarded.user();
		user.send("/safetyplan");
		user.awaitReply("1/7 Warning signs");
		user.send("Not sleeping, pulling away from friends");
		user.awaitReply("2/7 Coping on my own");
		user.send("A long walk with music");
		user.tapOn("3/7", "Skip");
		user.tapOn("4/7", "Skip");
		user.awaitReply("5/7");
		user.send("Dr Weber 030 1234567 <therapist>");
		user.tapOn("6/7", "Skip");
		user.awaitReply("7/7");
		user.send("My sister and my cat");
		String plan = user.awaitReply("My safety plan").text();
		assertThat(plan).contains("Not sleeping, pulling away from friends", "A long walk with music",
				"Dr Weber 030 1234567 &lt;therapist&gt;", "My sister and my cat")
			.doesNotContain("People and places that distract me");

		user.send("/crisis");

		user.awaitReply("You’re not alone");
		Call shown = user.awaitReply("My safety plan");
		assertThat(shown.text()).contains("My sister and my cat");
		assertThat(user.messages().indexOf(shown)).isGreaterThan(indexOf(user.texts(), "You’re not alone"));
	}

	@Test
	void shouldOfferSupportOnceADayWhenMoodIsAtTheLowestLevel() {
		TelegramUser user = Onboarded.user();

		completeCheckIn(user, "/checkin", "How’s your mood", "1");
		user.awaitReply("I’m sorry today feels so hard");
		completeCheckIn(user, "/checkin", "change it?", "Change it", "How’s your mood", "0");
		user.awaitReply("Saved for");

		assertThat(user.texts()).filteredOn(text -> text.contains("I’m sorry today feels so hard")).hasSize(1);
		assertThat(user.awaitMessage("I’m sorry today feels so hard").buttonLabels()).contains("🆘 Need help now");
	}

	@Test
	void shouldOfferSupportAfterThreeCheckInsInARowAtThreeOrBelow() {
		TelegramUser user = Onboarded.user();
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
		String twoDaysAgo = HistoryDates.label(today.minusDays(2), Locale.ENGLISH);
		String yesterday = HistoryDates.label(today.minusDays(1), Locale.ENGLISH);

		completeCheckIn(user, "/edit", "Which day", twoDaysAgo, "Editing", "3");
		completeCheckIn(user, "/edit", "Which day", yesterday, "Editing", "2");
		assertThat(user.texts()).noneMatch(text -> text.contains("I’m sorry today feels so hard"));

		completeCheckIn(user, "/checkin", "How’s your mood", "3");

		user.awaitReply("I’m sorry today feels so hard");
	}

	@Test
	void shouldOfferAQuestionnaireAfterACheckInAndStopWhenAsked() {
		TelegramUser user = Onboarded.user();
		// The first offer comes once the person has used Tandem for a week.
		mongo.updateFirst(Query.query(where("_id").is(user.id())),
				new Update().set("setupCompletedAt", clock.instant().minus(Duration.ofDays(8))), UserProfile.class);

		completeCheckIn(user, "/checkin", "How’s your mood", "7");
		user.tapOn("short questionnaire", "Don’t offer again");

		user.awaitReply("I won’t offer questionnaires any more");
		assertThat(mongo.findById(user.id(), SafetySettings.class).offersOff()).isTrue();
	}

	@Test
	void shouldRecordCrisisEventsWithoutTheWords() {
		TelegramUser user = Onboarded.user();
		user.send("I want to end my life");
		user.awaitReply("You’re not alone");

		await().until(() -> mongo.count(Query.query(where("userId").is(user.id())), CrisisEvent.class) == 1);
		CrisisEvent event = mongo.findOne(Query.query(where("userId").is(user.id())), CrisisEvent.class);
		assertThat(event.trigger()).isEqualTo(CrisisTrigger.SCREENED_TEXT);
		assertThat(event.signal()).isEqualTo(RiskSignal.SUICIDE);
		assertThat(mongo.getCollection("crisis_events").find().first().toJson()).doesNotContain("end my life");
	}

	@Test
	void shouldPageThroughShortLearnCardsInPlace() {
		TelegramUser user = Onboarded.user();
		user.send("/learn");
		Call first = user.awaitReply("Therapy and medication, together");
		assertThat(first.text()).contains("Card 1 of 10", "doesn’t diagnose or advise on medication");

		user.tap(first, "2 ▶");

		Call edited = user.awaitCall("editMessageText", call -> call.text().contains("What medication can and can’t do"));
		assertThat(edited.params().path("message_id").asInt()).isEqualTo(first.messageId());
		for (int card = 1; card <= LearnCommand.CARDS; card++) {
			user.send("/learn " + card);
			String text = user.awaitReply("Card " + card + " of 10").text().replaceAll("<[^>]+>", "");
			String body = text.substring(0, text.indexOf("\n\nCard " + card));
			assertThat(body).as("card %d", card).hasSizeLessThan(700);
		}
	}

	private static void answer(TelegramUser user, int... scores) {
		for (int i = 0; i < scores.length; i++) {
			user.tapOn("<b>" + (i + 1) + "/" + scores.length + "</b>", ANSWERS.get(scores[i]));
		}
	}

	/** Taps through a check-in: the given taps (question fragment, label pairs), then Skip to the end. */
	private static void completeCheckIn(TelegramUser user, String command, String... taps) {
		user.send(command);
		for (int i = 0; i < taps.length; i += 2) {
			user.tapOn(taps[i], taps[i + 1]);
		}
		for (String question : List.of("How anxious", "How many hours", "How well did you sleep",
				"Any medication side effects", "Did you move", "mindfulness", "time with other people",
				"Anything from therapy")) {
			user.tapOn(question, "Skip");
		}
		user.awaitReply("Saved for");
	}

	private static int indexOf(List<String> texts, String fragment) {
		for (int i = 0; i < texts.size(); i++) {
			if (texts.get(i) != null && texts.get(i).contains(fragment)) {
				return i;
			}
		}
		return -1;
	}

}
