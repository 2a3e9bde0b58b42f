package app.tandem.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Status;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.onboarding.Onboarded;
import app.tandem.support.FakeBotApi;
import app.tandem.support.TelegramUser;
import app.tandem.support.Updates;
import app.tandem.support.Webhooks;
import app.tandem.telegram.WebhookInstances.Instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook mode end to end: a whole instance with an HTTP port, the fake Bot API posting updates to it as Telegram
 * does (with the secret token), on a MongoDB of its own.
 */
class WebhookIntegrationTests {

	private static final AtomicLong USER_IDS = new AtomicLong(9_600_000);

	@TempDir
	Path data;

	private WebhookInstances instances;

	@BeforeEach
	void startStore() {
		instances = new WebhookInstances(data);
	}

	@AfterEach
	void stopAll() {
		instances.close();
	}

	@Test
	void shouldSetTheWebhookAtStartNeverPollAndCarryASetupAndACheckIn() {
		String token = "9696961:TEST_token_webhook_end_to_end_xx";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		Instance instance = instances.start(token);

		await().until(() -> bot.webhooks().isSet());
		assertThat(bot.webhooks().url()).isEqualTo(instance.url());
		assertThat(bot.webhooks().secret()).isEqualTo(WebhookInstances.SECRET);
		assertThat(bot.webhooks().allowedUpdates()).contains("message", "edited_message", "callback_query",
				"my_chat_member");
		assertThat(bot.webhooks().maxConnections()).isEqualTo(40);
		await().until(() -> instance.bean(TelegramHealth.class).health().getStatus().equals(Status.UP));

		TelegramUser user = Onboarded.setUp(person(bot));
		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		user.awaitReply("How anxious");
		user.send("3");
		user.awaitReply("How many hours did you sleep");
		user.send("7h30");
		user.tapOn("How well did you sleep", "4");
		user.tapOn("Any medication side effects", "Done ✓");
		user.tapOn("Did you move", "30+ min");
		user.tapOn("mindfulness", "Yes");
		user.tapOn("time with other people", "No");
		user.awaitReply("Anything from therapy");
		user.send("a calm day");
		user.tapOn("for your therapist", "Yes, for my therapist");

		assertThat(user.awaitReply("Saved for").text()).contains("Mood 6/10", "Anxiety 3/10", "Sleep 7.5 h");
		assertThat(bot.polls()).as("getUpdates calls in webhook mode").isZero();
		assertThat(bot.webhooks().deliveries()).isNotEmpty().allSatisfy(post -> assertThat(post.status()).isEqualTo(200));
	}

	@Test
	void shouldRefuseAnUpdateWithoutTheSecretOrWithAWrongOneAndStoreNothing() {
		String token = "9696962:TEST_token_webhook_secret_xxxxx";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		Instance instance = instances.start(token);
		await().until(() -> bot.webhooks().isSet());
		TelegramUser person = person(bot);
		long updateId = bot.nextUpdateId();
		ObjectNode start = Updates.text(updateId, person.id(), "private", person.id(), "en", "/start");

		assertThat(Webhooks.post(instance.url(), start, null)).as("without the secret").isEqualTo(401);
		assertThat(Webhooks.post(instance.url(), start, "wrong")).as("a wrong secret").isEqualTo(401);
		assertThat(Webhooks.post(instance.url(), start, WebhookInstances.SECRET + "x")).as("the secret and more")
			.isEqualTo(401);
		assertThat(Webhooks.post(instance.url(), start, WebhookInstances.SECRET.substring(1))).as("part of it")
			.isEqualTo(401);

		// A refused request is answered before anything is stored or screened: no path to a reply is left behind it
		await().until(instance::isSettled);
		MongoTemplate mongo = instance.bean(MongoTemplate.class);
		assertThat(mongo.getCollection("inbox").countDocuments(new Document("_id", updateId))).isZero();
		assertThat(person.messages()).isEmpty();

		assertThat(Webhooks.post(instance.url(), start, WebhookInstances.SECRET)).as("the secret").isEqualTo(200);
		assertThat(mongo.getCollection("inbox").countDocuments(new Document("_id", updateId)))
			.as("stored before 200 was answered").isEqualTo(1);
		person.awaitMessage("Before we start — your data");
	}

	@Test
	void shouldAnswerACrisisMessageThroughTheWebhook() {
		String token = "9696963:TEST_token_webhook_crisis_xxxxx";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		instances.start(token);
		await().until(() -> bot.webhooks().isSet());
		TelegramUser user = person(bot);
		user.send("/start");
		user.tap("✅ I agree");
		user.awaitMessage("Which time zone");

		user.send("i want to kill myself");

		user.awaitReply("You’re not alone");
		user.tapOn("pick up where we left off", "Continue");
		user.awaitReply("Which time zone");
		assertThat(user.texts()).filteredOn(text -> text.contains("You’re not alone")).hasSize(1);
	}

	@Test
	void shouldAnswerACrisisMessageWhileTheStoreIsDownAndNotAcknowledgeItUntilItIsStored() {
		String token = "9696964:TEST_token_webhook_outage_xxxxx";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		Instance instance = instances.start(token);
		await().until(() -> bot.webhooks().isSet());
		TelegramUser person = person(bot);
		long updateId = bot.nextUpdateId();
		ObjectNode crisis = Updates.text(updateId, person.id(), "private", person.id(), "en", "i want to kill myself");
		instances.stopStore();

		assertThat(Webhooks.post(instance.url(), crisis, WebhookInstances.SECRET)).as("not stored: send it again")
			.isEqualTo(503);
		person.awaitMessage("You’re not alone");

		instances.restartStore();
		await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> Webhooks.post(instance.url(), crisis, WebhookInstances.SECRET) == 200);
		MongoTemplate mongo = instance.bean(MongoTemplate.class);
		assertThat(mongo.getCollection("inbox").countDocuments(new Document("_id", updateId))).isEqualTo(1);
		await().until(() -> mongo.getCollection("inbox")
			.countDocuments(new Document("_id", updateId).append("handledAt", new Document("$ne", null))) == 1
				&& instance.isSettled());
		assertThat(person.texts()).filteredOn(text -> text.contains("You’re not alone")).hasSize(1);
	}

	@Test
	void shouldPollAgainWhenStartedWithoutAWebhookUrlAfterWebhookMode() {
		String token = "9696965:TEST_token_webhook_then_polling";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		Instance webhook = instances.start(token);
		await().until(() -> bot.webhooks().isSet());
		webhook.context().close();
		TelegramUser person = person(bot);
		person.send("/start");

		// Telegram refuses getUpdates while a webhook is set; the polling library deletes it first.
		instances.startPolling(token);

		person.awaitReply("Before we start — your data");
		assertThat(bot.webhooks().isSet()).isFalse();
		assertThat(bot.calls(call -> call.method().equals("deleteWebhook"))).isNotEmpty();
	}

	private static TelegramUser person(FakeBotApi.Bot bot) {
		return new TelegramUser(bot, USER_IDS.incrementAndGet(), "en");
	}

}
