package app.tandem.conversation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.TelegramUser;
import app.tandem.support.Updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

@EndToEndTest
class RouterIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	@Test
	void shouldListEveryCommandInHelp() {
		TelegramUser user = EndToEnd.newUser();

		user.send("/help");

		String help = user.awaitMessage("What I can do").text();
		assertThat(help).contains("/start", "/settings", "/cancel", "/crisis", "/help")
			.contains("not a medical device or an emergency service");
		assertThat(user.awaitMessage("What I can do").buttonLabels()).contains("🆘 Need help now");
	}

	@Test
	void shouldShowCrisisLinesFromTheNeedHelpNowButton() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/help");

		user.tap("🆘 Need help now");

		user.awaitMessage("You’re not alone");
	}

	@Test
	void shouldPointToHelpForStickersUnknownCommandsAndUnaskedText() {
		TelegramUser user = EndToEnd.newUser();

		user.sendSticker();
		user.awaitMessage("I can only read text and buttons");
		user.send("/teleport now");
		user.awaitMessage("I don’t know /teleport");
		user.send("hello?");
		user.awaitMessage("I didn’t ask anything");
	}

	@Test
	void shouldRefuseAGroupOnceStoreNothingFromItAndLeave() throws InterruptedException {
		long groupId = -100_123_456L;
		var bot = EndToEnd.bot();
		bot.push(Updates.text(bot.nextUpdateId(), groupId, "supergroup", 5551, "en", "/start"));
		bot.push(Updates.text(bot.nextUpdateId(), groupId, "supergroup", 5552, "en", "I feel awful today"));

		var leave = bot.await(call -> call.method().equals("leaveChat") && call.chatId() == groupId,
				TelegramUser.PATIENCE);

		assertThat(leave).isNotNull();
		assertThat(bot.calls(call -> call.method().equals("sendMessage") && call.chatId() == groupId))
			.singleElement()
			.satisfies(call -> assertThat(call.text()).contains("only in a private chat"));
		assertThat(mongo.count(Query.query(where("chatId").is(groupId)), "inbox")).isZero();
		assertThat(mongo.count(Query.query(where("_id").in(5551L, 5552L)), "users")).isZero();
		assertThat(mongo.count(Query.query(where("_id").is(groupId)), "conversations")).isZero();
	}

	@Test
	void shouldSayNeverToStopAMedicationWithoutThePrescriber() {
		TelegramUser user = EndToEnd.newUser();

		user.send("I think I'll just stop taking my meds");

		user.awaitMessage("please don’t do it on your own. Talk to your prescriber first");
		user.send("/help");
		user.awaitMessage("What I can do");
		assertThat(user.messages()).noneMatch(message -> message.text().contains("I didn’t ask anything"));
	}

	@Test
	void shouldSayItInThePersonsLanguageWhicheverLanguageTheyWriteIn() {
		TelegramUser maria = EndToEnd.newUser("es");
		TelegramUser jonas = EndToEnd.newUser("de");
		TelegramUser olga = EndToEnd.newUser("ru");

		maria.send("creo que voy a dejar los antidepresivos");
		jonas.send("ich will die Tabletten einfach absetzen");
		olga.send("брошу пить таблетки, надоело");

		maria.awaitMessage("no lo hagas por tu cuenta");
		jonas.awaitMessage("Bitte mach das nicht allein");
		olga.awaitMessage("Если ты думаешь о том, чтобы отмен");
	}

	@Test
	void shouldStopAFlowWithCancel() {
		TelegramUser user = EndToEnd.newUser();
		user.send("/start");
		user.tap("✅ I agree");
		user.awaitMessage("Which time zone");

		user.send("/cancel");
		user.awaitMessage("Stopped");
		user.send("Berlin");

		user.awaitMessage("I didn’t ask anything");
	}

}
