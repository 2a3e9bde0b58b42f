package app.tandem.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import app.tandem.chat.InboundPayload;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.ConversationState;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Flow;
import app.tandem.conversation.Recipient;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.store.PrivateText;

/**
 * The check-in conversation. Each answer is written to the day's entry as it is given (so {@code /cancel} or a
 * restart keeps it), then the conversation moves on with a guarded transition. Buttons carry the entry's date, so a
 * button from another day's check-in has closed. A check-in of a day that already has answers is an edit: the day
 * as it was is kept aside when it starts, and put back if the edit is left unfinished ({@code /cancel}, Drop).
 */
@Component
class CheckInFlow implements Flow {

	/** Telegram's own limit for one message, so any note the person can send is kept whole. */
	static final int MAX_NOTE_LENGTH = 4096;

	private final Conversations conversations;

	private final Journal journal;

	private final CheckInQuestions questions;

	private final CheckInTyping typing;

	private final CheckInRecap recap;

	private final Replies replies;

	private final ApplicationEventPublisher events;

	private final List<MedicationNames> medicationNames;

	private final Clock clock;

	CheckInFlow(Conversations conversations, Journal journal, CheckInQuestions questions, CheckInTyping typing,
			CheckInRecap recap, Replies replies, ApplicationEventPublisher events, List<MedicationNames> medicationNames,
			Clock clock) {
		this.clock = clock;
		this.conversations = conversations;
		this.journal = journal;
		this.questions = questions;
		this.typing = typing;
		this.recap = recap;
		this.replies = replies;
		this.events = events;
		this.medicationNames = medicationNames;
	}

	@Override
	public String name() {
		return CheckInStep.FLOW;
	}

	@Override
	public void onInput(Turn turn, ConversationState state) {
		CheckInDraft draft = CheckInDraft.of(state);
		CheckInStep step = CheckInStep.of(state.step());
		if (turn.inbound().payload() instanceof InboundPayload.ButtonPress press) {
			String[] value = ButtonData.parse(press.data()).value().split("/", 2);
			if (value.length < 2 || !value[0].equals(draft.dateKey()) || !CheckInAnswers.accepts(step, value[1])) {
				replies.acknowledge(turn.inbound(), "router.button-closed", false);
				return;
			}
			onButton(turn, state, step, draft, value[1], press.messageId());
		}
		else {
			turn.typed().flatMap(text -> typing.read(turn.inbound(), step, draft, text))
				.ifPresent(answer -> onButton(turn, state, step, draft, answer, 0));
		}
	}

	@Override
	public boolean resume(Turn turn, ConversationState state) {
		questions.ask(turn.recipient(), CheckInStep.of(state.step()), CheckInDraft.of(state), null);
		return true;
	}

	/** A check-in of another day is another conversation: it pauses this one rather than restarting it. */
	@Override
	public boolean isSameConversation(ConversationState open, Map<String, String> draft) {
		return Objects.equals(open.draft("date"), draft.get("date"));
	}

	/** Left unfinished: an edit puts the day back as it was; a first check-in keeps what was answered. */
	@Override
	public void abandon(long userId, ConversationState state) {
		journal.restoreBeforeEdit(userId, CheckInDraft.of(state).date());
	}

	@Override
	public String describe(Recipient to, ConversationState state) {
		CheckInDraft draft = CheckInDraft.of(state);
		return draft.pastDay() ? replies.text(to, "flow.checkin.day", CheckInRecap.dayLabel(draft.date(), to.locale()))
				: replies.text(to, "flow.checkin");
	}

	private void onButton(Turn turn, ConversationState state, CheckInStep step, CheckInDraft draft, String value,
			int messageId) {
		boolean toggle = step == CheckInStep.SIDE_EFFECTS && (value.startsWith("t/") || value.equals("x"));
		replies.acknowledge(turn.inbound(), null, !toggle && messageId != 0);
		switch (value) {
			case "skip" -> next(turn, state, step, draft);
			case CheckInAnswers.ASK_AGAIN -> questions.ask(turn.recipient(), step, draft, null);
			case "back" -> moveTo(turn, state, step.previous(),
					(step == CheckInStep.MEDICATION) ? draft : draft.atSeverity(0));
			default -> answer(turn, state, step, draft, value, messageId);
		}
	}

