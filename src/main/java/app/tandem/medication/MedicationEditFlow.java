package app.tandem.medication;

import java.time.Clock;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.checkin.HistoryDates;
import app.tandem.conversation.ConversationState;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Flow;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;

/**
 * Typed follow-ups from {@code /meds}: a new dose (recorded with its date; the old one stays in the history) and a
 * refill quantity.
 */
@Component
class MedicationEditFlow implements Flow {

	static final String FLOW = "medit";

	static final String DOSE = "dose";

	static final String REFILL = "refill";

	private final Conversations conversations;

	private final Medications medications;

	private final Replies replies;

	private final Clock clock;

	MedicationEditFlow(Conversations conversations, Medications medications, Replies replies, Clock clock) {
		this.conversations = conversations;
		this.medications = medications;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public String name() {
		return FLOW;
	}

	@Override
	public void onInput(Turn turn, ConversationState state) {
		String id = state.draft("medication");
		String typed = turn.typed().orElse("");
		if (DOSE.equals(state.step())) {
			var dose = DoseAmount.parse(typed);
			if (dose.isEmpty()) {
				replies.say(turn.inbound(), "med.add.dose-hint");
				return;
			}
			var from = turn.today(clock);
			if (conversations.end(state, turn.updateId())) {
				medications.changeDose(turn.userId(), id, dose.get(), from)
					.ifPresent(changed -> replies.say(turn.inbound(), "med.dose.recorded",
							Html.escape(changed.displayName()), changed.dose().toString(),
							HistoryDates.label(from, turn.inbound().locale()),
							changed.doseChangesOrEmpty().get(changed.doseChangesOrEmpty().size() - 1).before().toString()));
			}
			return;
		}
		var quantity = MedicationInput.count(typed, 10_000);
		if (quantity.isEmpty()) {
			replies.say(turn.inbound(), "med.refill.hint");
			return;
		}
		if (conversations.end(state, turn.updateId())) {
			medications.refill(turn.userId(), id, quantity.get())
				.ifPresent(changed -> replies.say(turn.inbound(), "med.refilled", Html.escape(changed.displayName()),
						changed.pillsOnHand().intValue()));
		}
	}

}
