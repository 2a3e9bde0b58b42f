package app.tandem.checkin;

import java.time.LocalDate;
import java.util.Date;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Button data comes back from the person's phone, and a modified client can send anything: a forged value changes
 * nothing and gets a kind notice; a bad value already in the store never breaks the summary.
 */
@EndToEndTest
class ForgedAnswersIntegrationTests {

	@Autowired
	Journal journal;

	@Autowired
	MongoTemplate mongo;

	@Test
	void shouldRefuseForgedCheckInValuesAndKeepTheQuestionOpen() {
		TelegramUser user = Onboarded.user();
		user.send("/checkin");
		Call mood = user.awaitReply("How’s your mood");

		user.press(mood, forged(mood.buttonData("4"), "99"));
		user.awaitCall("answerCallbackQuery", call -> call.params().path("text").asText().contains("nothing was changed"));
		user.tap(mood, "4");
		Call anxiety = user.awaitReply("How anxious");
		user.press(anxiety, forged(anxiety.buttonData("2"), "-7"));
		user.awaitCall("answerCallbackQuery", call -> call.params().path("text").asText().contains("nothing was changed"));
		user.tap(anxiety, "2");
		Call sleep = user.awaitReply("How many hours did you sleep");
		user.press(sleep, forged(sleep.buttonData("7"), "1e308"));
		user.awaitCall("answerCallbackQuery", call -> call.params().path("text").asText().contains("nothing was changed"));
		user.tap(sleep, "7");
		user.awaitReply("How well did you sleep");

		assertThat(journal.latestMoods(user.id(), 1)).singleElement().satisfies(entry -> {
			assertThat(entry.mood()).isEqualTo(4);
			assertThat(entry.anxiety()).isEqualTo(2);
		});
		assertThat(user.texts()).noneMatch(text -> text.contains("something went wrong"));
	}

	@Test
	void shouldStillSummariseAWeekWithAnImpossibleValueInTheStore() {
		TelegramUser user = Onboarded.user();
		LocalDate yesterday = LocalDate.of(2026, 11, 28);
		mongo.insert(new Document("_id", user.id() + ":" + yesterday).append("userId", user.id())
			.append("date", yesterday.toString())
			.append("mood", 99)
			.append("anxiety", -7)
			.append("sleepHours", 1e308)
			.append("completedAt", new Date()), "checkins");

		user.send("/summary");

		user.awaitReply("Tandem weekly summary");
		assertThat(user.texts()).noneMatch(text -> text.contains("something went wrong"));
	}

	private static String forged(String data, String value) {
		return data.substring(0, data.lastIndexOf('/') + 1) + value;
	}

}
