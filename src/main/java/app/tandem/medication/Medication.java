package app.tandem.medication;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import app.tandem.i18n.Wording;
import app.tandem.schedule.LocalRule;
import app.tandem.store.PrivateText;

/**
 * One medication a person takes.
 *
 * @param id its id
 * @param userId whose
 * @param name as they typed it (encrypted at rest)
 * @param dose the latest dose prescribed (see {@link #doseOn} for the dose of a given day)
 * @param times local times of the doses; empty for as-needed (PRN)
 * @param days weekdays it is taken on (all seven for every day)
 * @param everyDays taken every this many days from {@code startDate}
 * @param startDate the first day
 * @param status active, paused or removed
 * @param pillsOnHand how many are left, when the person tracks it
 * @param pillsPerDose how many one dose uses
 * @param refillWarnedAt when the last refill reminder was sent (cleared by a refill)
 * @param doseChanges every dose change with its date, oldest first
 * @param createdAt when it was added
 * @param pillsUsedBy the updates that last took pills off the supply, newest last, so a message handled again after
 * a crash takes none ({@link Medications#useDoses}); null until one did. Mapped, so a medication written whole
 * keeps them
 */
@Document("medications")
public record Medication(@Id String id, @Indexed long userId, PrivateText name, DoseAmount dose,
		List<LocalTime> times, Set<DayOfWeek> days, int everyDays, LocalDate startDate, MedicationStatus status,
		Double pillsOnHand, Double pillsPerDose, Instant refillWarnedAt, List<DoseChange> doseChanges,
		Instant createdAt, List<Long> pillsUsedBy) {

	public boolean isAsNeeded() {
		return times == null || times.isEmpty();
	}

	public boolean isActive() {
		return status == MedicationStatus.ACTIVE;
	}

	public String displayName() {
		return name.text();
	}

	/** "Sertraline 100 mg", "Quetiapine 2 tablets" in the person's language. */
	public String label(Wording words) {
		return name.text() + " " + dose.text(words);
	}

	public List<DoseChange> doseChangesOrEmpty() {
		return (doseChanges != null) ? doseChanges : List.of();
	}

	/**
	 * The dose on a local date, from the dated history: {@code dose} is the latest one prescribed, which may start
	 * only tomorrow.
	 */
	public DoseAmount doseOn(LocalDate date) {
		DoseAmount on = null;
		for (DoseChange change : doseChangesOrEmpty()) {
			if (!change.from().isAfter(date)) {
				on = change.after();
			}
			else if (on == null) {
				on = change.before();
			}
		}
		return (on != null) ? on : dose;
	}

	/** "Sertraline 100 mg", with the dose of that day, in the person's language. */
	public String labelOn(LocalDate date, Wording words) {
		return name.text() + " " + doseOn(date).text(words);
	}

	/** The last day a dose change starts on, if any. */
	Optional<LocalDate> lastChangeFrom() {
		return doseChangesOrEmpty().stream().map(DoseChange::from).max(LocalDate::compareTo);
	}

	/** The next scheduled dose strictly after {@code after}, in the person's zone; empty for as-needed. */
	Optional<Instant> nextDoseAfter(Instant after, ZoneId zone) {
		if (isAsNeeded()) {
			return Optional.empty();
		}
		return times.stream()
			.map(time -> new LocalRule(time, days, Math.max(everyDays, 1), startDate).nextAfter(after, zone))
			.flatMap(Optional::stream)
			.filter(at -> !LocalDate.ofInstant(at, zone).isBefore(startDate))
			.min(Instant::compareTo);
	}

	/** Whether a dose is due on this local date, by its days rule. */
	boolean takenOn(LocalDate date) {
		return !isAsNeeded() && new LocalRule(times.get(0), days, Math.max(everyDays, 1), startDate).firesOn(date)
				&& !date.isBefore(startDate);
	}

	/** Days of supply left, when pills are tracked. */
	Optional<Double> daysOfSupply() {
		if (pillsOnHand == null || pillsPerDose == null || pillsPerDose <= 0 || isAsNeeded()) {
			return Optional.empty();
		}
		double perDay = pillsPerDose * times.size() * (days.size() / 7.0) / Math.max(everyDays, 1);
		return Optional.of(pillsOnHand / perDay);
	}

}
