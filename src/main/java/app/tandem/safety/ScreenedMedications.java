package app.tandem.safety;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

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
 */
@Component
class ScreenedMedications {

	private static final Logger log = LoggerFactory.getLogger(ScreenedMedications.class);

	private final List<MedicationNames> sources;

	private final Map<Long, List<String>> byUser = new ConcurrentHashMap<>();

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
			loader.execute(() -> refresh(userId));
			return List.of();
		}
		return known;
	}

	@EventListener
	void on(MedicationsChanged event) {
		loader.execute(() -> refresh(event.userId()));
	}

	@EventListener
	void on(PersonalDataErased event) {
		byUser.remove(event.userId());
	}

	private void refresh(long userId) {
		try {
			byUser.put(userId, sources.stream().flatMap(source -> source.activeNames(userId).stream()).toList());
		}
		catch (DataAccessException ex) {
			byUser.remove(userId);
			log.debug("Could not read the medications of user {} for screening; will try again", userId);
		}
	}

	@PreDestroy
	void stop() {
		loader.shutdownNow();
	}

}
