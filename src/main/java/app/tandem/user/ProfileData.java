package app.tandem.user;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The profile's part of an export or erasure.
 */
@Component
class ProfileData implements PersonalData {

	private final MongoTemplate mongo;

	ProfileData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String section() {
		return "profile";
	}

	@Override
	public Object export(long userId, long chatId) {
		return mongo.findById(userId, UserProfile.class);
	}

	@Override
	public void erase(long userId, long chatId) {
		mongo.remove(Query.query(where("_id").is(userId)), UserProfile.class);
	}

}
