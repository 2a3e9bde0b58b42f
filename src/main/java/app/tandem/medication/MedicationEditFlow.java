package app.tandem.medication;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.chat.Keyboard;
import app.tandem.chat.Keyboard.Button;
import app.tandem.checkin.HistoryDates;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.ConversationState;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Flow;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;

/**
 * Typed follow-ups from {@code /meds}: a new dose and the day it starts (today, tomorrow, an earlier day; or typed
 * with the dose, "75 mg from tomorrow"), recorded with its date while the old one stays in the history; new dose
 * times (the reminders move with them, in the person's time zone); a refill quantity.
 */
@Component
class MedicationEditFlow implements Flow {

	static final String FLOW = "medit";

	static final String DOSE = "dose";

	static final String DOSE_FROM = "dosefrom";

	static final String TIMES = "times";

	static final String REFILL = "refill";

	/** Earlier days offered as buttons for a dose change, yesterday included. */
	static final int EARLIER_DAYS = 6;

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
		String typed = turn.typed().orElse("");
		switch (state.step()) {
			case DOSE -> onDose(turn, state, typed);
			case DOSE_FROM -> onDoseFrom(turn, state, typed);
			case TIMES -> onTimes(turn, state, typed);
			default -> onRefill(turn, state, typed);
		}
	}

	private void onDose(Turn turn, ConversationState state, String typed) {
		String[] parts = ChangeDate.splitDose(typed, turn.inbound().answerLanguage());
		Optional<DoseAmount> dose = DoseAmount.parse(parts[0]);
		if (dose.isEmpty()) {
			replies.say(turn.inbound(), "med.add.dose-hint");
			return;
		}
		LocalDate today = turn.today(clock);
		Optional<LocalDate> from = (parts.length > 1)
				? ChangeDate.parse(parts[1], today, turn.inbound().answerLanguage()) : Optional.empty();
		if (from.isPresent()) {
			record(turn, state, dose.get(), from.get());
			return;
		}
		String stored = dose.get().amount().toPlainString() + " " + dose.get().unit();
		if (conversations.advance(state, DOSE_FROM, Map.of("dose", stored), turn.updateId()).isPresent()) {
			askFrom(turn, today);
		}
	}

	private void askFrom(Turn turn, LocalDate today) {
		List<Button> earlier = new ArrayList<>();
		for (int back = 1; back <= EARLIER_DAYS; back++) {
			LocalDate day = today.minusDays(back);
			earlier.add(new Button((back == 1) ? replies.text(turn.inbound(), "med.dose.from.yesterday")
					: HistoryDates.label(day, turn.inbound().locale()), ButtonData.of(FLOW, DOSE_FROM, day.toString())));
		}
		Keyboard keyboard = Keyboard.of(
				new Button(replies.text(turn.inbound(), "med.dose.from.today"), ButtonData.of(FLOW, DOSE_FROM, today.toString())),
				new Button(replies.text(turn.inbound(), "med.dose.from.tomorrow"),
						ButtonData.of(FLOW, DOSE_FROM, today.plusDays(1).toString())));
		for (int i = 0; i < earlier.size(); i += 3) {
			keyboard = keyboard.withRow(earlier.subList(i, Math.min(i + 3, earlier.size())).toArray(Button[]::new));
		}
		replies.ask(turn.inbound(), keyboard, "med.dose.from.question");
	}

	private void onDoseFrom(Turn turn, ConversationState state, String typed) {
		LocalDate today = turn.today(clock);
		Optional<LocalDate> from = turn.buttonValue()
			.map(value -> ChangeDate.parse(value, today))
			.orElseGet(() -> ChangeDate.parse(typed, today, turn.inbound().answerLanguage()));
		Optional<DoseAmount> dose = DoseAmount.parse(state.draft("dose"));
		if (from.isEmpty() || dose.isEmpty()) {
			replies.say(turn.inbound(), "med.dose.from.hint");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		record(turn, state, dose.get(), from.get());
	}

	private void record(Turn turn, ConversationState state, DoseAmount dose, LocalDate from) {
		String id = state.draft("medication");
		Optional<LocalDate> last = medications.find(turn.userId(), id).flatMap(Medication::lastChangeFrom);
		if (last.isPresent() && from.isBefore(last.get())) {
			replies.say(turn.inbound(), "med.dose.before-last", HistoryDates.label(last.get(), turn.inbound().locale()));
			return;
		}
		if (conversations.end(state, turn.updateId())) {
			medications.changeDose(turn.userId(), id, dose, from)
				.ifPresent(changed -> replies.say(turn.inbound(), "med.dose.recorded",
						Html.escape(changed.displayName()), changed.dose().text(replies.words(turn.inbound())),
						HistoryDates.label(from, turn.inbound().locale()),
						changed.doseChangesOrEmpty()
							.get(changed.doseChangesOrEmpty().size() - 1)
							.before()
							.text(replies.words(turn.inbound()))));
		}
	}

	/** The question for new dose times, with the usual times as buttons. */
	void askTimes(Turn turn, Medication medication) {
		Keyboard keyboard = Keyboard.grid(List.of(timesButton(turn, "med.add.times.morning", "08:00"),
				timesButton(turn, "med.add.times.evening", "20:00"),
				timesButton(turn, "med.add.times.twice", "08:00_20:00"),
				timesButton(turn, "med.add.times.bedtime", "22:00")), 2);
		replies.ask(turn.inbound(), keyboard, "med.times.question", Html.escape(medication.displayName()),
				medication.times().stream().map(LocalTime::toString).collect(Collectors.joining(", ")),
				turn.zone().getId());
	}

	private Button timesButton(Turn turn, String labelKey, String value) {
		return replies.button(turn.inbound(), labelKey, ButtonData.of(FLOW, TIMES, value));
	}

	private void onTimes(Turn turn, ConversationState state, String typed) {
		Optional<List<LocalTime>> times = turn.buttonValue()
			.map(value -> MedicationInput.times(value.replace('_', ',')))
			.orElseGet(() -> MedicationInput.times(typed, turn.inbound().answerLanguage()));
		if (times.isEmpty()) {
			replies.say(turn.inbound(), "med.add.times-hint");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		if (conversations.end(state, turn.updateId())) {
			medications.setTimes(turn.userId(), state.draft("medication"), times.get())
				.ifPresent(changed -> replies.say(turn.inbound(), "med.times.recorded",
						Html.escape(changed.displayName()),
						changed.times().stream().map(LocalTime::toString).collect(Collectors.joining(", ")),
						turn.zone().getId()));
		}
	}

	private void onRefill(Turn turn, ConversationState state, String typed) {
		var quantity = MedicationInput.count(typed, 10_000);
		if (quantity.isEmpty()) {
			replies.say(turn.inbound(), "med.refill.hint");
			return;
		}
		if (conversations.end(state, turn.updateId())) {
			medications.refill(turn.userId(), state.draft("medication"), quantity.get())
				.ifPresent(changed -> replies.say(turn.inbound(), "med.refilled", Html.escape(changed.displayName()),
						changed.pillsOnHand().intValue()));
		}
	}

}
