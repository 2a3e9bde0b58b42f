package app.tandem.medication;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import app.tandem.conversation.Recipient;
import app.tandem.conversation.Recipients;
import app.tandem.medication.DoseMessages.Due;
import app.tandem.schedule.ScheduleHandler;
import app.tandem.schedule.ScheduledFire;

/**
 * At the end of a dose's window, the record that it was missed; the reminder then says so, and its Taken button
 * still corrects it.
 */
@Component
class DoseClose implements ScheduleHandler {

	private final DoseLog doses;

	private final Medications medications;

	private final DoseMessages messages;

	private final Recipients recipients;

	private final MedicationProperties properties;

	DoseClose(DoseLog doses, Medications medications, DoseMessages messages, Recipients recipients,
			MedicationProperties properties) {
		this.doses = doses;
		this.medications = medications;
		this.messages = messages;
		this.recipients = recipients;
		this.properties = properties;
	}

	@Override
	public String kind() {
		return MedicationSchedules.CLOSE;
	}

	@Override
	public Duration grace() {
		return Duration.ofDays(1);
	}

	@Override
	public void fire(ScheduledFire fire) {
		List<DoseRecord> missed = doses.closeMissed(fire.userId(), fire.dueAt().minus(properties.grace()));
		if (missed.isEmpty()) {
			return;
		}
		Recipient to = recipients.scheduled(fire);
		LocalTime slot = LocalTime.parse(fire.attributes().get(MedicationSchedules.SLOT));
		List<Due> due = Due.of(doses.pendingOrClosedAt(fire.userId(), missed.get(0).dueAt()),
				medications.all(fire.userId()));
		missed.stream()
			.map(DoseRecord::messageId)
			.filter(Objects::nonNull)
			.distinct()
			.forEach(messageId -> messages.refresh(to, messageId, due, slot, fire.zone()));
	}

}
