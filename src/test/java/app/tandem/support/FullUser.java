package app.tandem.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import app.tandem.medication.Medicated;
import app.tandem.onboarding.Onboarded;
import app.tandem.schedule.Schedules;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.user.UserProfile;

/**
 * One person with something in every collection, all of it put there through the bot as they would: setup and
 * consent, a display name, two medications (one dose changed), a full check-in with a note and an "Other" side
 * effect, a PHQ-9 (so also a questionnaire offer), a safety plan, a crisis message, a dose taken and one skipped
 * with a reason that adds an agenda item, a change of today's check-in left unfinished, and, last, an unfinished
 * {@code /addmed} whose draft holds a name. Along the way the inbox, the outbox, schedules and delivery keys fill
 * up on their own. Moves the clock (to the two dose times, which are at most a day ahead).
 * <p>
 * Every word the person typed is unique to them ({@link #words()}), so a test can look for it in raw documents or
 * in the store file.
 */
public final class FullUser {

	public static final String SCHEDULE_DOSE_A = "08:00";

	public static final String SCHEDULE_DOSE_B = "09:00";

	private final TelegramUser user;

	private final String unique;

	private FullUser(TelegramUser user) {
		this.user = user;
		this.unique = letters(user.id());
	}

	/** A new person, with data in every collection. */
	public static FullUser create(MutableClock clock, Schedules schedules, MongoTemplate mongo) {
		return create(EndToEnd.newUser(), clock, schedules, mongo);
	}

	/** Someone of any bot, with data in every collection. */
	public static FullUser create(TelegramUser person, MutableClock clock, Schedules schedules, MongoTemplate mongo) {
		FullUser full = new FullUser(person);
		full.fill(clock, schedules, mongo);
		return full;
	}

	public TelegramUser user() {
		return user;
	}

	public long id() {
		return user.id();
	}

	/** The name typed with {@code /name}, shown on summaries. */
	public String displayName() {
		return "Ilvanor" + unique;
	}

	/** A medication taken (its dose changed from 50 to 100 mg). */
	public String medication() {
		return "Quentrax" + unique;
	}

	/** A medication skipped ("I want to stop it", added to the agenda). */
	public String skippedMedication() {
		return "Morvidel" + unique;
	}

	/** An "Other…" side effect typed in the check-in. */
	public String sideEffect() {
		return "Blurvish" + unique;
	}

	/** A word in the check-in's note. */
	public String noteWord() {
		return "Pellandor" + unique;
	}

	/** A word in the safety plan's warning signs. */
	public String planWord() {
		return "Grindelwy" + unique;
	}

	/** A word in the message that was answered with crisis help. */
	public String crisisWord() {
		return "Tosmerak" + unique;
	}

	/** The medication name typed into the {@code /addmed} left open: only in the conversation's draft. */
	public String draftWord() {
		return "Vexalune" + unique;
	}

	/** Every word of this person's own, each unique to them. */
	public List<String> words() {
		return List.of(displayName(), medication(), skippedMedication(), sideEffect(), noteWord(), planWord(),
				crisisWord(), draftWord());
	}

	private void fill(MutableClock clock, Schedules schedules, MongoTemplate mongo) {
		Onboarded.setUp(user);
		// Someone who has used Tandem for a week: the questionnaire is offered after the check-in.
		mongo.updateFirst(Query.query(Criteria.where("_id").is(user.id())),
				new Update().set("setupCompletedAt", clock.instant().minus(Duration.ofDays(8))), UserProfile.class);
		user.send("/name " + displayName());
		user.awaitReply("Your summaries will show");
		Medicated.add(user, medication(), "50 mg", SCHEDULE_DOSE_A);
		Medicated.add(user, skippedMedication(), "10 mg", SCHEDULE_DOSE_B);
		changeDose();
		checkIn();
		questionnaire();
		editCheckIn();
		safetyPlan();
		user.send("I want to end my life " + crisisWord());
		user.awaitReply("You’re not alone");
		doses(clock, schedules);
		user.send("/addmed");
		user.awaitReply("What’s the medication called?");
		user.send(draftWord());
		user.awaitReply("What dose of");
	}

