package app.tandem.telegram;

import org.junit.jupiter.api.Test;

import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Telegram's "/" menu is set at start-up, so an operator needs no trip to @BotFather.
 */
@EndToEndTest
class CommandMenuIntegrationTests {

	@Test
	void shouldRegisterTheCommandMenuWithDescriptionsFromTheMessageBundle() throws InterruptedException {
		// Any answer means polling (and so the menu registration before it) has started.
		TelegramUser user = EndToEnd.newUser();
		user.send("/help");
		user.awaitReply("What I can do");

		Call call = EndToEnd.bot().await(c -> c.method().equals("setMyCommands"), TelegramUser.PATIENCE);

		assertThat(call.params().has("language_code")).isFalse();
		assertThat(EndToEnd.bot().commandMenu("")).startsWith("checkin — Today’s check-in, now",
				"meds — Your medications and reminders", "took — Log a dose you took")
			.contains("crisis — Helplines for your country, any time", "settings — Time zone, check-in time, country",
					"cancel — Stop what we’re doing", "help — What I can do")
			.allSatisfy(entry -> assertThat(entry).matches("[a-z0-9_]{1,32} — .{3,256}"));
		// Only English descriptions exist so far; a language gets its own menu once they are translated.
		assertThat(EndToEnd.bot().commandMenuLanguages()).containsExactly("");
	}

}
