package app.tandem.safety;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import app.tandem.user.PersonalData;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What follows a crisis message and needs the database: recording the event, and showing the person's safety
 * plan. It runs on its own thread after the crisis message is queued, so the crisis message never waits for the
 * database, and a database outage only costs the follow-up.
 */
@Component
class SafetyFollowUps implements PersonalData {

	private static final Logger log = LoggerFactory.getLogger(SafetyFollowUps.class);

	private final MongoTemplate mongo;

	private final SafetyPlans plans;

	private final Clock clock;

	private final ExecutorService executor;

	SafetyFollowUps(MongoTemplate mongo, SafetyPlans plans, Clock clock) {
		this.mongo = mongo;
		this.plans = plans;
		this.clock = clock;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("safety-follow-up-");
		threads.setDaemon(true);
		this.executor = Executors.newSingleThreadExecutor(threads);
	}

	/** Records the event and, when the person has one, sends their safety plan right after the crisis lines. */
	void afterCrisisMessage(long chatId, Locale locale, CrisisTrigger trigger, RiskSignal signal) {
		Instant at = clock.instant();
		executor.execute(() -> {
			try {
				mongo.insert(new CrisisEvent(null, chatId, at, trigger, signal));
				plans.showAfterCrisis(chatId, locale);
			}
			catch (DataAccessException ex) {
				log.warn("Could not record a crisis event or show the safety plan for chat {}: store unavailable",
						chatId);
			}
		});
	}

	/** Whether crisis resources were shown for this reason on the person's local date. */
	boolean happenedOn(long userId, CrisisTrigger trigger, LocalDate date, ZoneId zone) {
		Instant from = date.atStartOfDay(zone).toInstant();
		Instant to = date.plusDays(1).atStartOfDay(zone).toInstant();
		return mongo.exists(Query.query(where("userId").is(userId)
			.and("trigger").is(trigger)
			.and("at").gte(from).lt(to)), CrisisEvent.class);
	}

	void record(long userId, CrisisTrigger trigger) {
		mongo.insert(new CrisisEvent(null, userId, clock.instant(), trigger, null));
	}

	@Override
	public String section() {
		return "crisisEvents";
	}

	@Override
	public Object export(long userId, long chatId) {
		List<CrisisEvent> events = mongo.find(Query.query(where("userId").is(userId)), CrisisEvent.class);
		return events.stream().map(event -> new ExportedEvent(event.at(), event.trigger(), event.signal())).toList();
	}

	@Override
	public void erase(long userId, long chatId) {
		mongo.remove(Query.query(where("userId").is(userId)), CrisisEvent.class);
	}

	@PreDestroy
	void stop() {
		executor.shutdown();
	}

	record ExportedEvent(Instant at, CrisisTrigger trigger, RiskSignal signal) {
	}

}
