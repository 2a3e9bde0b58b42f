package app.tandem.privacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FullUser;
import app.tandem.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a person types is encrypted at rest: a person with data in every collection (their name, medication
 * names, an "Other" side effect, a note, a skip reason, a safety plan, a crisis message, an unfinished draft), then
 * every raw document of every collection, binary fields included, read as the database holds it: none of their
 * words may appear.
 */
@EndToEndTest
class EveryWordEncryptedIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	Schedules schedules;

	@Test
	void shouldKeepNoWordThePersonTypedReadableInAnyCollection() {
		FullUser full = FullUser.create(clock, schedules, mongo);

		List<String> found = new ArrayList<>();
		List<String> collections = mongo.getCollectionNames().stream().sorted().toList();
		for (String collection : collections) {
			for (Document document : mongo.getCollection(collection).find()) {
				String raw = (document.toJson() + binaries(document)).toLowerCase(Locale.ROOT);
				for (String word : full.words()) {
					if (raw.contains(word.toLowerCase(Locale.ROOT))) {
						found.add(collection + " holds \"" + word + "\"");
					}
				}
			}
		}

		assertThat(collections).contains("users", "checkins", "medications", "doses", "safety_plans",
				"conversations", "outbox", "inbox");
		assertThat(found).as("the person's words in raw documents").isEmpty();
	}

	/** Bytes stored as binary (files waiting to be sent), read as text, since JSON shows them only as base64. */
	private static String binaries(Object value) {
		StringBuilder text = new StringBuilder();
		if (value instanceof Binary binary) {
			text.append(new String(binary.getData(), StandardCharsets.UTF_8));
		}
		else if (value instanceof byte[] bytes) {
			text.append(new String(bytes, StandardCharsets.UTF_8));
		}
		else if (value instanceof Document document) {
			document.values().forEach(inner -> text.append(binaries(inner)));
		}
		else if (value instanceof List<?> list) {
			list.forEach(inner -> text.append(binaries(inner)));
		}
		return text.toString();
	}

}
