package app.tandem.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import app.tandem.user.PersonalData;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Questionnaire results: saved once finished, read for comparisons, summaries and reports.
 */
@Service
public class Questionnaires implements PersonalData {

	private final MongoTemplate mongo;

	private final Clock clock;

	Questionnaires(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	QuestionnaireResult save(long userId, Questionnaire kind, LocalDate date, List<Integer> items) {
		int total = items.stream().mapToInt(Integer::intValue).sum();
		return mongo.insert(new QuestionnaireResult(null, userId, kind.name(), date, clock.instant(), items, total,
				kind.band(total)));
	}

	/** The latest result of a kind before the given one, for "last time" comparisons. */
	Optional<QuestionnaireResult> latest(long userId, Questionnaire kind) {
		Query latest = Query.query(where("userId").is(userId).and("kind").is(kind.name()))
			.with(Sort.by(Sort.Direction.DESC, "takenAt"))
			.limit(1);
		return Optional.ofNullable(mongo.findOne(latest, QuestionnaireResult.class));
	}

	/** Results from {@code from} to {@code to} inclusive, oldest first. */
	public List<QuestionnaireResult> between(long userId, LocalDate from, LocalDate to) {
		Query range = Query.query(where("userId").is(userId).and("date").gte(from.toString()).lte(to.toString()))
			.with(Sort.by("takenAt"));
		return mongo.find(range, QuestionnaireResult.class);
	}

	@Override
	public String section() {
		return "questionnaires";
	}

	@Override
	public Object export(long userId, long chatId) {
		return mongo.find(Query.query(where("userId").is(userId)).with(Sort.by("takenAt")), QuestionnaireResult.class);
	}

	@Override
	public void erase(long userId, long chatId) {
		mongo.remove(Query.query(where("userId").is(userId)), QuestionnaireResult.class);
	}

}
