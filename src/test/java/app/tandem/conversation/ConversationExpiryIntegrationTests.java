package app.tandem.conversation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.checkin.Journal;
import app.tandem.medication.Medicated;
import app.tandem.onboarding.Onboarded;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An unfinished conversation does not keep its draft for ever: after {@code tandem.conversation.idle-expiry}
 * (24 h) it is closed, by the next message or by the hourly sweep if the person never comes back, and the person
 * is told kindly when they return; what they saved stays saved.
 */
@EndToEndTest
class ConversationExpiryIntegrationTests {

	static final Duration A_DAY_AND_AN_HOUR = Duration.ofHours(25);

	@Autowired
	MutableClock clock;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Journal journal;

	@Autowired
	IdleConversations idleConversations;

	@Autowired
	Schedules schedules;

	@Test
	void shouldCloseAnIdleCheckInWhenThePersonComesBackAndKeepWhatWasSaved() {
		TelegramUser user = withoutScheduledPrompts(Onboarded.user());
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		user.awaitReply("How anxious");

		clock.advance(A_DAY_AND_AN_HOUR);
		user.send("3");

		user.awaitReply("Our unfinished conversation from earlier waited more than 24 hours, so I closed it");
		user.awaitReply("I didn’t ask anything just now");
		assertThat(conversation(user)).isNull();
		assertThat(journal.find(user.id(), today).orElseThrow().mood()).isEqualTo(6);
		assertThat(journal.find(user.id(), today).orElseThrow().anxiety()).isNull();
	}

	@Test
	void shouldReadAConversationStoredBeforeFlowsCouldBeHeldAsNotHeld() {
		TelegramUser user = withoutScheduledPrompts(Onboarded.user());
		user.send("/checkin");
		user.awaitReply("How’s your mood");
		mongo.getCollection("conversations")
			.updateOne(new org.bson.Document("_id", user.id()),
					new org.bson.Document("$unset", new org.bson.Document("held", "")));
		assertThat(conversation(user)).doesNotContainKey("held");

		user.send("6");

		user.awaitReply("How anxious");
	}

	@Test
	void shouldRemoveTheDraftOfAnIdleConversationEvenIfThePersonNeverComesBack() {
		TelegramUser user = withoutScheduledPrompts(Onboarded.user());
		String name = "Sweepolin" + user.id();
		user.send("/addmed");
		user.awaitReply("What’s the medication called?");
		user.send(name);
		user.awaitReply("What dose of");
		assertThat(conversation(user).get("draft", org.bson.Document.class)).containsKey("name");

		clock.advance(A_DAY_AND_AN_HOUR);
		idleConversations.sweep();

		assertThat(conversation(user).get("draft")).isNull();
		assertThat(conversation(user).get("paused")).isNull();
		user.send("/help");
		user.awaitReply("Our unfinished conversation from earlier waited more than 24 hours");
		user.awaitReply("What I can do");
		assertThat(conversation(user)).isNull();
	}

	@Test
	void shouldKeepAConversationThatWaitedLessThanTheIdleTime() {
		TelegramUser user = withoutScheduledPrompts(Onboarded.user());
		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		user.awaitReply("How anxious");

		clock.advance(Duration.ofHours(23));
		idleConversations.sweep();
		user.send("3");

		user.awaitReply("How many hours did you sleep");
		assertThat(user.texts()).noneMatch(text -> text.contains("unfinished conversation"));
	}

	@Test
	void shouldAnswerATakenTapAsATakenTapAndTellOfTheClosedConversationWhenThePersonNextWrites() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:15");
		mongo.getCollection("schedules").deleteOne(new Document("_id", "checkin:" + user.id()));
		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		user.awaitReply("How anxious");
		Instant due = schedules.nextFireAt("dose:" + user.id() + ":08:15").orElseThrow();
		clock.set(due);
		Call reminder = user.awaitMessage("Time for <b>Sertraline 50 mg</b>");
		// the check-in has waited since the day before
		mongo.getCollection("conversations").updateOne(new Document("_id", user.id()),
				new Document("$set", new Document("updatedAt", Date.from(due.minus(A_DAY_AND_AN_HOUR)))));

		user.tap(reminder, "✅ Taken");

		user.awaitReply("Sertraline 50 mg taken");
		assertThat(Optional.ofNullable(conversation(user)).map(left -> left.get("draft"))).isEmpty();
		user.send("/help");
		user.awaitReply("What I can do");
		assertThat(user.texts().subList(user.texts().indexOf(reminder.text()) + 1, user.texts().size()))
			.satisfiesExactly(taken -> assertThat(taken).contains("Sertraline 50 mg taken"),
					closed -> assertThat(closed).contains("Our unfinished conversation from earlier"),
					help -> assertThat(help).contains("What I can do"));
	}

	/** Removes the person's schedules, so no scheduled check-in replaces the conversation while the clock moves. */
	private TelegramUser withoutScheduledPrompts(TelegramUser user) {
		mongo.getCollection("schedules").deleteMany(new Document("userId", user.id()));
		return user;
	}

	private Document conversation(TelegramUser user) {
		return mongo.getCollection("conversations").find(new Document("_id", user.id())).first();
	}

}
