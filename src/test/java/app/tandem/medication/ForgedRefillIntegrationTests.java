package app.tandem.medication;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

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

	@Autowired
	Medications medications;

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

	@Test
	void shouldNotLetAForgedButtonTouchAnotherPersonsMedication() {
		TelegramUser owner = Onboarded.user();
		Medicated.add(owner, "Lamotrigine", "100 mg", "08:00", "30", "1");
		owner.send("/meds");
		owner.tapOn("Your medications", "✏️ Lamotrigine");
		String removeMine = owner.awaitReply("Lamotrigine").buttonData("🗑 Remove");
		String medicationId = removeMine.substring(removeMine.lastIndexOf(':') + 1);
		TelegramUser other = Onboarded.user();
		other.send("/meds");
		Call theirs = other.awaitReply("medication");

		other.press(theirs, "med:rmyes:" + medicationId);
		other.awaitCall("answerCallbackQuery", call -> call.params().path("text").asText().contains("nothing was changed"));
		other.press(theirs, "med:refillq:" + medicationId + "|30");
		assertThat(medications.current(owner.id())).singleElement().satisfies(medication -> {
			assertThat(medication.status()).isEqualTo(MedicationStatus.ACTIVE);
			assertThat(medication.pillsOnHand()).isEqualTo(30.0);
		});

		assertThat(other.texts()).noneMatch(text -> text.contains("Lamotrigine"));
	}

}
