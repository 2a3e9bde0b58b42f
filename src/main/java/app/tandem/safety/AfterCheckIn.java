package app.tandem.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import app.tandem.chat.Keyboard;
import app.tandem.chat.Keyboard.Button;
import app.tandem.chat.OutboundMessage;
import app.tandem.checkin.CheckIn;
import app.tandem.checkin.CheckInCompleted;
import app.tandem.checkin.Journal;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.Recipient;
import app.tandem.conversation.Replies;
import app.tandem.outbox.Lane;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What safety does after a check-in:
 * <ul>
 * <li>low mood (0 or 1 today, or three check-ins in a row at 3 or below): a gentle message with the crisis button
 * and the safety plan, at most once a day;</li>
 * <li>otherwise, every 14 days, an offer to take the PHQ-9 or GAD-7 (unless the person turned offers off), the
 * first one once the person has used Tandem for a week — a score on day one says little, and "it's been a while"
 * would not be true.</li>
 * </ul>
 * A check-in filled in for an earlier day with /edit starts neither: it is not about how the person is today.
 */
@Component
class AfterCheckIn {

	static final int LOWEST_MOOD = 1;

	static final int LOW_MOOD = 3;

	static final int LOW_STREAK = 3;

	static final Duration OFFER_EVERY = Duration.ofDays(14);

	static final Duration FIRST_OFFER_AFTER = Duration.ofDays(7);

	private final Journal journal;

	private final Users users;

	private final SafetyFollowUps followUps;

	private final SafetyPlans plans;

	private final Questionnaires questionnaires;

	private final MongoTemplate mongo;

	private final Replies replies;

	private final Clock clock;

	AfterCheckIn(Journal journal, Users users, SafetyFollowUps followUps, SafetyPlans plans,
			Questionnaires questionnaires, MongoTemplate mongo, Replies replies, Clock clock) {
		this.journal = journal;
		this.users = users;
		this.followUps = followUps;
		this.plans = plans;
		this.questionnaires = questionnaires;
		this.mongo = mongo;
		this.replies = replies;
		this.clock = clock;
	}

	@EventListener
	void on(CheckInCompleted event) {
		UserProfile profile = users.find(event.userId()).orElse(null);
		if (profile == null || profile.zone() == null || event.pastDay()) {
			return;
		}
		Recipient to = new Recipient(event.chatId(), profile.language().locale(), Lane.REPLY);
		if (isLowMood(event) && !followUps.happenedOn(event.userId(), CrisisTrigger.LOW_MOOD,
				LocalDate.now(clock.withZone(profile.zone())), profile.zone())) {
			followUps.record(event.userId(), CrisisTrigger.LOW_MOOD);
			sendLowMoodSupport(to, event.userId());
		}
		else if (hasUsedTandemFor(profile, FIRST_OFFER_AFTER)) {
			offerQuestionnaire(to, event.userId());
		}
	}

	private boolean hasUsedTandemFor(UserProfile profile, Duration duration) {
		var since = (profile.setupCompletedAt() != null) ? profile.setupCompletedAt() : profile.consentedAt();
		return since != null && !since.plus(duration).isAfter(clock.instant());
	}

	private boolean isLowMood(CheckInCompleted event) {
		if (event.mood() == null) {
			return false;
		}
		if (event.mood() <= LOWEST_MOOD) {
			return true;
		}
		List<CheckIn> latest = journal.latestMoods(event.userId(), LOW_STREAK);
		return latest.size() == LOW_STREAK && latest.stream().allMatch(entry -> entry.mood() <= LOW_MOOD);
	}

	private void sendLowMoodSupport(Recipient to, long userId) {
		List<Button> buttons = new ArrayList<>();
		buttons.add(replies.button(to, "button.need-help-now", ButtonData.command("crisis")));
		if (plans.find(userId).isPresent()) {
			buttons.add(replies.button(to, "safety.low-mood.plan", ButtonData.command("safetyplan")));
		}
		buttons.add(replies.button(to, "safety.low-mood.okay", ButtonData.command("okay")));
		replies.send(to, new OutboundMessage.Text(replies.text(to, "safety.low-mood"), Keyboard.column(buttons)));
	}

	private void offerQuestionnaire(Recipient to, long userId) {
		SafetySettings settings = mongo.findById(userId, SafetySettings.class);
		var now = clock.instant();
		if (settings != null && (settings.offersOff()
				|| settings.lastOfferedAt() != null && settings.lastOfferedAt().plus(OFFER_EVERY).isAfter(now))) {
			return;
		}
		LocalDate since = LocalDate.ofInstant(now.minus(OFFER_EVERY), ZoneOffset.UTC);
		if (!questionnaires.between(userId, since, LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1))
			.isEmpty()) {
			return;
		}
		mongo.upsert(Query.query(where("_id").is(userId)), new Update().set("lastOfferedAt", now)
			.setOnInsert("offersOff", false), SafetySettings.class);
		Keyboard keyboard = new Keyboard(List.of(
				List.of(replies.button(to, "questionnaire.offer.phq9", ButtonData.command("phq9")),
						replies.button(to, "questionnaire.offer.gad7", ButtonData.command("gad7"))),
				List.of(replies.button(to, "questionnaire.offer.later", ButtonData.command("okay")),
						replies.button(to, "questionnaire.offer.never", ButtonData.command("okay", "no-offers")))));
		String key = (questionnaires.latest(userId, Questionnaire.PHQ9).isPresent()
				|| questionnaires.latest(userId, Questionnaire.GAD7).isPresent()) ? "questionnaire.offer.again"
						: "questionnaire.offer";
		replies.send(to, new OutboundMessage.Text(replies.text(to, key), keyboard));
	}

}
