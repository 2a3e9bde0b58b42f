package app.tandem.medication;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.tandem.conversation.Recipient;
import app.tandem.medication.DoseMessages.Due;
import app.tandem.schedule.ScheduleHandler;
import app.tandem.schedule.ScheduledFire;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

/**
 * The reminder at a dose time: a record per medication due (created once, whatever the retries), and one message.
 * After downtime, a reminder still inside its window goes out late and says so; an older one is recorded
 * "missed — not reminded" and not sent.
 */
@Component
class DoseReminders implements ScheduleHandler {

	private final Medications medications;

	private final DoseLog doses;

	private final DoseMessages messages;

	private final Users users;

	private final MedicationProperties properties;

	DoseReminders(Medications medications, DoseLog doses, DoseMessages messages, Users users,
			MedicationProperties properties) {
		this.medications = medications;
		this.doses = doses;
		this.messages = messages;
		this.users = users;
		this.properties = properties;
	}

	@Override
	public String kind() {
		return MedicationSchedules.REMIND;
	}

	@Override
	public Duration grace() {
		return properties.grace();
	}

	@Override
	public void fire(ScheduledFire fire) {
		fireAll(List.of(fire));
	}


	/**
	 * A batch of reminders in a fixed number of queries: the profiles, the active medications, closing earlier
	 * pending doses, the existing records, and one bulk insert; then one message per person.
	 */
	@Override
	public void fireAll(List<ScheduledFire> fires) {
		var userIds = fires.stream().map(ScheduledFire::userId).collect(Collectors.toSet());
		var profiles = users.findAll(userIds);
		var medicationsByUser = medications.activeOf(userIds)
			.stream()
			.collect(Collectors.groupingBy(Medication::userId));
		List<Due> planned = new ArrayList<>();
		for (ScheduledFire fire : fires) {
			LocalTime slot = LocalTime.parse(fire.attributes().get(MedicationSchedules.SLOT));
			medicationsByUser.getOrDefault(fire.userId(), List.of())
				.stream()
				.filter(medication -> isDue(medication, slot, fire))
				.forEach(medication -> planned.add(new Due(medication, new DoseRecord(
						DoseRecord.idOf(medication.id(), fire.dueAt()), fire.userId(), medication.id(), fire.dueAt(),
						fire.localDate(), DoseStatus.PENDING, null, null, null, null, false, fire.isLate(), false))));
		}
		planned.stream()
			.collect(Collectors.groupingBy(due -> due.record().dueAt(),
					Collectors.mapping(due -> due.medication().id(), Collectors.toList())))
			.forEach((dueAt, medicationIds) -> doses.closeEarlierPending(medicationIds, dueAt));
		var created = doses.openAll(planned.stream().map(Due::record).toList())
			.stream()
			.map(DoseRecord::id)
			.collect(Collectors.toSet());
		var byFire = planned.stream()
			.filter(due -> created.contains(due.record().id()))
			.collect(Collectors.groupingBy(due -> due.record().userId() + "@" + due.record().dueAt(),
					LinkedHashMap::new, Collectors.toList()));
		for (ScheduledFire fire : fires) {
			List<Due> due = byFire.get(fire.userId() + "@" + fire.dueAt());
			UserProfile profile = profiles.get(fire.userId());
			if (due == null || profile == null) {
				continue;
			}
			messages.remind(Recipient.scheduled(fire, profile.language()), due,
					LocalTime.parse(fire.attributes().get(MedicationSchedules.SLOT)), fire.zone(),
					fire.isLate() ? "med.remind-late" : "med.remind");
		}
	}

	@Override
	public void missed(ScheduledFire fire) {
		LocalTime slot = LocalTime.parse(fire.attributes().get(MedicationSchedules.SLOT));
		dueAt(fire, slot).forEach(medication -> doses.open(medication, fire.dueAt(), fire.localDate(),
				DoseStatus.NOT_REMINDED, false));
	}

	private List<Medication> dueAt(ScheduledFire fire, LocalTime slot) {
		return medications.current(fire.userId()).stream().filter(medication -> isDue(medication, slot, fire)).toList();
	}

	private static boolean isDue(Medication medication, LocalTime slot, ScheduledFire fire) {
		return medication.isActive() && !medication.isAsNeeded() && medication.times().contains(slot)
				&& medication.takenOn(fire.localDate());
	}

}
