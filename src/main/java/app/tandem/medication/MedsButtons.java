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
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.ButtonHandler;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;

/**
 * Managing one medication from {@code /meds}: change the dose or the dose times, pause or resume, record a refill, log an
 * as-needed dose, remove (after a confirmation; its dose log is kept).
 */
@Component
class MedsButtons implements ButtonHandler {

	private final Medications medications;

	private final TookCommand took;

	private final MedicationEditFlow editFlow;

	private final Conversations conversations;

	private final Replies replies;

	private final Clock clock;

	MedsButtons(Medications medications, TookCommand took, MedicationEditFlow editFlow, Conversations conversations,
			Replies replies, Clock clock) {
		this.medications = medications;
		this.took = took;
		this.editFlow = editFlow;
		this.conversations = conversations;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public String prefix() {
		return "med";
	}

	@Override
	public void onPress(Turn turn, ButtonData data) {
		String[] value = data.value().split("\\|", 2);
		Optional<Medication> medication = medications.find(turn.userId(), value[0])
			.filter(m -> m.status() != MedicationStatus.REMOVED);
		if (medication.isEmpty()) {
			replies.acknowledge(turn.inbound(), "router.button-closed", false);
			return;
		}
		Medication med = medication.get();
		String name = Html.escape(med.displayName());
		switch (data.step()) {
			case "menu" -> menu(turn, med);
			case "pause" -> change(turn, med, MedicationStatus.PAUSED, "med.paused");
			case "resume" -> change(turn, med, MedicationStatus.ACTIVE, "med.resumed");
			case "rm" -> {
				replies.acknowledge(turn.inbound(), null, false);
				replies.ask(turn.inbound(), Keyboard.of(new Button(replies.text(turn.inbound(), "med.remove.yes"),
						"med:rmyes:" + med.id()), new Button(replies.text(turn.inbound(), "med.remove.no"),
								"med:keep:" + med.id())), "med.remove.confirm", name);
			}
			case "rmyes" -> change(turn, med, MedicationStatus.REMOVED, "med.removed");
			case "keep" -> replies.acknowledge(turn.inbound(), "med.kept", true);
			case "took" -> {
				replies.acknowledge(turn.inbound(), null, false);
				conversations.current(turn.chatId())
					.filter(state -> state.isAt(TookCommand.FLOW, TookCommand.STEP))
					.ifPresent(conversations::endQuietly);
				took.log(turn, med, null);
			}
			case "refill" -> {
				replies.acknowledge(turn.inbound(), null, false);
				replies.ask(turn.inbound(), Keyboard.of(refill(med, "30"), refill(med, "60"), refill(med, "90")),
						"med.refill.question", name);
				conversations.begin(turn.chatId(), MedicationEditFlow.FLOW, MedicationEditFlow.REFILL,
						Map.of("medication", med.id()), turn.updateId());
			}
			case "refillq" -> {
				if (value.length < 2 || MedicationInput.count(value[1], 10_000).isEmpty()) {
					replies.acknowledge(turn.inbound(), "router.button-closed", false);
					return;
				}
				replies.acknowledge(turn.inbound(), null, true);
				conversations.current(turn.chatId())
					.filter(state -> state.isAt(MedicationEditFlow.FLOW, MedicationEditFlow.REFILL))
					.ifPresent(conversations::endQuietly);
				medications.refill(turn.userId(), med.id(), Double.parseDouble(value[1]))
					.ifPresent(changed -> replies.say(turn.inbound(), "med.refilled", name,
							changed.pillsOnHand().intValue()));
			}
			case "times" -> {
				replies.acknowledge(turn.inbound(), null, false);
				if (!med.isAsNeeded() && conversations.begin(turn.chatId(), MedicationEditFlow.FLOW,
						MedicationEditFlow.TIMES, Map.of("medication", med.id()), turn.updateId()).isPresent()) {
					editFlow.askTimes(turn, med);
				}
			}
			case "dose" -> {
				replies.acknowledge(turn.inbound(), null, false);
				if (conversations.begin(turn.chatId(), MedicationEditFlow.FLOW, MedicationEditFlow.DOSE,
						Map.of("medication", med.id()), turn.updateId()).isPresent()) {
					replies.say(turn.inbound(), "med.dose.question", name, med.doseOn(turn.today(clock)).text(replies.words(turn.inbound())));
				}
			}
			default -> replies.acknowledge(turn.inbound(), "router.button-closed", false);
		}
	}

	private void menu(Turn turn, Medication med) {
		replies.acknowledge(turn.inbound(), null, false);
		List<Button> buttons = new ArrayList<>();
		buttons.add(new Button(replies.text(turn.inbound(), "med.menu.dose"), "med:dose:" + med.id()));
		if (!med.isAsNeeded()) {
			buttons.add(new Button(replies.text(turn.inbound(), "med.menu.times"), "med:times:" + med.id()));
		}
		if (med.isAsNeeded()) {
			buttons.add(new Button(replies.text(turn.inbound(), "med.menu.took"), "med:took:" + med.id()));
		}
		else if (med.isActive()) {
			buttons.add(new Button(replies.text(turn.inbound(), "med.menu.pause"), "med:pause:" + med.id()));
		}
		else {
			buttons.add(new Button(replies.text(turn.inbound(), "med.menu.resume"), "med:resume:" + med.id()));
		}
		buttons.add(new Button(replies.text(turn.inbound(), "med.refill.button"), "med:refill:" + med.id()));
		buttons.add(new Button(replies.text(turn.inbound(), "med.menu.remove"), "med:rm:" + med.id()));
		replies.ask(turn.inbound(), Keyboard.grid(buttons, 2), "med.menu", Html.escape(med.labelOn(turn.today(clock), replies.words(turn.inbound()))),
				MedsCommand.schedule(replies, turn.inbound(), med));
	}

	private void change(Turn turn, Medication med, MedicationStatus status, String doneKey) {
		replies.acknowledge(turn.inbound(), null, true);
		medications.setStatus(turn.userId(), med.id(), status)
			.ifPresent(changed -> replies.say(turn.inbound(), doneKey, Html.escape(med.displayName())));
	}

	private Button refill(Medication med, String quantity) {
		return new Button("+" + quantity, "med:refillq:" + med.id() + "|" + quantity);
	}

}
