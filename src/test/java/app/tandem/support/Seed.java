package app.tandem.support;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.bson.Document;

/**
 * Raw documents for benchmarks and load tests that put thousands of people straight into the store: a set-up
 * person in Berlin, and a schedule of theirs.
 */
public final class Seed {

	public static final String ZONE = "Europe/Berlin";

	private Seed() {
	}

	/** A person who consented and finished setup, writing in English, in Berlin; their chat id is their user id. */
	public static Document person(long userId) {
		return new Document("_id", userId).append("chatId", userId)
			.append("languageCode", "en")
			.append("zone", ZONE)
			.append("setupCompletedAt", new Date())
			.append("consentedAt", new Date());
	}

	/** One of their schedules, due at {@code nextFireAt}. */
	public static Document schedule(String id, long userId, String kind, String rule, Instant nextFireAt,
			Map<String, String> attributes) {
		return new Document("_id", id).append("userId", userId)
			.append("chatId", userId)
			.append("kind", kind)
			.append("zone", ZONE)
			.append("rule", rule)
			.append("nextFireAt", Date.from(nextFireAt))
			.append("paused", false)
			.append("attributes", new Document(attributes));
	}

}
