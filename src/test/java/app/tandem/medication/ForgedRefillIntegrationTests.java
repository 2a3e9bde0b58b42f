package app.tandem.medication;

import org.junit.jupiter.api.Test;

import app.tandem.onboarding.Onboarded;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refill button's count comes back from the person's phone: a forged count (minus a million pills) changes
 * nothing; the real button still works.
 */
@EndToEndTest
class ForgedRefillIntegrationTests {

	@Test
	void shouldRefuseAForgedRefillCount() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:00", "30", "1");
		user.send("/meds");
		user.tapOn("Your medications", "✏️ Sertraline");
		user.tapOn("Sertraline", "📦 Refilled");
		Call question = user.awaitReply("How many Sertraline did you get?");

		String real = question.buttonData("+30");
		user.press(question, real.substring(0, real.lastIndexOf('|') + 1) + "-1000000");
		user.awaitCall("answerCallbackQuery", call -> call.params().path("text").asText().contains("nothing was changed"));
		user.tap(question, "+30");

		assertThat(user.awaitReply("on hand now").text()).contains("Sertraline", "60 on hand now");
		assertThat(user.texts()).filteredOn(text -> text.contains("on hand now")).hasSize(1);
	}

}
