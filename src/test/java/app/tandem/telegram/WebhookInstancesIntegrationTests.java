package app.tandem.telegram;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.inbox.Inbox;
import app.tandem.onboarding.Onboarded;
import app.tandem.support.FakeBotApi;
import app.tandem.support.TelegramUser;
import app.tandem.support.Webhooks;
import app.tandem.telegram.WebhookInstances.Instance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two whole instances in webhook mode on ONE store with ONE bot token, behind a load balancer that the fake Bot API
 * plays: it posts each next update to the other instance, so the updates of every chat alternate between them.
 */
class WebhookInstancesIntegrationTests {

	private static final AtomicLong USER_IDS = new AtomicLong(9_700_000);

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
	void shouldHandleEveryUpdateOnceAndEachChatInOrderWhenTheUpdatesAlternateBetweenTwoInstances() {
		String token = "9797971:TEST_token_two_webhook_instances";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		Instance[] both = startTwoBehindABalancer(token, bot);

		List<TelegramUser> people = List.of(person(bot), person(bot), person(bot), person(bot));
		people.forEach(Onboarded::setUp);
		TelegramUser inCrisis = Onboarded.setUp(person(bot));

		// Each person answers the check-in by typing, without waiting for the questions, and each next update goes
		// to the other instance: handled out of order or twice, the answers would land on the wrong questions or be
		// asked again.
		for (TelegramUser person : people) {
			List.of("/checkin", "6", "3", "7h30").forEach(person::send);
			if (person == people.get(1)) {
				inCrisis.send("i want to kill myself");
			}
		}

		inCrisis.awaitReply("You’re not alone");
		for (TelegramUser person : people) {
			person.tapOn("How well did you sleep", "4");
			person.tapOn("Any medication side effects", "Skip");
			person.tapOn("Did you move", "Skip");
			person.tapOn("mindfulness", "Skip");
			person.tapOn("time with other people", "Skip");
			person.awaitReply("Anything from therapy");
			person.send("ok");
			person.tapOn("for your therapist", "Yes, for my therapist");
			assertThat(person.awaitReply("Saved for").text()).contains("Mood 6/10", "Anxiety 3/10", "Sleep 7.5 h",
					"quality 4/5");
		}
		await().until(() -> bot.webhooks().allDelivered() && both[0].bean(Inbox.class).isIdle()
				&& both[1].bean(Inbox.class).isIdle());
		for (TelegramUser person : people) {
			// The answers above landed on the right questions (handled in order); each question was asked once. The
			// order the replies reach Telegram in is the outbox's: two instances each send the replies of the
			// updates they handled, so two replies to one chat may cross.
			for (String question : List.of("How’s your mood", "How anxious", "How many hours",
					"How well did you sleep")) {
				assertThat(person.texts()).as(question).filteredOn(text -> text.contains(question)).hasSize(1);
			}
			assertThat(person.texts()).doesNotHaveDuplicates();
		}
		assertThat(inCrisis.texts()).filteredOn(text -> text.contains("You’re not alone")).hasSize(1);
		assertThat(bot.webhooks().deliveries()).extracting(Webhooks.Delivery::url)
			.as("the balancer used both instances")
			.contains(both[0].url(), both[1].url());
		assertThat(bot.polls()).isZero();
	}

	@Test
	void shouldGiveTheCrisisLinesOfTheCountrySavedOnTheOtherInstance() {
		String token = "9797972:TEST_token_country_across_xxxxx";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		Instance[] both = startTwoBehindABalancer(token, bot);
		bot.spreadOver(List.of(both[0].url()));
		TelegramUser user = Onboarded.setUp(person(bot));

		bot.spreadOver(List.of(both[1].url()));
		user.send("/crisis");

		assertThat(user.awaitReply("You’re not alone").text()).contains("TelefonSeelsorge");
	}