	private void changeDose() {
		user.send("/meds");
		user.tapOn("Your medications", "✏️ " + medication());
		user.tapOn("What would you like to do?", "Dose changed");
		user.awaitReply("What is the new dose of " + medication());
		user.send("100 mg");
		user.tapOn("From which day?", "Today");
		user.awaitReply("✓ Recorded");
	}

	private void checkIn() {
		user.send("/checkin");
		user.tapOn("How’s your mood", "6");
		user.tapOn("How anxious", "3");
		user.awaitReply("How many hours did you sleep");
		user.send("7");
		user.tapOn("How well did you sleep", "4");
		Call sideEffects = user.awaitReply("Any medication side effects");
		user.tap(sideEffects, "Other…");
		user.awaitReply("What was it?");
		user.send(sideEffect());
		user.tapOn("Any medication side effects", "Done ✓");
		user.tapOn("How bad was <b>" + sideEffect() + "</b>?", "Mild");
		user.tapOn("Might <b>" + sideEffect() + "</b> be from", medication());
		user.tapOn("Did you move", "Skip");
		user.tapOn("mindfulness", "Skip");
		user.tapOn("time with other people", "Skip");
		user.awaitReply("Anything from therapy");
		user.send("We talked about " + noteWord());
		user.tapOn("for your therapist", "Yes, for my therapist");
		user.awaitReply("Saved for");
	}

	/** Starts changing today's check-in and leaves it unfinished (the day as it was is kept aside meanwhile). */
	private void editCheckIn() {
		user.send("/checkin");
		user.tapOn("You already checked in today", "Change it");
		user.tapOn("How’s your mood", "5");
		user.awaitReply("How anxious");
	}

	private void questionnaire() {
		user.tapOn("short questionnaire", "PHQ-9 (mood)");
		for (int item = 1; item <= 9; item++) {
			user.tapOn("<b>" + item + "/9</b>", (item < 9) ? "Several days" : "Not at all");
		}
		user.awaitReply("Your PHQ-9 score");
	}

	private void safetyPlan() {
		user.send("/safetyplan");
		user.awaitReply("1/7 Warning signs");
		user.send("When I stop answering " + planWord());
		user.awaitReply("2/7");
		user.send("/cancel");
		user.awaitReply("Stopped");
	}

	/** Takes the first medication when reminded and skips the second, in the order they come due. */
	private void doses(MutableClock clock, Schedules schedules) {
		Map<String, Instant> due = Map.of(SCHEDULE_DOSE_A, due(schedules, SCHEDULE_DOSE_A), SCHEDULE_DOSE_B,
				due(schedules, SCHEDULE_DOSE_B));
		List<String> slots = new ArrayList<>(due.keySet());
		slots.sort(Comparator.comparing(due::get));
		for (String slot : slots) {
			clock.set(due.get(slot));
			if (slot.equals(SCHEDULE_DOSE_A)) {
				Call reminder = user.awaitMessage("Time for <b>" + medication() + " 100 mg</b>");
				user.tap(reminder, "✅ Taken");
				user.awaitCall("editMessageText", call -> call.text() != null && call.text().contains("✓ taken at"));
			}
			else {
				Call reminder = user.awaitMessage("Time for <b>" + skippedMedication() + " 10 mg</b>");
				user.tap(reminder, "Skip");
				user.tapOn("Skipped " + skippedMedication(), "I want to stop it");
				user.tapOn("Please don’t stop or change " + skippedMedication(), "📝 Add to my notes");
				user.awaitReply("Added to your notes");
			}
		}
	}

	private Instant due(Schedules schedules, String slot) {
		return schedules.nextFireAt("dose:" + user.id() + ":" + slot)
			.orElseThrow(() -> new AssertionError("No dose schedule at " + slot));
	}

	/** The user id spelt in letters (7000012 gives "haaaabc"), so words stay unique without digits. */
	private static String letters(long id) {
		StringBuilder word = new StringBuilder();
		for (char digit : Long.toString(id).toCharArray()) {
			word.append((char) ('a' + (digit - '0')));
		}
		return word.toString();
	}

}
