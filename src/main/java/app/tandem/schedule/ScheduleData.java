package app.tandem.schedule;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import app.tandem.user.PersonalData;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The schedules' part of an export or erasure: what fires when for the person, and the keys of the occurrences
 * already handled. Erasing removes both, so nothing fires for them again.
 */
@Component
class ScheduleData implements PersonalData {

	private final MongoTemplate mongo;

	ScheduleData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String section() {
		return "reminders";
	}

	@Override
	public Object export(long userId, long chatId) {
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("schedules", mongo.find(Query.query(where("userId").is(userId)).with(Sort.by("_id")), Schedule.class)
			.stream()
			.map(s -> new ExportedSchedule(s.kind(), s.zone().getId(), s.rule(), s.nextFireAt(), s.paused()))
			.toList());
		export.put("handled", mongo.find(Query.query(where("userId").is(userId)).with(Sort.by("handledAt")),
				Delivery.class).stream().map(d -> new ExportedDelivery(d.key(), d.handledAt())).toList());
		return export;
	}

	@Override
	public void erase(long userId, long chatId) {
		mongo.remove(Query.query(where("userId").is(userId)), Schedule.class);
		mongo.remove(Query.query(where("userId").is(userId)), Delivery.class);
	}

	record ExportedSchedule(String kind, String zone, String rule, Instant nextFireAt, boolean paused) {
	}

	record ExportedDelivery(String occurrence, Instant handledAt) {
	}

}
