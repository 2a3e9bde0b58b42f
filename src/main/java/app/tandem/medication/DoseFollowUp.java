package app.tandem.medication;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.stereotype.Component;

import app.tandem.conversation.Recipients;
import app.tandem.medication.DoseMessages.Due;
import app.tandem.schedule.ScheduleHandler;
import app.tandem.schedule.ScheduledFire;

/**
 * One follow-up for doses still unanswered after the follow-up delay.
 */
@Component
class DoseFollowUp implements ScheduleHandler {

	private final DoseLog doses;

	private final Medications medications;

	private final DoseMessages messages;

	private final Recipients recipients;

	private final MedicationProperties properties;

	DoseFollowUp(DoseLog doses, Medications medications, DoseMessages messages, Recipients recipients,
			MedicationProperties properties) {
		this.doses = doses;
		this.medications = medications;
		this.messages = messages;
		this.recipients = recipients;
		this.properties = properties;
	}

	@Override
	public String kind() {
		return MedicationSchedules.FOLLOW_UP;
	}

	@Override
	public Duration grace() {
		return properties.grace().minus(properties.followUp());
	}

	@Override
	public void fire(ScheduledFire fire) {
		List<DoseRecord> pending = doses.pendingAt(fire.userId(), fire.dueAt().minus(properties.followUp()))
			.stream()
			.filter(record -> !record.followedUp())
			.toList();
		if (pending.isEmpty()) {
			return;
		}
		doses.markFollowedUp(pending);
		List<Due> due = Due.of(pending, medications.current(fire.userId()));
		messages.remind(recipients.scheduled(fire), due,
				LocalTime.parse(fire.attributes().get(MedicationSchedules.SLOT)), fire.zone(), "med.follow-up");
	}

}
