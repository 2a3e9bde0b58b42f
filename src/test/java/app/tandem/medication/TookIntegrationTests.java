package app.tandem.medication;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import app.tandem.chat.ChatType;
import app.tandem.chat.Inbound;
import app.tandem.chat.InboundPayload;
import app.tandem.inbox.InboundHandler;
import app.tandem.onboarding.Onboarded;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /took} as people use it: without a name, with a name and a number of doses, and with no medications yet;
 * and {@code /addmed} when the name and the dose come in one message.
 */
@EndToEndTest
class TookIntegrationTests {

	@Autowired
	Medications medications;

	@Autowired
	DoseLog doses;

	@Autowired
	InboundHandler handler;

	@Autowired
	Schedules schedules;

	@Autowired
	MutableClock clock;

	@Test
	void shouldOfferTheMedicationsAsButtonsAndTakeATypedNameWhenTookHasNoName() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:00");
		addAsNeeded(user, "Lorazepam", "1 mg");

		user.send("/took");
		Call which = user.awaitReply("Which one did you take?");
		assertThat(which.buttonLabels()).containsExactly("Lorazepam", "Sertraline");

		user.send("loraz");

		assertThat(user.awaitReply("✓ Logged").text()).contains("Lorazepam 1 mg");
		assertThat(user.texts()).noneMatch(text -> text.contains("I didn’t ask anything"));
		await().untilAsserted(() -> assertThat(asNeededDoses(user)).singleElement()
			.satisfies(dose -> assertThat(dose.doses()).isEqualTo(1)));
	}

	@Test
	void shouldLogATappedMedicationAndCloseTheQuestion() {
		TelegramUser user = Onboarded.user();
		addAsNeeded(user, "Lorazepam", "1 mg");

		user.send("/took");
		user.tapOn("Which one did you take?", "Lorazepam");
		user.awaitReply("✓ Logged Lorazepam 1 mg");
		user.send("hello");

		user.awaitReply("I didn’t ask anything just now");
		assertThat(user.texts()).noneMatch(text -> text.contains("I don’t know that one"));
	}

	@Test
	void shouldSayHowToAddOneWhenThereAreNoMedications() {
		TelegramUser user = Onboarded.user();

		user.send("/took");

		Call answer = user.awaitReply("You haven’t added any medications yet");
		assertThat(answer.buttonLabels()).containsExactly("➕ Add a medication");
		user.tap(answer, "➕ Add a medication");
		user.awaitReply("What’s the medication called?");
	}

	@Test
	void shouldRecordHowManyDosesWhenANumberFollowsTheName() {
		TelegramUser user = Onboarded.user();
		addAsNeeded(user, "Lorazepam", "1 mg");

		user.send("/took lorazepam 2");

		assertThat(user.awaitReply("✓ Logged").text()).contains("2 × Lorazepam 1 mg");
		await().untilAsserted(() -> assertThat(asNeededDoses(user)).singleElement()
			.satisfies(dose -> assertThat(dose.doses()).isEqualTo(2)));
	}

	@Test
	void shouldAnswerATypedTookItAsTookAndNeverAsRisk() {
		TelegramUser user = Onboarded.user();
		addAsNeeded(user, "Lorazepam", "1 mg");

		user.send("took it");

		user.tapOn("Which one did you take?", "Lorazepam");
		assertThat(user.awaitReply("✓ Logged").text()).contains("Lorazepam 1 mg");
		user.send("уже выпила");
		user.tapOn("Which one did you take?", "Lorazepam");
		await().untilAsserted(() -> assertThat(asNeededDoses(user)).hasSize(2));
		assertThat(user.texts()).noneMatch(text -> text.contains("thoughts of ending your life")
				|| text.contains("I didn’t ask anything"));
	}

	@Test
	void shouldPointAQuestionAboutHowToTakeAMedicationToThePrescriberOrAPharmacist() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:00");

		user.send("can I take 2 tonight since I missed one?");

		assertThat(user.awaitReply("I can’t advise on how to take a medication").text())
			.contains("your prescriber or a pharmacist");
		assertThat(user.texts()).noneMatch(text -> text.contains("I didn’t ask anything"));
	}

	@Test
	void shouldLogTwoDosesWhenTookIsSentTwiceInTheSameSecond() {
		TelegramUser user = Onboarded.user();
		addAsNeeded(user, "Lorazepam", "1 mg");

		user.send("/took lorazepam");
		user.awaitReply("✓ Logged");
		user.send("/took lorazepam");

		await().untilAsserted(() -> assertThat(user.texts()).filteredOn(text -> text.startsWith("✓ Logged")).hasSize(2));
		assertThat(user.texts()).noneMatch(text -> text.contains("something went wrong"));
		await().untilAsserted(() -> assertThat(asNeededDoses(user)).hasSize(2));
	}

	@Test
	void shouldTakeTheNameAndTheDoseFromOneMessage() {
		TelegramUser user = Onboarded.user();
		user.send("/addmed");
		user.awaitReply("What’s the medication called?");

		user.send("Sertralin 50mg");

		user.awaitReply("✓ <b>Sertralin</b>, 50 mg");
		user.awaitReply("When do you take it?");
		user.send("08:00");
		user.tapOn("On which days?", "Every day");
		user.tapOn("How many do you have on hand?", "Skip");
		assertThat(user.awaitReply("✓ Added").text()).contains("Sertralin 50 mg");
		assertThat(user.texts()).noneMatch(text -> text.contains("What dose of"));
		Medication medication = medications.current(user.id()).get(0);
		assertThat(medication.displayName()).isEqualTo("Sertralin");
		assertThat(medication.dose()).isEqualTo(new DoseAmount(new BigDecimal("50"), "mg"));
	}

	@Test
	void shouldTakeTheDoseOffThePillsOnHandOnceWhenTheSameTookIsHandledTwice() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:00", "30", "1");
		// the same update handled again, as after a crash before its handling was marked done
		Inbound took = new Inbound(9_000_000 + user.id(), user.id(), user.id(), ChatType.PRIVATE, "en", "Alex",
				new InboundPayload.Command("took", "sertraline"));

		handler.handle(took, false);
		handler.handle(took, false);

		user.awaitReply("Sertraline 50 mg");
		assertThat(medications.current(user.id())).singleElement()
			.satisfies(medication -> assertThat(medication.pillsOnHand()).isEqualTo(29.0));
	}

	@Test
	void shouldRecordTheDoseItBelongsToOnceWhenTheSameTookIsHandledTwice() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:00", "30", "1");
		Instant due = schedules.nextFireAt("dose:" + user.id() + ":08:00").orElseThrow();
		clock.set(due);
		user.awaitMessage("Time for <b>Sertraline 50 mg</b>");
		clock.set(due.plus(Duration.ofMinutes(20)));
		Inbound took = new Inbound(9_100_000 + user.id(), user.id(), user.id(), ChatType.PRIVATE, "en", "Alex",
				new InboundPayload.Command("took", "sertraline"));

		handler.handle(took, false);
		handler.handle(took, false);

		user.awaitReply("Sertraline 50 mg");
		LocalDate day = LocalDate.ofInstant(due, ZoneId.of("Europe/Berlin"));
		assertThat(doses.between(user.id(), day, day)).singleElement()
			.satisfies(dose -> assertThat(dose.status()).isEqualTo(DoseStatus.TAKEN));
		assertThat(asNeededDoses(user)).isEmpty();
		assertThat(user.texts()).noneMatch(text -> text.startsWith("✓ Logged"));
		assertThat(medications.current(user.id())).singleElement()
			.satisfies(medication -> assertThat(medication.pillsOnHand()).isEqualTo(29.0));
	}

	@Test
	void shouldAskForTheTwoTimesWhenTheNameComesWithTwiceADay() {
		TelegramUser user = Onboarded.user();
		user.send("/addmed");
		user.awaitReply("What’s the medication called?");

		user.send("Sertraline 50mg twice a day");

		user.awaitReply("✓ <b>Sertraline</b>, 50 mg");
		Call times = user.awaitReply("Twice a day — at which two times?");
		assertThat(times.buttonLabels()).containsExactly("08:00 and 20:00", "09:00 and 21:00");
		user.send("9am");
		user.awaitReply("Please type the two times");
		user.send("9am and 9pm");
		user.tapOn("On which days?", "Every day");
		user.tapOn("How many do you have on hand?", "Skip");
		assertThat(user.awaitReply("✓ Added").text()).contains("Sertraline 50 mg").contains("09:00").contains("21:00");
		assertThat(user.texts()).noneMatch(text -> text.contains("What dose of"));
		assertThat(medications.current(user.id())).singleElement()
			.satisfies(medication -> assertThat(medication.displayName()).isEqualTo("Sertraline"));
	}

	@Test
	void shouldSuggestTenPmForConfirmationWhenTheNameComesWithAtBedtimeAndNeverADose() {
		TelegramUser user = Onboarded.user();
		user.send("/addmed");
		user.awaitReply("What’s the medication called?");

		user.send("Mirtazapine at bedtime");

		user.awaitReply("What dose of Mirtazapine do you take each time?");
		user.send("15 mg");
		Call bedtime = user.awaitReply("At bedtime — shall I remind you at 22:00?");
		assertThat(bedtime.buttonLabels()).containsExactly("✓ 22:00", "Another time");
		user.tap(bedtime, "✓ 22:00");
		user.tapOn("On which days?", "Every day");
		user.tapOn("How many do you have on hand?", "Skip");
		assertThat(user.awaitReply("✓ Added").text()).contains("Mirtazapine 15 mg").contains("22:00");
	}

	private List<DoseRecord> asNeededDoses(TelegramUser user) {
		return doses.between(user.id(), LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))
			.stream()
			.filter(DoseRecord::asNeeded)
			.toList();
	}

	private static void addAsNeeded(TelegramUser user, String name, String dose) {
		user.send("/addmed");
		user.awaitReply("What’s the medication called?");
		user.send(name);
		user.awaitReply("What dose of");
		user.send(dose);
		user.tapOn("When do you take it?", "As needed (no reminders)");
		user.awaitReply("✓ Added");
	}

}
