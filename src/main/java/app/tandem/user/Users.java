package app.tandem.user;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import app.tandem.i18n.Language;
import app.tandem.outbox.ChatUnreachable;
import app.tandem.store.PrivateText;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads and changes user profiles, each change one atomic single-document update that publishes
 * {@link ProfileChanged}.
 */
@Service
public class Users {

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Users(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
	}

	public Optional<UserProfile> find(long userId) {
		return Optional.ofNullable(mongo.findById(userId, UserProfile.class));
	}

	/** Profiles by user id, in one query. */
	public Map<Long, UserProfile> findAll(Collection<Long> userIds) {
		return mongo.find(Query.query(where("_id").in(userIds)), UserProfile.class)
			.stream()
			.collect(Collectors.toMap(UserProfile::userId, profile -> profile));
	}

	/**
	 * Records consent to a version of the consent text, and when, creating the profile. Consenting again keeps the
	 * chosen display name and language; the first time, the display name is their Telegram first name and the
	 * language the one their Telegram language gives.
	 */
	public UserProfile recordConsent(long userId, long chatId, String languageCode, String firstName,
			int consentVersion) {
		UserProfile profile = mongo.findAndModify(Query.query(where("_id").is(userId)),
				new Update().set("consentedAt", clock.instant())
					.set("consentVersion", consentVersion)
					.setOnInsert("displayName", new PrivateText((firstName != null) ? firstName : "").at(UserProfile.class,
							userId, "displayName"))
					.set("chatId", chatId)
					.set("languageCode", languageCode)
					.setOnInsert("chosenLanguage", Language.fromTelegram(languageCode, null).tag()),
				FindAndModifyOptions.options().returnNew(true).upsert(true), UserProfile.class);
		events.publishEvent(new ProfileChanged(profile));
		return profile;
	}

	public UserProfile changeZone(long userId, ZoneId zone) {
		return change(userId, new Update().set("zone", zone.getId()));
	}

	public UserProfile changeCheckInTime(long userId, LocalTime time) {
		return change(userId, new Update().set("checkInTime", time.toString()));
	}

	public UserProfile changeDisplayName(long userId, String name) {
		return change(userId,
				new Update().set("displayName", new PrivateText(name).at(UserProfile.class, userId, "displayName")));
	}

	public UserProfile changeSummarySchedule(long userId, DayOfWeek day, LocalTime time) {
		return change(userId, new Update().set("summaryDay", day.name()).set("summaryTime", time.toString()));
	}

	/** The language tag of their summary and report, or {@code null} for their own language. */
	public UserProfile changeSummaryLanguage(long userId, String languageTag) {
		return change(userId, new Update().set("summaryLanguage", languageTag));
	}

	/** The language every text to them is written in from now on; Telegram's language no longer changes it. */
	public UserProfile changeLanguage(long userId, Language language) {
		return change(userId, new Update().set("chosenLanguage", language.tag()));
	}

	public UserProfile changeCountry(long userId, String country) {
		return change(userId, new Update().set("country", country));
	}

	/** Marks the first setup finished; later calls keep the first date. */
	public UserProfile completeSetup(long userId) {
		mongo.update(UserProfile.class)
			.matching(Query.query(where("_id").is(userId).and("setupCompletedAt").is(null)))
			.apply(new Update().set("setupCompletedAt", clock.instant()))
			.first();
		UserProfile profile = find(userId).orElseThrow(() -> new IllegalStateException("No profile for user " + userId));
		events.publishEvent(new ProfileChanged(profile));
		return profile;
	}

	/** The user wrote again: Telegram reaches them, so their schedules resume. */
	public void markReachable(long userId) {
		long changed = mongo.update(UserProfile.class)
			.matching(Query.query(where("_id").is(userId).and("unreachableSince").ne(null)))
			.apply(new Update().unset("unreachableSince"))
			.first()
			.getModifiedCount();
		if (changed > 0) {
			events.publishEvent(new ChatReachableAgain(userId));
		}
	}

	@EventListener
	void on(ChatUnreachable event) {
		mongo.update(UserProfile.class)
			.matching(Query.query(where("chatId").is(event.chatId()).and("unreachableSince").is(null)))
			.apply(new Update().set("unreachableSince", event.at()))
			.all();
	}

	/** Changes a consented user's profile; there is no profile to change before consent. */
	private UserProfile change(long userId, Update update) {
		UserProfile profile = mongo.findAndModify(Query.query(where("_id").is(userId)), update,
				FindAndModifyOptions.options().returnNew(true), UserProfile.class);
		if (profile == null) {
			throw new IllegalStateException("No profile for user " + userId);
		}
		events.publishEvent(new ProfileChanged(profile));
		return profile;
	}

}
