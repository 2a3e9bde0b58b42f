package app.tandem.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import app.tandem.medication.Medicated;
import app.tandem.onboarding.Onboarded;
import app.tandem.schedule.Schedules;
import app.tandem.support.EndToEndTest;
import app.tandem.support.FakeBotApi.Call;
import app.tandem.support.FullUser;
import app.tandem.support.MutableClock;
import app.tandem.support.TelegramUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The person's rights over their data, proven on someone with data in every collection: {@code /delete} leaves
 * nothing of theirs in any collection (the collections are listed from the database, so a new one cannot be
 * forgotten) and nothing is sent to them afterwards; {@code /export} holds every kind of record and nothing of
 * anyone else.
 */
@EndToEndTest
class DataRightsIntegrationTests {

	/** Where each collection's records appear in the export; a new collection must be added here. */
	/** Collections that hold no one's data by design (which instance polls Telegram); still searched after a delete. */
	static final Set<String> NOBODYS = Set.of("leases");

	static final Map<String, String> EXPORTED_AS = Map.ofEntries(Map.entry("users", "/profile"),
			Map.entry("checkins", "/checkIns"), Map.entry("checkin_edits", "/checkInsBeingEdited"), Map.entry("medications", "/medications/medications"),
			Map.entry("doses", "/medications/doses"), Map.entry("questionnaires", "/questionnaires"),
			Map.entry("safety_settings", "/questionnaireOffers"), Map.entry("safety_plans", "/safetyPlan"),
			Map.entry("crisis_events", "/crisisEvents"), Map.entry("conversations", "/openConversation"),
			Map.entry("inbox", "/recentUpdates"), Map.entry("outbox", "/messagesToYou"),
			Map.entry("schedules", "/reminders/schedules"), Map.entry("deliveries", "/reminders/handled"));

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	Schedules schedules;

	@Test
	void shouldEraseThePersonFromEveryCollectionAndSendThemNothingAfterwards() {
		FullUser full = FullUser.create(clock, schedules, mongo);
		TelegramUser other = Onboarded.user();
		Medicated.add(other, "Dosewell", "5 mg", FullUser.SCHEDULE_DOSE_A);
		await().untilAsserted(() -> assertThat(collectionsWithout(full)).as("collections without the person's data")
			.isEmpty());

		full.user().send("/delete");
		full.user().tapOn("It can’t be undone", "🗑 Delete everything");
		full.user().awaitReply("everything I stored about you is erased");

		await().untilAsserted(() -> {
			for (String collection : mongo.getCollectionNames()) {
				assertThat(documentsOf(full, collection)).as("documents of the person in %s", collection).isEmpty();
			}
		});
		assertThat(schedules.nextFireAt("dose:" + full.id() + ":" + FullUser.SCHEDULE_DOSE_A)).isEmpty();
		assertThat(schedules.nextFireAt("checkin:" + full.id())).isEmpty();
		assertThat(documentsOf(other.id(), List.of(), "users")).isNotEmpty();

		int callsBefore = callsTo(full);
		Instant nextDose = schedules.nextFireAt("dose:" + other.id() + ":" + FullUser.SCHEDULE_DOSE_A).orElseThrow();
		clock.set(nextDose);
		other.awaitMessage("Time for <b>Dosewell 5 mg</b>");
		assertThat(callsTo(full)).isEqualTo(callsBefore);
		assertThat(documentsOf(full, "schedules")).isEmpty();
	}

	@Test
	void shouldExportEveryKindOfRecordOfThePersonAndNothingOfAnyoneElse() throws IOException {
		FullUser full = FullUser.create(clock, schedules, mongo);
		TelegramUser other = Onboarded.user();
		String othersMedication = "Zentoquil" + other.id();
		Medicated.add(other, othersMedication, "5 mg", "07:00");
		await().untilAsserted(() -> assertThat(collectionsWithout(full)).isEmpty());

		full.user().send("/export");

		Call document = full.user().awaitCall("sendDocument",
				call -> call.params().path("document").path("file_name").asText().endsWith(".json"));
		byte[] bytes = document.params().path("document").path("bytes").binaryValue();
		JsonNode export = new ObjectMapper().readTree(bytes);
		assertThat(EXPORTED_AS.keySet()).as("every collection has its place in the export")
			.containsAll(collectionNames());
		EXPORTED_AS.forEach((collection, section) -> assertThat(export.at(section).isMissingNode()
				|| export.at(section).isNull() || export.at(section).isEmpty())
			.as("%s exported as %s", collection, section)
			.isFalse());
		for (String collection : List.of("checkins", "medications", "doses", "questionnaires", "crisis_events",
				"schedules")) {
			assertThat(export.at(EXPORTED_AS.get(collection)).size()).as(collection)
				.isEqualTo(documentsOf(full, collection).size());
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		assertThat(text).contains(full.displayName(), full.medication(), full.skippedMedication(),
				full.sideEffect(), full.noteWord(), full.planWord(), full.draftWord());
		assertThat(text).doesNotContain(Long.toString(other.id()), othersMedication);
	}

	/** Every collection that can hold someone's data: all of them but the few that by design hold nobody's. */
	private Set<String> collectionNames() {
		Set<String> names = new TreeSet<>(mongo.getCollectionNames());
		names.removeIf(name -> name.startsWith("system.") || NOBODYS.contains(name));
		return names;
	}

	/** The collections in which the person has no document yet. */
	private List<String> collectionsWithout(FullUser full) {
		return collectionNames().stream().filter(name -> documentsOf(full, name).isEmpty()).toList();
	}

	private List<Document> documentsOf(FullUser full, String collection) {
		return documentsOf(full.id(), full.words(), collection);
	}

	/** Documents with any field (at any depth) holding the person's id, a string with it, or one of their words. */
	private List<Document> documentsOf(long id, List<String> words, String collection) {
		List<String> needles = new ArrayList<>(words);
		needles.add(Long.toString(id));
		List<Document> found = new ArrayList<>();
		for (Document document : mongo.getCollection(collection).find()) {
			if (refersTo(document, id, needles)) {
				found.add(document);
			}
		}
		return found;
	}

	private static boolean refersTo(Object value, long id, List<String> needles) {
		if (value instanceof Document document) {
			return document.values().stream().anyMatch(v -> refersTo(v, id, needles));
		}
		if (value instanceof List<?> list) {
			return list.stream().anyMatch(v -> refersTo(v, id, needles));
		}
		if (value instanceof Number number) {
			return number.doubleValue() == id;
		}
		if (value instanceof String text) {
			return needles.stream().anyMatch(text::contains);
		}
		if (value instanceof Binary binary) {
			String text = new String(binary.getData(), StandardCharsets.ISO_8859_1);
			return needles.stream().anyMatch(text::contains);
		}
		return false;
	}

	private static int callsTo(FullUser full) {
		return full.user().messages().size();
	}

}
