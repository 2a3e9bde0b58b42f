package app.tandem.safety;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;
import app.tandem.user.UserProfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The questionnaires as a new person meets them: no offer on the first day, Back to the previous item, answers
 * typed in words.
 */
@EndToEndTest
class QuestionnairePathsIntegrationTests {

	static final List<String> ANSWERS = List.of("Not at all", "Several days", "More than half the days",
			"Nearly every day");

	@Autowired
	Questionnaires questionnaires;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Test
	void shouldNotOfferAQuestionnaireOnTheFirstDay() {
		TelegramUser user = Onboarded.user();

		completeCheckIn(user);
		user.send("/help");

		user.awaitReply("What I can do");
		assertThat(user.texts()).noneMatch(text -> text.contains("short questionnaire"));
	}

	@Test
	void shouldOfferTheFirstQuestionnaireAfterAWeekWithoutSayingItHasBeenAWhile() {
		TelegramUser user = Onboarded.user();
		mongo.updateFirst(Query.query(where("_id").is(user.id())),
				new Update().set("setupCompletedAt", clock.instant().minus(Duration.ofDays(8))), UserProfile.class);

		completeCheckIn(user);

		Call offer = user.awaitReply("short questionnaire");
		assertThat(offer.text()).startsWith("You’ve been using Tandem for a while now").doesNotContain("It’s been a while");
		assertThat(offer.buttonLabels()).contains("PHQ-9 (mood)", "GAD-7 (anxiety)");
	}

	@Test
	void shouldGoBackToThePreviousItemKeepingTheEarlierAnswers() {
		TelegramUser user = Onboarded.user();
		user.send("/phq9");
		Call first = user.awaitReply("<b>1/9</b>");
		assertThat(first.buttonLabels()).doesNotContain("◀ Back");
		user.tap(first, "Several days");
		user.tapOn("<b>2/9</b>", "Nearly every day");

		Call third = user.awaitReply("<b>3/9</b>");
		assertThat(third.buttonLabels()).containsExactly("Not at all", "Several days", "More than half the days",
				"Nearly every day", "◀ Back");
		user.tap(third, "◀ Back");
		user.tapOn("<b>2/9</b>", "Not at all");
		for (int item = 3; item <= 9; item++) {
			user.tapOn("<b>" + item + "/9</b>", "Not at all");
		}

		user.awaitReply("Your PHQ-9 score: 1 of 27");
		assertThat(questionnaires.latest(user.id(), Questionnaire.PHQ9))
			.hasValueSatisfying(saved -> assertThat(saved.items()).containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0));
	}

	@Test
	void shouldTakeAnswersTypedInWordsOrNumbers() {
		TelegramUser user = Onboarded.user();
		user.send("/gad7");
		List<String> typed = List.of("several days", "More than half the days", "Nearly every day.", "not at all",
				"3", "Several", "2");

		for (int item = 1; item <= typed.size(); item++) {
			user.awaitReply("<b>" + item + "/7</b>");
			user.send(typed.get(item - 1));
		}

		user.awaitReply("Your GAD-7 score: 12 of 21");
		assertThat(user.texts()).noneMatch(text -> text.contains("Please tap one of the four answers"));
		assertThat(questionnaires.latest(user.id(), Questionnaire.GAD7))
			.hasValueSatisfying(saved -> assertThat(saved.items()).containsExactly(1, 2, 3, 0, 3, 1, 2));
	}

	@Test
	void shouldAskAgainWhenATypedAnswerIsNotOneOfTheFour() {
		TelegramUser user = Onboarded.user();
		user.send("/gad7");
		user.awaitReply("<b>1/7</b>");

		user.send("sometimes");

		user.awaitReply("Please tap one of the four answers, or type it");
	}

	/** Taps through a check-in with mood 7 and Skip for everything else. */
	private static void completeCheckIn(TelegramUser user) {
		user.send("/checkin");
		user.tapOn("How’s your mood", "7");
		for (String question : List.of("How anxious", "How many hours", "How well did you sleep",
				"Any medication side effects", "Did you move", "mindfulness", "time with other people",
				"Anything from therapy")) {
			user.tapOn(question, "Skip");
		}
		user.awaitReply("Saved for");
	}

}
