package app.tandem.medication;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.tandem.conversation.Recipients;
import app.tandem.medication.DoseMessages.Due;
import app.tandem.schedule.LocalRule;
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
		LocalTime slot = LocalTime.parse(fire.attributes().get(MedicationSchedules.SLOT));
		List<DoseRecord> pending = doses.pendingAt(fire.userId(), doseBefore(slot, fire.zone(), fire.dueAt()))
			.stream()
			.filter(record -> !record.followedUp())
			.toList();
		if (pending.isEmpty()) {
			return;
		}
		doses.markFollowedUp(pending);
		List<Due> due = Due.of(pending, medications.current(fire.userId()));
		messages.remind(recipients.scheduled(fire), due, slot, fire.zone(), "med.follow-up");
	}

	/**
	 * The dose this follow-up is about: the slot's last occurrence at or before it, computed as the dose's own
	 * schedule computes it. Not simply "30 minutes earlier": on the night clocks spring forward, a follow-up that
	 * falls into the gap fires at its end, more than 30 minutes after its dose.
	 */
	static Instant doseBefore(LocalTime slot, ZoneId zone, Instant followUpAt) {
		LocalRule rule = LocalRule.daily(slot);
		Instant dose = rule.nextAfter(followUpAt.minus(Duration.ofHours(26)), zone).orElseThrow();
		for (Optional<Instant> next = rule.nextAfter(dose, zone); next.isPresent()
				&& !next.get().isAfter(followUpAt); next = rule.nextAfter(dose, zone)) {
			dose = next.get();
		}
		return dose;
	}

}
