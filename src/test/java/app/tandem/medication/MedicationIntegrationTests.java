package app.tandem.medication;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import app.tandem.checkin.HistoryDates;
import app.tandem.checkin.Journal;
import app.tandem.onboarding.Onboarded;
import app.tandem.outbox.Outbox;
import app.tandem.schedule.DueSchedules;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEnd;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@EndToEndTest
class MedicationIntegrationTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	Medications medications;

	@Autowired
	DoseLog doses;

	@Autowired
	Schedules schedules;

	@Autowired
	DueSchedules dueSchedules;

	@Autowired
	Outbox outbox;

	@Autowired
	Journal journal;

	@Autowired
	MutableClock clock;

	@Autowired
	MongoTemplate mongo;

	@Test
	void shouldAddAMedicationByConversationAndRefuseBadInputWithAHint() {
		TelegramUser user = Onboarded.user();
		user.send("/meds");
		user.tapOn("You haven’t added any medications", "➕ Add a medication");
		user.awaitReply("What’s the medication called?");

		user.send("   ");
		user.awaitReply("Please type the medication’s name");
		user.send("Sertraline");
		user.awaitReply("What dose of Sertraline");
		user.send("abc mg");
		user.awaitReply("I couldn’t read that dose");
		user.send("50 mg");
		user.awaitReply("When do you take it?");
		user.send("25:00");
		user.awaitReply("I couldn’t read those times");
		user.send("8am and 8pm");
		user.tapOn("On which days?", "Every day");
		user.tapOn("How many do you have on hand?", "Skip");

		assertThat(user.awaitReply("✓ Added").text()).contains("Sertraline 50 mg", "08:00, 20:00, every day");
		Medication medication = medications.current(user.id()).get(0);
		assertThat(medication.displayName()).isEqualTo("Sertraline");
		assertThat(medication.dose()).isEqualTo(new DoseAmount(new BigDecimal("50"), "mg"));
		assertThat(medication.times()).containsExactly(LocalTime.of(8, 0), LocalTime.of(20, 0));
		assertThat(medication.days()).hasSize(7);
		assertThat(schedules.nextFireAt("dose:" + user.id() + ":08:00")).isPresent();
		assertThat(schedules.nextFireAt("dose:" + user.id() + ":20:00")).isPresent();
	}

	@Test
	void shouldRemindAtEachUsersLocalDoseTimeAndRecordTaken() {
		TelegramUser berlin = Onboarded.user();
		Medicated.add(berlin, "Sertraline", "100 mg", "08:00");
		TelegramUser newYork = EndToEnd.newUser();
		newYork.send("/start");
		newYork.tapOn("Is that OK with you?", "✅ I agree");
		newYork.awaitReply("Which time zone");
		newYork.send("America/New_York");
		newYork.tapOn("What time suits you", "20:00");
		newYork.tapOn("helplines for", "Yes, United States");
		newYork.awaitReply("All set ✓");
		Medicated.add(newYork, "Lithium", "400 mg", "08:00");

		Instant berlinDue = due(berlin, "08:00");
		Instant newYorkDue = due(newYork, "08:00");
		assertThat(berlinDue.atZone(BERLIN).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
		assertThat(newYorkDue.atZone(ZoneId.of("America/New_York")).toLocalTime()).isEqualTo(LocalTime.of(8, 0));

		boolean berlinFirst = berlinDue.isBefore(newYorkDue);
		clock.set(berlinFirst ? berlinDue : newYorkDue);
		if (berlinFirst) {
			berlin.awaitMessage("Time for <b>Sertraline 100 mg</b>");
			assertThat(newYork.texts()).noneMatch(text -> text.contains("Time for"));
		}
		else {
			newYork.awaitMessage("Time for <b>Lithium 400 mg</b>");
			assertThat(berlin.texts()).noneMatch(text -> text.contains("Time for"));
		}
		clock.set(berlinFirst ? newYorkDue : berlinDue);
		Call reminder = berlin.awaitMessage("Time for <b>Sertraline 100 mg</b>");
		newYork.awaitMessage("Time for <b>Lithium 400 mg</b>");
		assertThat(reminder.buttonLabels()).containsExactly("✅ Taken", "⏰ Snooze", "Skip");

		clock.advance(Duration.ofMinutes(3));
		berlin.tap(reminder, "✅ Taken");
		berlin.awaitReply("Any side effects?");
		berlin.awaitCall("editMessageText", call -> call.text().contains("✓ taken at"));
		LocalDate day = LocalDate.ofInstant(berlinDue, BERLIN);
		await().untilAsserted(() -> assertThat(doses.between(berlin.id(), day, day)).singleElement()
			.satisfies(record -> assertThat(record.status()).isEqualTo(DoseStatus.TAKEN)));
		assertThat(doses.between(berlin.id(), day, day).get(0).takenAt()).isEqualTo(clock.instant());
	}

	@Test
	void shouldRemindAgainAfterASnooze() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Quetiapine", "25 mg", "22:00");
		Instant due = due(user, "22:00");
		clock.set(due);
		Call reminder = user.awaitMessage("Time for <b>Quetiapine 25 mg</b>");

		user.tap(reminder, "⏰ Snooze");
		user.tapOn("Remind me about", "10 min");
		user.awaitReply("I’ll remind you again at");
		clock.set(due.plus(Duration.ofMinutes(10)));

		await().until(() -> user.texts().stream().filter(t -> t.contains("Time for <b>Quetiapine")).count() == 2);
	}

	@Test
	void shouldAskWhyOnSkipAndAnswerEachReason() {
		TelegramUser user = Onboarded.user();
		List<String> names = List.of("Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot");
		names.forEach(name -> Medicated.add(user, name, "1 tablet", "09:00"));
		clock.set(due(user, "09:00"));
		Call reminder = user.awaitMessage("Time for your 09:00 medication");
		assertThat(reminder.buttonLabels()).contains("✅ All taken");

		List<String> reasons = List.of("Forgot", "Side effects", "Ran out", "Feeling better", "I want to stop it",
				"Other");
		List<String> answers = List.of("Noted. I’ll remind you", "Which side effects did you have with Bravo",
				"Running out happens", "Please don’t stop or change Delta without talking to your prescriber",
				"Please don’t stop or change Echo without talking to your prescriber", "Noted. I’ll remind you");
		for (int i = 0; i < reasons.size(); i++) {
			user.tap(reminder, "Skip", i + 1);
			user.tapOn("Skipped " + names.get(i), reasons.get(i));
			user.awaitReply(answers.get(i));
		}

		Call stop = user.awaitMessage("Please don’t stop or change Echo");
		assertThat(stop.text()).contains("withdrawal symptoms", "next appointment");
		user.tap(stop, "📝 Add to my notes");
		user.awaitReply("Added to your notes");
		LocalDate today = LocalDate.now(clock.withZone(BERLIN));
		assertThat(journal.find(user.id(), today).orElseThrow().agenda())
			.anySatisfy(topic -> assertThat(topic.text()).isEqualTo("I want to talk about stopping Echo"));
		assertThat(doses.between(user.id(), today, today)).extracting(DoseRecord::skipReason)
			.containsExactlyInAnyOrder("forgot", "side_effects", "ran_out", "feeling_better", "want_stop", "other");
	}

	@Test
	void shouldFollowUpOnceThenRecordMissedAndLetALatePressCorrectIt() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Venlafaxine", "75 mg", "07:00");
		Instant due = due(user, "07:00");
		clock.set(due);
		Call reminder = user.awaitMessage("Time for <b>Venlafaxine 75 mg</b>");

		clock.set(due.plus(Duration.ofMinutes(30)));
		user.awaitMessage("Just checking");
		clock.set(due.plus(Duration.ofHours(2)));
		user.awaitCall("editMessageText", call -> call.text().contains("recorded as missed"));
		LocalDate day = LocalDate.ofInstant(due, BERLIN);
		assertThat(doses.between(user.id(), day, day)).singleElement()
			.satisfies(record -> assertThat(record.status()).isEqualTo(DoseStatus.MISSED));
		assertThat(user.texts()).filteredOn(text -> text.contains("Just checking")).hasSize(1);

		user.tap(reminder, "✅ Taken");

		user.awaitCall("answerCallbackQuery", call -> call.params().path("text").asText().contains("Corrected"));
		assertThat(doses.between(user.id(), day, day)).singleElement()
			.satisfies(record -> assertThat(record.status()).isEqualTo(DoseStatus.TAKEN));
	}

	@Test
	void shouldGroupMedicationsDueAtTheSameMinuteAndTakeThemAllAtOnce() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:30");
		Medicated.add(user, "Vitamin D", "1 tablet", "08:30");
		clock.set(due(user, "08:30"));

		Call reminder = user.awaitMessage("Time for your 08:30 medication");
		assertThat(reminder.text()).contains("• Sertraline 50 mg", "• Vitamin D 1 tablet");
		assertThat(user.texts()).filteredOn(text -> text.contains("Time for")).hasSize(1);
		user.tap(reminder, "✅ All taken");

		LocalDate day = LocalDate.now(clock.withZone(BERLIN));
		await().untilAsserted(() -> assertThat(doses.between(user.id(), day, day)).hasSize(2)
			.allSatisfy(record -> assertThat(record.status()).isEqualTo(DoseStatus.TAKEN)));
	}

	@Test
	void shouldRecordAnEarlierDoseStillOpenAsMissedWhenTheNextReminderComes() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Quetiapine", "25 mg", "8am and 9am");
		Instant first = due(user, "08:00");
		clock.set(first);
		user.awaitMessage("Time for <b>Quetiapine 25 mg</b>");

		clock.set(first.plus(Duration.ofHours(1)));

		LocalDate day = LocalDate.ofInstant(first, BERLIN);
		await().untilAsserted(() -> assertThat(doses.between(user.id(), day, day)).hasSize(2)
			.anySatisfy(record -> {
				assertThat(record.dueAt()).isEqualTo(first);
				assertThat(record.status()).isEqualTo(DoseStatus.MISSED);
			})
			.anySatisfy(record -> {
				assertThat(record.dueAt()).isEqualTo(first.plus(Duration.ofHours(1)));
				assertThat(record.status()).isEqualTo(DoseStatus.PENDING);
			}));
	}

	@Test
	void shouldListTheMedicationsOnTheirReminderScheduleAndStillRemindFromAnOlderScheduleWithoutTheList() {
		TelegramUser listed = Onboarded.user();
		Medicated.add(listed, "Sertraline", "50 mg", "08:00");
		TelegramUser older = Onboarded.user();
		Medicated.add(older, "Lithium", "400 mg", "08:00");
		String sertraline = medications.current(listed.id()).get(0).id();
		Document schedule = mongo.findById("dose:" + listed.id() + ":08:00", Document.class, "schedules");
		assertThat(schedule.get("attributes", Document.class).getString("medications")).isEqualTo(sertraline);
		// A schedule written before reminders read their medications by id.
		mongo.updateFirst(Query.query(Criteria.where("_id").is("dose:" + older.id() + ":08:00")),
				new Update().unset("attributes.medications"), "schedules");

		clock.set(due(listed, "08:00"));

		listed.awaitMessage("Time for <b>Sertraline 50 mg</b>");
		older.awaitMessage("Time for <b>Lithium 400 mg</b>");
	}

	@Test
	void shouldRemindToRefillWhenAWeekOfSupplyIsLeft() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Bupropion", "150 mg", "08:15", "8", "1");
		clock.set(due(user, "08:15"));
		user.tap(user.awaitMessage("Time for <b>Bupropion 150 mg</b>"), "✅ Taken");

		Call refill = user.awaitMessage("days of Bupropion left");
		assertThat(refill.text()).contains("About 7 days", "7 on hand");
		user.tap(refill, "📦 Refilled");
		user.tapOn("How many Bupropion did you get?", "+30");

		user.awaitReply("Bupropion: 37 on hand now");
	}

	@Test
	void shouldRecordADoseChangeWithItsDateAndKeepTheHistory() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:00");
		user.send("/meds");
		user.tapOn("Your medications", "✏️ Sertraline");
		user.tapOn("What would you like to do?", "Dose changed");
		user.awaitReply("What is the new dose of Sertraline");
		user.send("100 mg");
		user.tapOn("From which day?", "Today");

		LocalDate today = LocalDate.now(clock.withZone(BERLIN));
		assertThat(user.awaitReply("✓ Recorded").text()).contains("<b>100 mg</b>", "(was 50 mg)",
				HistoryDates.label(today, Locale.ENGLISH));
		Medication changed = medications.current(user.id()).get(0);
		assertThat(changed.dose().toString()).isEqualTo("100 mg");
		assertThat(changed.doseChanges()).singleElement().satisfies(change -> {
			assertThat(change.from()).isEqualTo(today);
			assertThat(change.before().toString()).isEqualTo("50 mg");
			assertThat(change.after().toString()).isEqualTo("100 mg");
		});
	}

	@Test
	void shouldSendAReminderLateWithinItsWindowAndRecordAnOlderOneNotReminded() {
		TelegramUser late = Onboarded.user();
		Medicated.add(late, "Escitalopram", "10 mg", "10:00");
		TelegramUser tooLate = Onboarded.user();
		Medicated.add(tooLate, "Mirtazapine", "15 mg", "10:00");
		Instant due = due(late, "10:00");

		clock.set(due.plus(Duration.ofHours(1)));
		late.awaitMessage("A bit late — I was offline at 10:00");

		clock.set(due.plus(Duration.ofHours(2)).plusSeconds(120));
		LocalDate day = LocalDate.ofInstant(due, BERLIN);
		await().untilAsserted(() -> assertThat(doses.between(tooLate.id(), day, day)).isNotEmpty());
		assertThat(doses.between(tooLate.id(), day, day)).singleElement()
			.satisfies(record -> assertThat(record.status()).isIn(DoseStatus.NOT_REMINDED, DoseStatus.PENDING,
					DoseStatus.MISSED));
	}

	@Test
	void shouldPauseRemindersWhileTheBotIsBlockedAndRecordThoseDosesNotReminded() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Lamotrigine", "100 mg", "11:00");
		EndToEnd.bot().failNext("sendMessage", user.id(), 403, "Forbidden: bot was blocked by the user", null);
		user.send("/help");
		await().until(() -> schedules.isPaused("dose:" + user.id() + ":11:00"));
		Instant due = due(user, "11:00");

		Instant later = due.plus(Duration.ofHours(3));
		clock.set(later);
		await().until(() -> dueSchedules.hasRunFor(later) && outbox.isIdle());
		assertThat(user.texts()).noneMatch(text -> text.contains("Time for <b>Lamotrigine") || text.contains("A bit late"));

		user.send("/help");
		LocalDate day = LocalDate.ofInstant(due, BERLIN);
		await().untilAsserted(() -> assertThat(doses.between(user.id(), day, day)).singleElement()
			.satisfies(record -> assertThat(record.status()).isEqualTo(DoseStatus.NOT_REMINDED)));
		assertThat(user.texts()).noneMatch(text -> text.contains("Time for <b>Lamotrigine"));
	}

	@Test
	void shouldTieASideEffectInTheCheckInToAMedication() {
		TelegramUser user = Onboarded.user();
		Medicated.add(user, "Sertraline", "50 mg", "08:00");
		Medicated.add(user, "Lithium", "400 mg", "20:00");
		user.send("/checkin");
		user.tapOn("How’s your mood", "5");
		for (String question : List.of("How anxious", "How many hours", "How well did you sleep")) {
			user.tapOn(question, "Skip");
		}
		Call effects = user.awaitReply("Any medication side effects");
		user.tap(effects, "Nausea");
		user.awaitCall("editMessageReplyMarkup", call -> call.toString().contains("✓ Nausea"));
		user.tap(effects, "Done ✓");
		user.tapOn("How bad was <b>Nausea</b>?", "Mild");
		user.tapOn("Might <b>Nausea</b> be from one of your medications?", "Lithium");
		user.awaitReply("Did you move");

		LocalDate today = LocalDate.now(clock.withZone(BERLIN));
		assertThat(journal.find(user.id(), today).orElseThrow().sideEffects()).singleElement()
			.satisfies(effect -> {
				assertThat(effect.effect()).isEqualTo("nausea");
				assertThat(effect.medication()).isEqualTo("Lithium");
			});
	}

	private Instant due(TelegramUser user, String slot) {
		return schedules.nextFireAt("dose:" + user.id() + ":" + slot).orElseThrow();
	}

}
