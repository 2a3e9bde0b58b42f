package app.tandem.medication;

/** Whether a medication is being taken, paused (no reminders), or removed (kept for its history). */
public enum MedicationStatus {

	ACTIVE, PAUSED, REMOVED

}
