package app.tandem.medication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.tandem.conversation.ConversationState;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Flow;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.time.ClockTimeInput;

/**
 * "I took it at…": corrects when a dose was taken, as a local time on the day it was due.
 */
@Component
class TakenAtFlow implements Flow {

	static final String FLOW = "tookat";

	static final String STEP = "time";

	private final Conversations conversations;

	private final DoseLog doses;

	private final Replies replies;

	private final Clock clock;

	TakenAtFlow(Conversations conversations, DoseLog doses, Replies replies, Clock clock) {
		this.conversations = conversations;
		this.doses = doses;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public String name() {
		return FLOW;
	}

	@Override
	public void onInput(Turn turn, ConversationState state) {
		Optional<LocalTime> time = turn.typed()
			.flatMap(text -> ClockTimeInput.parse(text, turn.inbound().answerLanguage()));
		if (time.isEmpty()) {
			replies.say(turn.inbound(), "med.took-at.hint");
			return;
		}
		ZoneId zone = turn.zone();
		Optional<DoseRecord> record = doses.find(turn.userId(), state.draft("record"));
		if (record.isEmpty()) {
			conversations.end(state, turn.updateId());
			return;
		}
		LocalDate day = record.get().localDate();
		var takenAt = day.atTime(time.get()).atZone(zone).toInstant();
		if (takenAt.isAfter(clock.instant())) {
			replies.say(turn.inbound(), "med.took-at.future");
			return;
		}
		if (conversations.end(state, turn.updateId())) {
			doses.markTaken(turn.userId(), record.get().id(), takenAt);
			doses.correctTakenAt(turn.userId(), record.get().id(), takenAt);
			replies.say(turn.inbound(), "med.took-at.saved", time.get().withSecond(0).withNano(0));
		}
	}

}
