package app.tandem.medication;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.UpdateDefinition;

import app.tandem.store.TestStores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A {@code /took} handled again after a crash (Telegram hands the update over once more) doubles nothing: the update
 * id that recognises it is written in the same write as the dose or the pill count it guards, and stays when a dose
 * or a medication is written whole. A record stored before it was kept is taken by no message, and the person's
 * export stays without it.
 */
class TookReplayTests {

	static final long USER = 7L;

	static final long UPDATE = 4242L;

	/** An hour before the 08:00 dose, so a {@code /took} now is that dose taken early. */
	static final Instant SEVEN = Instant.parse("2026-11-30T07:00:00Z");

	static final Instant EIGHT = Instant.parse("2026-11-30T08:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

	final Clock clock = Clock.fixed(SEVEN, ZoneOffset.UTC);

	TestStores.InMemory memory;

	MongoTemplate mongo;

	DoseLog doses;

	Medications medications;

	@BeforeEach
	void start() {
		memory = new TestStores.InMemory();
		mongo = memory.template("took-replay-tests");
		doses = new DoseLog(mongo, clock);
		medications = new Medications(mongo, event -> {
		}, clock);
	}

	@AfterEach
	void stop() {
		memory.close();
	}

	@Test
	void shouldRecordAnEarlyDoseOnceWhenTheStoreWentDownRightAfterTheFirstWriteOfTook() {
		Medication sertraline = sertraline();
		// the first handling, cut short by the crash if it needed a second write
		catchThrowable(() -> took(new DoseLog(downAfterOneWrite(mongo), clock), sertraline));

		TookNow.Taken again = took(doses, sertraline);

		assertThat(again.kind()).as("the same /took handled again finds the dose it took early")
			.isEqualTo(TookNow.Kind.EARLY);
		assertThat(doses.all(USER)).as("one dose of Sertraline, not the early one and an extra one")
			.singleElement()
			.satisfies(dose -> assertThat(dose.dueAt()).isEqualTo(EIGHT));
	}

	@Test
	void shouldRecordAnEarlyDoseOnceWhenItsRecordWasWrittenWholeBeforeTheTookCameAgain() {
		Medication sertraline = sertraline();
		DoseRecord early = took(doses, sertraline).record();
		mongo.save(doses.find(USER, early.id()).orElseThrow());

		TookNow.Taken again = took(doses, sertraline);

		assertThat(again.kind()).isEqualTo(TookNow.Kind.EARLY);
		assertThat(doses.all(USER)).as("one dose of Sertraline, not the early one and an extra one").hasSize(1);
	}

	@Test
	void shouldTakePillsOffTheSupplyOnceWhenTheMedicationWasWrittenWholeBeforeTheTookCameAgain() {
		Medication sertraline = sertraline();
		medications.useOneDose(USER, sertraline.id(), UPDATE);
		mongo.save(medications.find(USER, sertraline.id()).orElseThrow());

		assertThat(medications.useOneDose(USER, sertraline.id(), UPDATE)).as("the same /took handled again").isEmpty();
		assertThat(medications.find(USER, sertraline.id()).orElseThrow().pillsOnHand()).isEqualTo(29.0);
	}

	@Test
	void shouldTakeADoseStoredWithoutAnUpdateIdAsTakenByNoMessage() {
		String id = DoseRecord.idOf("med-1", EIGHT);
		mongo.insert(new Document(Map.of("_id", id, "userId", USER, "medicationId", "med-1", "dueAt", Date.from(EIGHT),
				"localDate", TODAY.toString(), "status", DoseStatus.TAKEN.name(), "takenAt", Date.from(SEVEN),
				"followedUp", false, "late", false, "asNeeded", false)), "doses");

		assertThat(doses.find(USER, id).orElseThrow().takenBy()).isNull();
		assertThat(doses.takenBy(USER, id, UPDATE)).as("not taken by this message").isEmpty();
	}

	@Test
	void shouldTakePillsOnceAMessageOffAMedicationStoredWithoutUpdateIds() {
		Medication sertraline = sertraline();

		assertThat(mongo.findById(sertraline.id(), Document.class, "medications")).as("a new medication, as before")
			.doesNotContainKey("pillsUsedBy");
		assertThat(medications.find(USER, sertraline.id()).orElseThrow().pillsUsedBy()).isNull();
		assertThat(medications.useOneDose(USER, sertraline.id(), UPDATE)).get()
			.satisfies(used -> assertThat(used.pillsOnHand()).isEqualTo(29.0))
			.satisfies(used -> assertThat(used.pillsUsedBy()).containsExactly(UPDATE));
		assertThat(medications.useOneDose(USER, sertraline.id(), UPDATE)).as("the same /took handled again").isEmpty();
	}

	@Test
	void shouldLeaveTheUpdateIdOfTookOutOfTheExportedDoses() throws JsonProcessingException {
		DoseRecord early = took(doses, sertraline()).record();

		String exported = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(doses.all(USER));

		assertThat(exported).contains(early.id()).doesNotContain("takenBy", Long.toString(UPDATE));
	}

	/** Sertraline at 08:00 every day, 30 pills on hand, one a dose. */
	private Medication sertraline() {
		return medications.add(USER, "Sertraline", DoseAmount.parse("50 mg").orElseThrow(),
				List.of(LocalTime.of(8, 0)), Set.of(DayOfWeek.values()), 1, TODAY.minusDays(30), 30.0, 1.0);
	}

	/** {@code /took sertraline} at 07:00; its answer's recipient is never needed for an early dose. */
	private TookNow.Taken took(DoseLog log, Medication medication) {
		return new TookNow(log, medications, null, clock).take(medication, ZoneOffset.UTC, TODAY, null, UPDATE);
	}

	/** The store as a crash leaves it: the first write of a handling is kept, and none after it is made. */
	private static MongoTemplate downAfterOneWrite(MongoTemplate healthy) {
		AtomicInteger writes = new AtomicInteger();
		Runnable write = () -> {
			if (writes.getAndIncrement() > 0) {
				throw new IllegalStateException("crashed after the first write");
			}
		};
		return new MongoTemplate(healthy.getMongoDatabaseFactory(), healthy.getConverter()) {

			@Override
			public <T> T insert(T objectToSave) {
				write.run();
				return super.insert(objectToSave);
			}

			@Override
			public UpdateResult updateFirst(Query query, UpdateDefinition update, Class<?> entityClass) {
				write.run();
				return super.updateFirst(query, update, entityClass);
			}

			@Override
			public <T> T findAndModify(Query query, UpdateDefinition update, FindAndModifyOptions options,
					Class<T> entityClass) {
				write.run();
				return super.findAndModify(query, update, options, entityClass);
			}

		};
	}

}