	private void answer(Turn turn, ConversationState state, CheckInStep step, CheckInDraft draft, String value,
			int messageId) {
		long user = turn.userId();
		switch (step) {
			case MOOD -> journal.answer(user, draft.date(), "mood", Integer.parseInt(value));
			case ANXIETY -> journal.answer(user, draft.date(), "anxiety", Integer.parseInt(value));
			case SLEEP_HOURS -> journal.answer(user, draft.date(), "sleepHours", Double.parseDouble(value));
			case SLEEP_QUALITY -> journal.answer(user, draft.date(), "sleepQuality", Integer.parseInt(value));
			case SIDE_EFFECTS -> {
				onSideEffects(turn, state, draft, value, messageId);
				return;
			}
			case SEVERITY -> {
				journal.answer(user, draft.date(), "sideEffects." + draft.severityIndex() + ".severity",
						Severity.valueOf(value.toUpperCase(Locale.ROOT)).name());
				next(turn, state, step, draft);
				return;
			}
			case MEDICATION -> {
				int index = Integer.parseInt(value);
				if (index >= 0 && index < draft.medications().size()) {
					journal.answer(user, draft.date(), "sideEffects." + draft.severityIndex() + ".medication",
							new PrivateText(draft.medications().get(index)));
				}
			}
			case EXERCISE -> journal.answer(user, draft.date(), "exercise",
					Exercise.valueOf(value.toUpperCase(Locale.ROOT)).name());
			case MINDFULNESS -> journal.answer(user, draft.date(), "mindfulness", "yes".equals(value));
			case SOCIAL -> journal.answer(user, draft.date(), "social", "yes".equals(value));
			case NOTE -> journal.answer(user, draft.date(), "note", new PrivateText(value));
			case NOTE_FLAG -> journal.answer(user, draft.date(), "noteForTherapist", "yes".equals(value));
		}
		next(turn, state, step, draft);
	}

	private void onSideEffects(Turn turn, ConversationState state, CheckInDraft draft, String value, int messageId) {
		if (value.startsWith("t/")) {
			CheckInDraft toggled = draft.toggle(value.substring(2));
			if (stay(turn, state, toggled)) {
				if (messageId != 0) {
					questions.redrawSideEffects(turn.recipient(), messageId, toggled);
				}
				else {
					// Typed by name: the question again, with the ✓ where it now is.
					questions.ask(turn.recipient(), CheckInStep.SIDE_EFFECTS, toggled, null);
				}
			}
		}
		else if (value.startsWith("o/")) {
			CheckInDraft withOther = draft.withOther(value.substring(2));
			if (stay(turn, state, withOther)) {
				questions.ask(turn.recipient(), CheckInStep.SIDE_EFFECTS, withOther, null);
			}
		}
		else if (value.equals("other")) {
			if (stay(turn, state, draft.waitingForOther())) {
				questions.askOther(turn.recipient());
			}
		}
		else if (value.equals("none") || (value.equals("done") && draft.chosen().isEmpty())) {
			journal.answer(turn.userId(), draft.date(), "sideEffects", List.of());
			moveTo(turn, state, CheckInStep.EXERCISE, draft);
		}
		else if (value.startsWith(CheckInAnswers.LISTED)) {
			CheckInDraft listed = draft;
			for (String effect : value.substring(CheckInAnswers.LISTED.length()).split(",")) {
				listed = listed.chosen().contains(effect) ? listed : listed.toggle(effect);
			}
			chosen(turn, state, listed);
		}
		else if (value.equals("done")) {
			chosen(turn, state, draft);
		}
	}

