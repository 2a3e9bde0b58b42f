package app.tandem.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import app.tandem.schedule.Sweeper;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The operator's keeping time for check-ins ({@code tandem.retention.checkins}): hourly, days older than that are
 * deleted with everything in them (answers, notes, agenda). Off unless set.
 */
@Component
class CheckInRetention implements Sweeper {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final CheckInRetentionProperties properties;

	CheckInRetention(MongoTemplate mongo, Clock clock, CheckInRetentionProperties properties) {
		this.mongo = mongo;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	public long sweep() {
		if (properties.checkins() == null) {
			return 0;
		}
		// A day is kept until the keeping time has passed for it everywhere on Earth (UTC-12 is the last to get there).
		LocalDate oldestKept = LocalDate.now(clock.withZone(ZoneOffset.ofHours(-12))).minus(properties.checkins());
		return mongo.remove(Query.query(where("date").lt(oldestKept.toString())), CheckIn.class).getDeletedCount();
	}

}
