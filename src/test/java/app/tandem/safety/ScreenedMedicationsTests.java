package app.tandem.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import app.tandem.checkin.MedicationNames;
import app.tandem.medication.MedicationsChanged;
import app.tandem.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The medication names the risk screen knows for each person: looked up off the crisis path, many people in one
 * query when many write at once, again after a failed lookup and when a person's medications change.
 */
class ScreenedMedicationsTests {

	private final Store store = new Store();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

	private final ScreenedMedications medications = new ScreenedMedications(List.of(store), clock);

	@AfterEach
	void stop() {
		store.open.countDown();
		medications.stop();
	}

	@Test
	void shouldLookUpEveryoneWhoWroteDuringALookUpInOneQuery() {
		store.open = new CountDownLatch(1);
		assertThat(medications.namesOf(1)).as("never waits for the store").isEmpty();
		await().until(() -> store.queries.size() == 1);
		LongStream.rangeClosed(2, 100).forEach(medications::namesOf);

		store.open.countDown();

		await().untilAsserted(() -> assertThat(medications.namesOf(100)).containsExactly("Zorvexa 100"));
		assertThat(medications.namesOf(1)).containsExactly("Zorvexa 1");
		assertThat(store.queries).hasSize(2);
		assertThat(store.queries.get(1)).hasSize(99);
	}

	@Test
	void shouldLookAgainAfterTheStoreFailed() {
		store.failures.set(1);

		assertThat(medications.namesOf(7)).isEmpty();

		await().untilAsserted(() -> assertThat(medications.namesOf(7)).containsExactly("Zorvexa 7"));
		assertThat(store.queries).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void shouldReadTheNamesAgainWhenAPersonsMedicationsChange() {
		medications.namesOf(3);
		await().untilAsserted(() -> assertThat(medications.namesOf(3)).containsExactly("Zorvexa 3"));
		store.suffix = " XR";

		medications.on(new MedicationsChanged(3));

		await().untilAsserted(() -> assertThat(medications.namesOf(3)).containsExactly("Zorvexa 3 XR"));
	}

	@Test
	void shouldReadTheNamesAgainWhenWhatIsKnownIsOlderThanFiveMinutesAsAnotherInstanceMayHaveChangedThem() {
		medications.namesOf(4);
		await().untilAsserted(() -> assertThat(medications.namesOf(4)).containsExactly("Zorvexa 4"));
		store.suffix = " XR";
		clock.advance(Duration.ofMinutes(4));
		assertThat(medications.namesOf(4)).containsExactly("Zorvexa 4");
		assertThat(store.queries).as("still fresh: not read again").hasSize(1);

		clock.advance(Duration.ofMinutes(2));

		assertThat(medications.namesOf(4)).as("never waits").containsExactly("Zorvexa 4");
		await().untilAsserted(() -> assertThat(medications.namesOf(4)).containsExactly("Zorvexa 4 XR"));
		assertThat(store.queries).as("read again once").hasSize(2);
	}

	/** A medication store that records each query and can be held, made to fail, or changed. */
	private static final class Store implements MedicationNames {

		final List<List<Long>> queries = new CopyOnWriteArrayList<>();

		final AtomicInteger failures = new AtomicInteger();

		volatile CountDownLatch open = new CountDownLatch(0);

		volatile String suffix = "";

		@Override
		public List<String> activeNames(long userId) {
			throw new AssertionError("looked up one person at a time");
		}

		@Override
		public Map<Long, List<String>> activeNamesOf(Collection<Long> userIds) {
			queries.add(List.copyOf(userIds));
			try {
				open.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			if (failures.getAndDecrement() > 0) {
				throw new DataAccessResourceFailureException("the store is down");
			}
			return userIds.stream()
				.collect(Collectors.toMap(Function.identity(), userId -> List.of("Zorvexa " + userId + suffix)));
		}

	}

}
