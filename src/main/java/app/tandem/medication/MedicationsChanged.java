package app.tandem.medication;

/** A person's medications changed (added, dose, pause, resume, removal, refill). */
public record MedicationsChanged(long userId) {
}
