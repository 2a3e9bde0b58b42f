package app.tandem.outbox;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.TelegramUser;
import app.tandem.user.Users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EndToEndTest
class SendingIntegrationTests {

	@Autowired
	Users users;

	@Test
	void shouldWaitAtLeastRetryAfterBeforeTheNextSendWhenTelegramAnswers429() {
		TelegramUser user = EndToEnd.newUser();
		EndToEnd.bot().failNext("sendMessage", user.id(), 429, "Too Many Requests: retry after 2", 2);

		user.send("/help");

		await().until(() -> user.messages().size() >= 2);
		List<Call> attempts = user.messages();
		assertThat(attempts).hasSizeGreaterThanOrEqualTo(2);
		assertThat(attempts.get(1).nanoTime() - attempts.get(0).nanoTime())
			.isGreaterThanOrEqualTo(Duration.ofSeconds(2).toNanos());
	}

	@Test
	void shouldRetryAfterAServerError() {
		TelegramUser user = EndToEnd.newUser();
		EndToEnd.bot().failNext("sendMessage", user.id(), 500, "Internal Server Error", null);

		user.send("/help");

		await().until(() -> user.messages().size() == 2);
		assertThat(user.messages()).allSatisfy(call -> assertThat(call.text()).contains("What I can do"));
	}

	@Test
	void shouldMarkAUserWhoBlockedTheBotUnreachableUntilTheyWriteAgain() {
		TelegramUser user = Onboarded.user();
		EndToEnd.bot().failNext("sendMessage", user.id(), 403, "Forbidden: bot was blocked by the user", null);

		user.send("/help");

		await().until(() -> !users.find(user.id()).orElseThrow().isReachable());

		user.send("/help");
		await().until(() -> users.find(user.id()).orElseThrow().isReachable());
	}

	@Test
	void shouldTreatMessageIsNotModifiedAsDone() {
		TelegramUser user = Onboarded.user();
		int editsBefore = editsOfKeyboards(user);
		EndToEnd.bot()
			.failNext("editMessageReplyMarkup", user.id(), 400,
					"Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
					null);

		user.send("/settings");
		user.tap("Country");

		user.awaitMessage("Which country’s helplines");
		assertThat(editsOfKeyboards(user)).isEqualTo(editsBefore + 1);
	}

	private static int editsOfKeyboards(TelegramUser user) {
		return EndToEnd.bot()
			.calls(call -> call.method().equals("editMessageReplyMarkup") && call.chatId() == user.id())
			.size();
	}

}
