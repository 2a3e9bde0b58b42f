package app.tandem.medication;

import java.util.List;

import org.springframework.stereotype.Component;

import app.tandem.checkin.MedicationNames;

/**
 * Tells the check-in which medications a person takes.
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

}
