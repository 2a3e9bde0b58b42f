package app.tandem.medication;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.tandem.user.PersonalData;

/**
 * Medications and their dose log, for export and erasure.
 */
@Component
class MedicationData implements PersonalData {

	private final Medications medications;

	private final DoseLog doses;

	MedicationData(Medications medications, DoseLog doses) {
		this.medications = medications;
		this.doses = doses;
	}

	@Override
	public String section() {
		return "medications";
	}

	@Override
	public Object export(long userId, long chatId) {
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("medications", medications.all(userId)
			.stream()
			.map(m -> Map.of("name", m.displayName(), "dose", m.dose().toString(), "times", m.times(), "status",
					m.status(), "doseChanges", m.doseChangesOrEmpty()))
			.toList());
		export.put("doses", doses.all(userId));
		return export;
	}

	@Override
	public void erase(long userId, long chatId) {
		doses.eraseAll(userId);
		medications.eraseAll(userId);
	}

}
