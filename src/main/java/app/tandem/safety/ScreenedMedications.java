package app.tandem.safety;

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
 * change, and the first time someone is screened after a start (until then, common medicines are known anyway).
 * The people waiting to be looked up are looked up together, in one query, however many wrote at once.
 */
@Component
class ScreenedMedications {

	private static final Logger log = LoggerFactory.getLogger(ScreenedMedications.class);

	private final List<MedicationNames> sources;

	private final Map<Long, List<String>> byUser = new ConcurrentHashMap<>();

	private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean lookingUp = new AtomicBoolean();

	private final ExecutorService loader;

	ScreenedMedications(List<MedicationNames> sources) {
		this.sources = sources;
		CustomizableThreadFactory threads = new CustomizableThreadFactory("screened-medications-");
		threads.setDaemon(true);
		this.loader = Executors.newSingleThreadExecutor(threads);
	}

	/** The names known now; never waits. An unknown person's names are looked up in the background. */
	List<String> namesOf(long userId) {
		List<String> known = byUser.putIfAbsent(userId, List.of());
		if (known == null) {
			lookUp(userId);
			return List.of();
		}
		return known;
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
			userIds.forEach(userId -> byUser.put(userId, List.copyOf(names.getOrDefault(userId, List.of()))));
		}
		catch (DataAccessException ex) {
			userIds.forEach(byUser::remove);
			log.debug("Could not read the medications of {} people for screening; will try again", userIds.size());
		}
	}

	@PreDestroy
	void stop() {
		loader.shutdownNow();
	}

}
