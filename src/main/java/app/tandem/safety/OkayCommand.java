package app.tandem.safety;

import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The "I’m okay for now" and "Not now" buttons under a low-mood message or a questionnaire offer; "Don’t offer
 * again" turns questionnaire offers off ({@code /phq9} and {@code /gad7} still work any time).
 */
@Component
class OkayCommand implements CommandHandler {

	private final MongoTemplate mongo;

	private final Replies replies;

	OkayCommand(MongoTemplate mongo, Replies replies) {
		this.mongo = mongo;
		this.replies = replies;
	}

	@Override
	public Set<String> commands() {
		return Set.of("okay");
	}

	@Override
	public void handle(Turn turn) {
		if ("no-offers".equals(turn.arguments().strip())) {
			mongo.upsert(Query.query(where("_id").is(turn.userId())), new Update().set("offersOff", true),
					SafetySettings.class);
			replies.say(turn.inbound(), "questionnaire.offers-off");
			return;
		}
		replies.say(turn.inbound(), "safety.okay");
	}

}
