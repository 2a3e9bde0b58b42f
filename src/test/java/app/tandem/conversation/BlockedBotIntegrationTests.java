package app.tandem.conversation;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEndTest;
import app.tandem.support.TelegramUser;
import app.tandem.user.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A person who blocks the bot: their reminders pause at once (Telegram's my_chat_member "kicked" update), stay
 * paused while nothing but membership changes arrive, and resume when they write again.
 */
@EndToEndTest
class BlockedBotIntegrationTests {

	@Autowired
	Users users;

	@Autowired
	MongoTemplate mongo;

	@Test
	void shouldPauseABlockedUsersSchedulesUntilTheyWriteAgain() {
		TelegramUser user = Onboarded.user();
		assertThat(schedules(user)).isNotEmpty().allMatch(schedule -> !schedule.getBoolean("paused"));

		user.blockTheBot();

		await().until(() -> !users.find(user.id()).orElseThrow().isReachable());
		await().until(() -> schedules(user).stream().allMatch(schedule -> schedule.getBoolean("paused")));

		user.send("/help");
		user.awaitReply("/crisis");
		await().until(() -> users.find(user.id()).orElseThrow().isReachable());
		assertThat(schedules(user)).allMatch(schedule -> !schedule.getBoolean("paused"));
	}

	private List<Document> schedules(TelegramUser user) {
		return mongo.find(Query.query(where("userId").is(user.id())), Document.class, "schedules");
	}

}
