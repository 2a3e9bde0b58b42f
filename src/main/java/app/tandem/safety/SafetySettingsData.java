package app.tandem.safety;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import app.tandem.user.PersonalData;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The person's choices about questionnaire offers, for export and erasure.
 */
@Component
class SafetySettingsData implements PersonalData {

	private final MongoTemplate mongo;

	SafetySettingsData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String section() {
		return "questionnaireOffers";
	}

	@Override
	public Object export(long userId, long chatId) {
		return mongo.findById(userId, SafetySettings.class);
	}

	@Override
	public void erase(long userId, long chatId) {
		mongo.remove(Query.query(where("_id").is(userId)), SafetySettings.class);
	}

}
