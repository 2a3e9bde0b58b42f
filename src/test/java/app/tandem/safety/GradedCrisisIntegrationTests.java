package app.tandem.safety;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.medication.Medicated;
import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What a person gets when what they type shows risk: an answer graded by severity, a repeat that is shorter but
 * never silent, and nothing else said about that message. Played through the fake Bot API and the real client.
 */
@EndToEndTest
class GradedCrisisIntegrationTests {

	static final String CRISIS = "You’re not alone";

	static final String REPEAT = "I’m still here with you";

	static final String QUESTION = "are you having thoughts of ending your life?";

	@Autowired
	MutableClock clock;

	@Autowired
	ScreenedMedications screenedMedications;

	@Test
	void shouldHelpWithEverySecondAndThirdRiskMessageWithinTenMinutesAndNeverSayNothingAsked() {
		TelegramUser user = Onboarded.user();

		user.send("I don't want to live anymore, I want to kill myself");
		assertThat(user.awaitReply(CRISIS).text()).contains("TelefonSeelsorge").contains("0800 111 0 111");
		user.send("really, I want to die");
		assertThat(user.awaitReply(REPEAT).text()).contains("0800 111 0 111").contains("<b>112</b>");
		user.send("i mean it. i want to end my life");
		assertThat(user.awaitReply(REPEAT).text()).contains("0800 111 0 111");

		afterEverythingAbove(user);
		assertThat(user.texts()).noneMatch(text -> text.contains("I didn’t ask anything"));
		assertThat(user.texts()).filteredOn(text -> text.contains(CRISIS)).hasSize(1);
	}

	@Test
	void shouldPutTheEmergencyNumberFirstForAnOverdoseTakenRightAfterACrisisMessage() {
		TelegramUser user = Onboarded.user();
		user.send("I want to kill myself");
		user.awaitReply(CRISIS);

		user.send("i took all my pills an hour ago");

		String urgent = user.awaitReply("Please call 112 now").text();
		assertThat(urgent).startsWith("🚨 <b>Please call 112 now</b>").contains(CRISIS).contains("TelefonSeelsorge");
	}

	@Test
	void shouldReadAnOverdoseOfThePersonsOwnMedicationByItsNameAsUrgent() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Zorvexa", "20 mg", "08:00");
		await().untilAsserted(() -> assertThat(screenedMedications.namesOf(user.id())).contains("Zorvexa"));

		user.send("took 30 zorvexa an hour ago");

		assertThat(user.awaitReply("Please call 112 now").text()).startsWith("🚨 <b>Please call 112 now</b>");
	}

	@Test
	void shouldSayTheWholeMessageAgainAfterTenMinutes() {
		TelegramUser user = Onboarded.user();
		user.send("I want to kill myself");
		user.awaitReply(CRISIS);

		clock.advance(Duration.ofMinutes(11));
		user.send("I still want to kill myself");

		user.awaitReply(CRISIS);
	}

	@Test
	void shouldAskDirectlyWithALineInTheSameMessageAndShowTheLinesOnYes() {
		TelegramUser user = Onboarded.user();

		user.send("honestly i'm so tired of living");

		Call question = user.awaitReply(QUESTION);
		assertThat(question.text()).contains("TelefonSeelsorge").contains("0800 111 0 111");
		user.tap(question, "Yes");
		assertThat(user.awaitReply(CRISIS).text()).contains("<b>112</b>");
	}

	@Test
	void shouldNotTakeWhatIsTypedAfterAYesAsTheOpenCheckInsAnswerUntilThePersonTapsContinue() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		for (String step : List.of("How’s your mood", "How anxious", "How many hours",
				"How well did you sleep", "Any medication side effects", "Did you move", "mindfulness",
				"time with other people")) {
			user.tapOn(step, "Skip");
		}
		user.awaitReply("Anything from therapy");
		user.send("therapy was hard today. sometimes i think everyone would be better off without me");
		user.tap(user.awaitReply(QUESTION), "Yes");
		user.awaitReply(CRISIS);

		user.send("i don't know");

		Call held = user.awaitReply("What you write now isn’t taken as an answer");
		afterEverythingAbove(user);
		assertThat(user.texts()).noneMatch(text -> text.contains("for your therapist"));
		user.tap(held, "Continue");
		user.awaitReply("What you wrote just before wasn’t saved as an answer");
		user.awaitReply("Anything from therapy");
		user.send("we talked about my sister");
		user.awaitReply("for your therapist");
	}

	@Test
	void shouldAskDirectlyWhenOnlyTheScreensModelReadsRiskInTheWords() {
		TelegramUser user = Onboarded.user();

		user.send("i wont be needing the refills anymore");

		Call question = user.awaitReply(QUESTION);
		assertThat(question.text()).contains("TelefonSeelsorge").contains("0800 111 0 111");
		user.tap(question, "No");
		user.awaitReply("Thank you for telling me");
	}

	@Test
	void shouldThankOnNoAndNotAskAgainForTheSameMessage() {
		TelegramUser user = Onboarded.user();
		user.send("honestly i'm so tired of living");
		Call question = user.awaitReply(QUESTION);

		user.tap(question, "No");

		user.awaitReply("Thank you for telling me");
		afterEverythingAbove(user);
		assertThat(user.texts()).filteredOn(text -> text.contains(QUESTION)).hasSize(1);
		assertThat(user.texts()).noneMatch(text -> text.contains(CRISIS));
	}

	@Test
	void shouldTakeATypedYesOrNoAsTheAnswerToTheQuestion() {
		TelegramUser user = Onboarded.user();
		user.send("i'm so tired of living");
		user.awaitReply(QUESTION);

		user.send("yes");

		assertThat(user.awaitReply(CRISIS).text()).contains("TelefonSeelsorge");
		afterEverythingAbove(user);
		assertThat(user.texts()).noneMatch(text -> text.contains("I didn’t ask anything"));
	}

	@Test
	void shouldScreenAPhotosCaption() {
		TelegramUser user = Onboarded.user();

		user.sendPhoto("this is me tonight. i want to die");

		user.awaitReply(CRISIS);
		afterEverythingAbove(user);
		assertThat(user.texts()).noneMatch(text -> text.contains("I can only read text"));
	}

	@Test
	void shouldScreenAnEditedMessage() {
		TelegramUser user = Onboarded.user();
		long sent = user.send("had a long day");

		user.edit(sent, "had a long day. i want to kill myself");

		user.awaitReply(CRISIS);
		afterEverythingAbove(user);
		assertThat(user.texts()).noneMatch(text -> text.contains("edited"));
	}

	@Test
	void shouldAnswerAPlainSosOrHelpInAnyLanguageWithTheCrisisMessage() {
		TelegramUser english = EndToEnd.newUser();
		english.send("sos");
		english.awaitReply(CRISIS);

		TelegramUser spanish = EndToEnd.newUser("es-ES");
		spanish.send("necesito ayuda!!");
		assertThat(spanish.awaitReply("No estás solo").text()).contains("024");
	}

	@Test
	void shouldNotAnswerSomeoneElsesCrisisOrAFilmWithCrisisHelp() {
		TelegramUser user = Onboarded.user();

		user.send("my friend told me she wants to kill herself, how can I help her?");
		user.send("watched a documentary about suicide prevention last night");

		afterEverythingAbove(user);
		assertThat(user.texts()).noneMatch(text -> text.contains(CRISIS) || text.contains(QUESTION));
	}

	/** Sends /help and waits for its answer: the chat's earlier messages have then all been handled. */
	private static void afterEverythingAbove(TelegramUser user) {
		user.send("/help");
		user.awaitReply("/crisis");
	}

}