	/** The side effects are chosen: each is recorded, then each one's severity is asked. */
	private void chosen(Turn turn, ConversationState state, CheckInDraft draft) {
		List<SideEffectReport> reports = draft.chosen()
			.stream()
			.map(chosen -> new SideEffectReport(CheckInDraft.effectName(chosen), null, null))
			.toList();
		journal.answer(turn.userId(), draft.date(), "sideEffects", reports);
		moveTo(turn, state, CheckInStep.SEVERITY, draft.atSeverity(0));
	}

	/**
	 * The step after this one: after each side effect's severity, which medication it might be from (when the
	 * person takes any); after the last, exercise; after the note, done.
	 */
	private void next(Turn turn, ConversationState state, CheckInStep step, CheckInDraft draft) {
		if (step == CheckInStep.SEVERITY) {
			List<String> medications = medicationNames.stream()
				.flatMap(names -> names.activeNames(turn.userId()).stream())
				.toList();
			if (!medications.isEmpty()) {
				moveTo(turn, state, CheckInStep.MEDICATION, draft.withMedications(medications));
				return;
			}
		}
		if ((step == CheckInStep.SEVERITY || step == CheckInStep.MEDICATION)
				&& draft.severityIndex() + 1 < draft.chosen().size()) {
			moveTo(turn, state, CheckInStep.SEVERITY, draft.atSeverity(draft.severityIndex() + 1));
			return;
		}
		boolean noteGiven = step == CheckInStep.NOTE && turn.inbound().text() != null;
		CheckInStep next = noteGiven ? CheckInStep.NOTE_FLAG : step.next();
		if (next == null) {
			finish(turn, state, draft);
		}
		else {
			moveTo(turn, state, next, draft);
		}
	}

	private void moveTo(Turn turn, ConversationState state, CheckInStep step, CheckInDraft draft) {
		if (conversations.advance(state, step.id(), draft.toMap(), turn.updateId()).isPresent()) {
			questions.ask(turn.recipient(), step, draft, null);
		}
	}

	private boolean stay(Turn turn, ConversationState state, CheckInDraft draft) {
		return conversations.advance(state, state.step(), draft.toMap(), turn.updateId()).isPresent();
	}

	private void finish(Turn turn, ConversationState state, CheckInDraft draft) {
		if (!conversations.end(state, turn.updateId())) {
			return;
		}
		journal.complete(turn.userId(), draft.date());
		journal.forgetBeforeEdit(turn.userId(), draft.date());
		Optional<CheckIn> entry = journal.find(turn.userId(), draft.date());
		entry.ifPresent(checkIn -> recap.send(turn.inbound(), checkIn, draft.pastDay()));
		events.publishEvent(new CheckInCompleted(turn.userId(), turn.chatId(), draft.date(),
				entry.map(CheckIn::mood).orElse(null), draft.pastDay()));
	}

	/**
	 * Starts (or restarts) a check-in for a date at the mood question, after an optional first line. A date before
	 * today is a back-fill: its questions speak about that day, and it starts none of today's follow-ups.
	 */
	void begin(Turn turn, LocalDate date, String intro) {
		boolean pastDay = date.isBefore(turn.today(clock));
		journal.keepBeforeEdit(turn.userId(), date);
		if (conversations.begin(turn.chatId(), CheckInStep.FLOW, CheckInStep.MOOD.id(),
				CheckInDraft.start(date, pastDay), turn.updateId()).isPresent()) {
			questions.ask(turn.recipient(), CheckInStep.MOOD, CheckInDraft.first(date, pastDay), intro);
		}
	}

	/**
	 * Starts the day's check-in on Tandem's own initiative; another flow the chat was in is paused, to be picked up
	 * afterwards.
	 */
	void prompt(Recipient to, long userId, LocalDate date, String intro) {
		journal.keepBeforeEdit(userId, date);
		conversations.replace(to.chatId(), CheckInStep.FLOW, CheckInStep.MOOD.id(), CheckInDraft.start(date, false));
		questions.ask(to, CheckInStep.MOOD, CheckInDraft.first(date, false), intro);
	}

}
