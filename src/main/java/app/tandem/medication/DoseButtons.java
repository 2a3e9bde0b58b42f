package app.tandem.medication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.chat.InboundPayload;
import app.tandem.chat.Keyboard;
import app.tandem.chat.Keyboard.Button;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.ButtonHandler;
import app.tandem.conversation.Recipients;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.medication.DoseMessages.Due;
import app.tandem.schedule.ScheduleHandler;
import app.tandem.schedule.ScheduledFire;
import app.tandem.schedule.Schedules;

/**
 * The buttons under a reminder: Taken (also correcting a missed dose), Snooze, Skip and its reasons, All taken.
 * They belong to a dose, not to a conversation, so they work whenever pressed; a dose already answered says so.
 */
@Component
class DoseButtons implements ButtonHandler {

	static final String SNOOZE_KIND = "dose-snooze";

	private final DoseLog doses;

	private final Medications medications;

	private final DoseMessages messages;

	private final DoseFollowThrough followThrough;

	private final Schedules schedules;

	private final Replies replies;

	private final Clock clock;

	DoseButtons(DoseLog doses, Medications medications, DoseMessages messages, DoseFollowThrough followThrough,
			Schedules schedules, Replies replies, Clock clock) {
		this.doses = doses;
		this.medications = medications;
		this.messages = messages;
		this.followThrough = followThrough;
		this.schedules = schedules;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public String prefix() {
		return DoseMessages.PREFIX;
	}

	@Override
	public void onPress(Turn turn, ButtonData data) {
		String action = data.step();
		String argument = data.value();
		switch (action) {
			case "t" -> taken(turn, argument);
			case "all" -> allTaken(turn, argument);
			case "z" -> snoozeMenu(turn, argument);
			case "z10", "z30", "z60" -> snooze(turn, argument, Integer.parseInt(action.substring(1)));
			case "s" -> skip(turn, argument);
			default -> followThrough.onPress(turn, action, argument);
		}
	}

	private void taken(Turn turn, String recordId) {
		Optional<DoseRecord> before = doses.find(turn.userId(), recordId);
		Optional<DoseRecord> record = doses.markTaken(turn.userId(), recordId, clock.instant());
		if (record.isEmpty()) {
			replies.acknowledge(turn.inbound(), before.isPresent() ? "med.already-taken" : "router.button-closed",
					false);
			return;
		}
		boolean correction = before.map(b -> b.status() != DoseStatus.PENDING).orElse(false);
		replies.acknowledge(turn.inbound(), correction ? "med.corrected" : "med.taken-notice", false);
		redraw(turn, record.get());
		followThrough.afterTaken(turn, record.get());
	}

	private void allTaken(Turn turn, String slotKey) {
		String[] parts = slotKey.split("@");
		var dueAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
		List<DoseRecord> open = doses.pendingOrClosedAt(turn.userId(), dueAt)
			.stream()
			.filter(record -> record.status() != DoseStatus.TAKEN && record.status() != DoseStatus.SKIPPED)
			.toList();
		replies.acknowledge(turn.inbound(), open.isEmpty() ? "med.already-taken" : "med.taken-notice", false);
		DoseRecord last = null;
		for (DoseRecord record : open) {
			Optional<DoseRecord> taken = doses.markTaken(turn.userId(), record.id(), clock.instant());
			if (taken.isPresent()) {
				last = taken.get();
				medications.useOneDose(turn.userId(), record.medicationId(), turn.updateId())
					.ifPresent(medication -> followThrough.checkRefill(turn.recipient(), medication));
			}
		}
		if (last != null) {
			redraw(turn, last);
		}
	}

	private void snoozeMenu(Turn turn, String recordId) {
		replies.acknowledge(turn.inbound(), null, false);
		Optional<DoseRecord> record = doses.find(turn.userId(), recordId)
			.filter(r -> r.status() == DoseStatus.PENDING);
		if (record.isEmpty()) {
			replies.say(turn.inbound(), "med.no-longer-open");
			return;
		}
		Keyboard keyboard = Keyboard.of(new Button(replies.text(turn.inbound(), "med.snooze.10"), DoseMessages.data("z10", recordId)),
				new Button(replies.text(turn.inbound(), "med.snooze.30"), DoseMessages.data("z30", recordId)),
				new Button(replies.text(turn.inbound(), "med.snooze.60"), DoseMessages.data("z60", recordId)));
		replies.ask(turn.inbound(), keyboard, "med.snooze.question", medicationLabel(turn, record.get()));
	}

	private void snooze(Turn turn, String recordId, int minutes) {
		Optional<DoseRecord> record = doses.find(turn.userId(), recordId)
			.filter(r -> r.status() == DoseStatus.PENDING);
		if (record.isEmpty()) {
			replies.acknowledge(turn.inbound(), "med.no-longer-open", false);
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		ZoneId zone = turn.zone();
		var at = clock.instant().plus(Duration.ofMinutes(minutes));
		schedules.putOnce(SNOOZE_KIND + ":" + recordId, turn.userId(), turn.chatId(), SNOOZE_KIND, zone, at,
				Map.of("record", recordId));
		replies.say(turn.inbound(), "med.snoozed", LocalTime.ofInstant(at, zone).withSecond(0).withNano(0));
	}

	private void skip(Turn turn, String recordId) {
		Optional<DoseRecord> record = doses.markSkipped(turn.userId(), recordId);
		if (record.isEmpty()) {
			replies.acknowledge(turn.inbound(), "med.no-longer-open", false);
			return;
		}
		replies.acknowledge(turn.inbound(), null, false);
		redraw(turn, record.get());
		followThrough.askSkipReason(turn, record.get(), medicationLabel(turn, record.get()));
	}

	/**
	 * Redraws the reminder: the one recorded on the dose, or, when its delivery is not recorded yet (a tap that came
	 * before the outbox's delivery record), the message whose button was tapped.
	 */
	private void redraw(Turn turn, DoseRecord record) {
		Integer messageId = record.messageId();
		if (messageId == null && turn.inbound().payload() instanceof InboundPayload.ButtonPress press) {
			messageId = press.messageId();
		}
		if (messageId == null) {
			return;
		}
		List<Due> due = Due.of(doses.pendingOrClosedAt(turn.userId(), record.dueAt()), medications.all(turn.userId()));
		ZoneId zone = turn.zone();
		messages.refresh(turn.recipient(), messageId, due, LocalTime.ofInstant(record.dueAt(), zone), zone);
	}

	private String medicationLabel(Turn turn, DoseRecord record) {
		return medications.find(turn.userId(), record.medicationId())
			.map(m -> Html.escape(m.labelOn(record.localDate(), replies.words(turn.inbound()))))
			.orElse("");
	}

	/** Sends a snoozed reminder again if its dose is still open. */
	@Component
	static class Snoozed implements ScheduleHandler {

		private final DoseLog doses;

		private final Medications medications;

		private final DoseMessages messages;

		private final Recipients recipients;

		Snoozed(DoseLog doses, Medications medications, DoseMessages messages, Recipients recipients) {
			this.doses = doses;
			this.medications = medications;
			this.messages = messages;
			this.recipients = recipients;
		}

		@Override
		public String kind() {
			return SNOOZE_KIND;
		}

		@Override
		public Duration grace() {
			return Duration.ofHours(2);
		}

		@Override
		public void fire(ScheduledFire fire) {
			doses.find(fire.userId(), fire.attributes().get("record"))
				.filter(record -> record.status() == DoseStatus.PENDING)
				.ifPresent(record -> {
					List<Due> due = Due.of(List.of(record), medications.current(fire.userId()));
					messages.remind(recipients.scheduled(fire), due,
							LocalTime.ofInstant(record.dueAt(), fire.zone()), fire.zone(), "med.remind");
				});
		}

	}

}
