package app.tandem.medication;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.tandem.checkin.MedicationNames;

/**
 * Tells the check-in (and the risk screen) which medications a person takes.
 */
@Component
class ActiveMedicationNames implements MedicationNames {

	private final Medications medications;

	ActiveMedicationNames(Medications medications) {
		this.medications = medications;
	}

	@Override
	public List<String> activeNames(long userId) {
		return medications.current(userId).stream().filter(Medication::isActive).map(Medication::displayName).toList();
	}

	/** In one query, however many people. */
	@Override
	public Map<Long, List<String>> activeNamesOf(Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		return medications.activeOf(userIds)
			.stream()
			.sorted(Comparator.comparing(Medication::createdAt, Comparator.nullsFirst(Comparator.naturalOrder())))
			.collect(Collectors.groupingBy(Medication::userId,
					Collectors.mapping(Medication::displayName, Collectors.toList())));
	}

}