	@Test
	void shouldReplayWhatWasLeftUnhandledOnceAndInOrderWhenBothInstancesReplayAtOnce() throws Exception {
		String token = "9797973:TEST_token_replay_claims_xxxxxxx";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		Instance[] both = startTwoBehindABalancer(token, bot);
		TelegramUser left = person(bot);
		TelegramUser abandoned = person(bot);
		TelegramUser busy = person(bot);
		MongoCollection<Document> inbox = both[0].bean(MongoTemplate.class).getCollection("inbox");
		Instant now = Instant.now();
		// Left by a crash: unclaimed. Abandoned: claimed by an instance that died (its claim ran out). Busy: claimed
		// by an instance that is handling it now, and a newer update of the same chat behind it.
		inbox.insertMany(List.of(help(9_100_000_001L, left, null, null), help(9_100_000_002L, left, null, null),
				help(9_100_000_003L, left, null, null),
				help(9_100_000_004L, abandoned, "dead-instance", now.minusSeconds(5)),
				help(9_100_000_005L, busy, "busy-instance", now.plusSeconds(3600)),
				help(9_100_000_006L, busy, null, null)));

		// Both replay at the same moment, as two instances starting together do.
		CountDownLatch go = new CountDownLatch(1);
		List<Thread> replays = new ArrayList<>();
		for (Instance instance : both) {
			Thread replay = new Thread(() -> {
				awaitQuietly(go);
				instance.bean(Inbox.class).replayUnhandled();
			});
			replay.start();
			replays.add(replay);
		}
		go.countDown();
		for (Thread replay : replays) {
			replay.join();
		}

		await().until(() -> left.messages().size() >= 3 && !abandoned.messages().isEmpty());
		await().until(() -> both[0].isSettled() && both[1].isSettled());
		assertThat(left.messages()).as("three updates, each answered once").hasSize(3);
		assertThat(abandoned.messages()).as("taken over from a dead instance, once").hasSize(1);
		assertThat(busy.messages()).as("left to the instance handling it; the newer one waits behind it").isEmpty();
		assertThat(inbox.countDocuments(new Document("chatId", busy.id()).append("handledAt", null))).isEqualTo(2);
	}

	@Test
	void shouldTakeOverAChatFromAnInstanceThatDiedWhileHandlingItWithinTheClaimLease() {
		String token = "9797974:TEST_token_abandoned_claim_xxxxx";
		FakeBotApi.Bot bot = FakeBotApi.shared().bot(token);
		Instance survivor = instances.start(token, WebhookInstances.freePort(), "http://127.0.0.1:1/telegram/webhook",
				"--tandem.inbox.claim-lease=2s");
		await().until(() -> survivor.bean(WebhookRegistration.class).isRegistered());
		TelegramUser person = person(bot);
		MongoCollection<Document> inbox = survivor.bean(MongoTemplate.class).getCollection("inbox");

		// An instance claimed this chat's update, then died; a newer update of the chat waits behind it. Nothing new
		// arrives for the chat and nobody restarts.
		inbox.insertMany(List.of(help(9_200_000_001L, person, "dead-instance", Instant.now().plusSeconds(1)),
				help(9_200_000_002L, person, null, null)));

		await().atMost(Duration.ofSeconds(10)).until(() -> person.messages().size() >= 2);
		await().until(survivor::isSettled);
		assertThat(person.messages()).hasSize(2);
		assertThat(inbox.countDocuments(new Document("chatId", person.id()).append("handledAt", null))).isZero();
	}

	private static Document help(long updateId, TelegramUser person, String claimedBy, Instant claimedUntil) {
		Document entry = new Document("_id", updateId).append("chatId", person.id())
			.append("userId", person.id())
			.append("languageCode", "en")
			.append("kind", "command")
			.append("command", "help")
			.append("receivedAt", new Date());
		if (claimedBy != null) {
			entry.append("claimedBy", claimedBy).append("claimedUntil", Date.from(claimedUntil));
		}
		return entry;
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private Instance[] startTwoBehindABalancer(String token, FakeBotApi.Bot bot) {
		int portA = WebhookInstances.freePort();
		int portB = WebhookInstances.freePort();
		String balancer = "http://127.0.0.1:" + portA + "/telegram/webhook";
		Instance a = instances.start(token, portA, balancer);
		Instance b = instances.start(token, portB, balancer);
		bot.spreadOver(List.of(a.url(), b.url()));
		await().until(() -> bot.webhooks().isSet() && a.bean(WebhookRegistration.class).isRegistered()
				&& b.bean(WebhookRegistration.class).isRegistered());
		return new Instance[] { a, b };
	}

	private static TelegramUser person(FakeBotApi.Bot bot) {
		return new TelegramUser(bot, USER_IDS.incrementAndGet(), "en");
	}

}
