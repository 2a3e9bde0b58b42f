package app.tandem.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import app.tandem.checkin.MedicationNames;
import app.tandem.medication.MedicationsChanged;
import app.tandem.user.PersonalDataErased;

/**
 * Each person's own medication names, held in memory for the risk screen so that "I took all my quetiapine" reads
 * as an overdose without a database call on the crisis path. Filled off that path: when a person's medications
 * change, the first time someone is screened after a start (until then, common medicines are known anyway), and
 * again when what is known is older than {@link #FRESH_FOR} (another instance may have seen the change). The people
 * waiting to be looked up are looked up together, in one query, however many wrote at once.
 */
@Component
class ScreenedMedications {

	private static final Logger log = LoggerFactory.getLogger(ScreenedMedications.class);

	private final List<MedicationNames> sources;

	/** How long names read from the store are taken as they are, before the next screening reads them again. */
	static final Duration FRESH_FOR = Duration.ofMinutes(5);

	private final Map<Long, Known> byUser = new ConcurrentHashMap<>();

	private final Clock clock;

	private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean lookingUp = new AtomicBoolean();

	private final ExecutorService loader;

	ScreenedMedications(List<MedicationNames> sources, Clock clock) {
		this.sources = sources;
		this.clock = clock;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("screened-medications-");
		threads.setDaemon(true);
		this.loader = Executors.newSingleThreadExecutor(threads);
	}

	/**
	 * The names known now; never waits. An unknown person's names, and names known for longer than {@link #FRESH_FOR},
	 * are looked up in the background.
	 */
	List<String> namesOf(long userId) {
		Instant now = clock.instant();
		Known known = byUser.putIfAbsent(userId, new Known(List.of(), now));
		if (known == null) {
			lookUp(userId);
			return List.of();
		}
		if (now.isAfter(known.at().plus(FRESH_FOR)) && byUser.replace(userId, known, new Known(known.names(), now))) {
			lookUp(userId);
		}
		return known.names();
	}

	@EventListener
	void on(MedicationsChanged event) {
		lookUp(event.userId());
	}

	@EventListener
	void on(PersonalDataErased event) {
		byUser.remove(event.userId());
	}

	private void lookUp(long userId) {
		waiting.add(userId);
		if (lookingUp.compareAndSet(false, true)) {
			loader.execute(this::lookUpWaiting);
		}
	}

	/** Runs until no one is waiting; a person added while it runs is taken by its next round. */
	private void lookUpWaiting() {
		while (true) {
			List<Long> userIds = List.copyOf(waiting);
			waiting.removeAll(userIds);
			if (!userIds.isEmpty()) {
				refresh(userIds);
			}
			lookingUp.set(false);
			if (waiting.isEmpty() || !lookingUp.compareAndSet(false, true)) {
				return;
			}
		}
	}

	private void refresh(List<Long> userIds) {
		try {
			Map<Long, List<String>> names = new HashMap<>();
			for (MedicationNames source : sources) {
				source.activeNamesOf(userIds)
					.forEach((userId, found) -> names.merge(userId, found,
							(before, more) -> Stream.concat(before.stream(), more.stream()).toList()));
			}
			Instant now = clock.instant();
			userIds.forEach(userId -> byUser.put(userId, new Known(List.copyOf(names.getOrDefault(userId, List.of())), now)));
		}
		catch (DataAccessException ex) {
			userIds.forEach(byUser::remove);
			log.debug("Could not read the medications of {} people for screening; will try again", userIds.size());
		}
	}

	/** A person's names and when they were read (or last asked for again). */
	private record Known(List<String> names, Instant at) {
	}

	@PreDestroy
	void stop() {
		loader.shutdownNow();
	}

}
