package app.tandem.medication;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.chat.Keyboard;
import app.tandem.chat.Keyboard.Button;
import app.tandem.chat.OutboundMessage;
import app.tandem.checkin.Journal;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Recipient;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;

/**
 * What follows an answer to a reminder: after Taken, the pills count and a quick "Any side effects?"; after
 * Skip, why — with the prescriber message for "feeling better" and "want to stop", side effects to record, a
 * refill nudge for "ran out".
 */
@Component
class DoseFollowThrough {

	static final List<String> SKIP_REASONS = List.of("forgot", "side_effects", "ran_out", "feeling_better",
			"want_stop", "other");

	/** "No thanks" to adding a wish to stop (or feeling better) to the notes. */
	private static final String NO_NOTE = "no";

	static final List<String> QUICK_SIDE_EFFECTS = List.of("nausea", "headache", "drowsiness", "dizziness",
			"insomnia", "restlessness");

	private final DoseLog doses;

	private final Medications medications;

	private final Journal journal;

	private final Conversations conversations;

	private final Replies replies;

	private final MedicationProperties properties;

	private final Clock clock;

	DoseFollowThrough(DoseLog doses, Medications medications, Journal journal, Conversations conversations,
			Replies replies, MedicationProperties properties, Clock clock) {
		this.doses = doses;
		this.medications = medications;
		this.journal = journal;
		this.conversations = conversations;
		this.replies = replies;
		this.properties = properties;
		this.clock = clock;
	}

	void afterTaken(Turn turn, DoseRecord record) {
		medications.useOneDose(turn.userId(), record.medicationId(), turn.updateId())
			.ifPresent(medication -> checkRefill(turn.recipient(), medication));
		List<Button> effects = new ArrayList<>();
		effects.add(new Button(replies.text(turn.inbound(), "med.fx.none"), DoseMessages.data("fx", record.id() + "|none")));
		QUICK_SIDE_EFFECTS.forEach(effect -> effects.add(new Button(replies.text(turn.inbound(), "side-effect." + effect),
				DoseMessages.data("fx", record.id() + "|" + effect))));
		Keyboard keyboard = Keyboard.grid(effects, 3)
			.withRow(new Button(replies.text(turn.inbound(), "med.took-at"), DoseMessages.data("at", record.id())));
		replies.ask(turn.inbound(), keyboard, "med.fx.question", label(turn, record));
	}

	/** A refill reminder once the supply falls to the threshold; once per refill. */
	void checkRefill(Recipient to, Medication medication) {
		Optional<Double> days = medication.daysOfSupply();
		if (days.isPresent() && days.get() <= properties.refillDays()
				&& medications.markRefillWarned(medication.userId(), medication.id())) {
			replies.send(to, new OutboundMessage.Text(
					replies.text(to, "med.refill.low", Html.escape(medication.displayName()),
							(int) Math.floor(days.get()), medication.pillsOnHand().intValue()),
					Keyboard.of(new Button(replies.text(to, "med.refill.button"), "med:refill:" + medication.id()))));
		}
	}

	void askSkipReason(Turn turn, DoseRecord record, String label) {
		List<Button> reasons = SKIP_REASONS.stream()
			.map(reason -> new Button(replies.text(turn.inbound(), "med.skip." + reason),
					DoseMessages.data("r", record.id() + "|" + reason)))
			.toList();
		replies.ask(turn.inbound(), Keyboard.grid(reasons, 2), "med.skip.question", label);
	}

	void onPress(Turn turn, String action, String argument) {
		String[] parts = argument.split("\\|", 2);
		Optional<DoseRecord> record = doses.find(turn.userId(), parts[0]);
		if (record.isEmpty()) {
			replies.acknowledge(turn.inbound(), "router.button-closed", false);
			return;
		}
		String value = (parts.length > 1) ? parts[1] : "";
		switch (action) {
			case "fx" -> sideEffect(turn, record.get(), value);
			case "r" -> skipReason(turn, record.get(), value);
			case "note" -> addToAgenda(turn, record.get(), value);
			case "at" -> askTakenAt(turn, record.get());
			default -> replies.acknowledge(turn.inbound(), "router.button-closed", false);
		}
	}

	private void sideEffect(Turn turn, DoseRecord record, String effect) {
		if ("none".equals(effect)) {
			replies.acknowledge(turn.inbound(), "med.fx.good", true);
			return;
		}
		doses.addSideEffect(turn.userId(), record.id(), effect);
		replies.acknowledge(turn.inbound(), "med.fx.noted", false);
	}

	private void skipReason(Turn turn, DoseRecord record, String reason) {
		replies.acknowledge(turn.inbound(), null, true);
		doses.setSkipReason(turn.userId(), record.id(), reason);
		String label = medications.find(turn.userId(), record.medicationId())
			.map(m -> Html.escape(m.displayName()))
			.orElse("");
		switch (reason) {
			case "feeling_better", "want_stop" -> replies.ask(turn.inbound(),
					Keyboard.of(new Button(replies.text(turn.inbound(), "med.stop.add-note"),
							DoseMessages.data("note", record.id() + "|" + reason)),
							new Button(replies.text(turn.inbound(), "med.stop.no-thanks"),
									DoseMessages.data("note", record.id() + "|" + NO_NOTE))),
					"med.stop.warning", label);
			case "side_effects" -> afterTakenEffectsOnly(turn, record, label);
			case "ran_out" -> replies.send(turn.inbound(), new OutboundMessage.Text(
					replies.text(turn.inbound(), "med.ran-out", label), Keyboard.of(new Button(
							replies.text(turn.inbound(), "med.refill.button"), "med:refill:" + record.medicationId()))));
			default -> replies.say(turn.inbound(), "med.skip.noted");
		}
	}

	private void afterTakenEffectsOnly(Turn turn, DoseRecord record, String label) {
		List<Button> effects = QUICK_SIDE_EFFECTS.stream()
			.map(effect -> new Button(replies.text(turn.inbound(), "side-effect." + effect),
					DoseMessages.data("fx", record.id() + "|" + effect)))
			.toList();
		replies.ask(turn.inbound(), Keyboard.grid(effects, 3), "med.fx.record", label);
	}

	private void addToAgenda(Turn turn, DoseRecord record, String reason) {
		if (NO_NOTE.equals(reason)) {
			replies.acknowledge(turn.inbound(), "med.stop.not-added", true);
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		String name = medications.find(turn.userId(), record.medicationId()).map(Medication::displayName).orElse("");
		String topic = replies.text(turn.inbound(), "med.agenda." + reason, name);
		journal.addAgenda(turn.userId(), turn.today(clock), topic);
		replies.say(turn.inbound(), "med.agenda.added");
	}

	private void askTakenAt(Turn turn, DoseRecord record) {
		replies.acknowledge(turn.inbound(), null, false);
		if (conversations.begin(turn.chatId(), TakenAtFlow.FLOW, TakenAtFlow.STEP, Map.of("record", record.id()),
				turn.updateId()).isPresent()) {
			replies.say(turn.inbound(), "med.took-at.question");
		}
	}

	private String label(Turn turn, DoseRecord record) {
		return medications.find(turn.userId(), record.medicationId()).map(m -> Html.escape(m.labelOn(record.localDate(), replies.words(turn.inbound())))).orElse("");
	}

}
