package app.tandem.checkin;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.chat.Keyboard;
import app.tandem.chat.Keyboard.Button;
import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.Recipient;
import app.tandem.conversation.Replies;

/**
 * The check-in's questions: one message per step, every choice a button, Skip always there, Back from the second
 * step on.
 */
@Component
class CheckInQuestions {

	/** The questions that say "today" or "last night", and so have a wording for an earlier day. */
	private static final Set<CheckInStep> PAST_DAY_WORDING = EnumSet.of(CheckInStep.MOOD, CheckInStep.ANXIETY,
			CheckInStep.SLEEP_HOURS, CheckInStep.SIDE_EFFECTS, CheckInStep.EXERCISE, CheckInStep.MINDFULNESS,
			CheckInStep.SOCIAL, CheckInStep.NOTE);

	private final Replies replies;

	CheckInQuestions(Replies replies) {
		this.replies = replies;
	}

	/** Asks the step's question, after an optional first line (the prompt, or "Editing …"). */
	void ask(Recipient to, CheckInStep step, CheckInDraft draft, String intro) {
		String question = question(to, step, draft);
		String text = (intro == null) ? question : intro + "\n\n" + question;
		replies.send(to, new OutboundMessage.Text(text, keyboard(to, step, draft)));
	}

	/** Redraws the side-effect buttons in place after a toggle, so the ticks show what is chosen. */
	void redrawSideEffects(Recipient to, int messageId, CheckInDraft draft) {
		replies.send(to, new OutboundMessage.EditKeyboard(messageId, keyboard(to, CheckInStep.SIDE_EFFECTS, draft)));
	}

	void askOther(Recipient to) {
		replies.say(to, "checkin.side-effects.other");
	}

	String effectLabel(Recipient to, String chosen) {
		return chosen.startsWith(CheckInDraft.OTHER_PREFIX) ? Html.escape(CheckInDraft.effectName(chosen))
				: replies.text(to, "side-effect." + chosen);
	}

	private String question(Recipient to, CheckInStep step, CheckInDraft draft) {
		if (step == CheckInStep.SEVERITY || step == CheckInStep.MEDICATION) {
			return replies.text(to, "checkin." + step.id(), effectLabel(to, draft.chosen().get(draft.severityIndex())));
		}
		String key = "checkin." + step.id().replace('_', '-');
		if (draft.pastDay() && PAST_DAY_WORDING.contains(step)) {
			return replies.text(to, key + ".past", CheckInRecap.dayLabel(draft.date(), to.locale()));
		}
		return replies.text(to, key);
	}

	private Keyboard keyboard(Recipient to, CheckInStep step, CheckInDraft draft) {
		List<List<Button>> rows = new ArrayList<>(switch (step) {
			case MOOD, ANXIETY -> List.of(numbers(step, draft, 0, 5), numbers(step, draft, 6, 10));
			case SLEEP_HOURS -> sleepHours(step, draft);
			case SLEEP_QUALITY -> List.of(numbers(step, draft, 1, 5));
			case SIDE_EFFECTS -> sideEffects(to, draft);
			case SEVERITY -> List.of(List.of(button(to, "checkin.severity.mild", step, draft, "mild"),
					button(to, "checkin.severity.moderate", step, draft, "moderate"),
					button(to, "checkin.severity.severe", step, draft, "severe")));
			case MEDICATION -> medicationRows(to, draft);
			case EXERCISE -> List.of(List.of(button(to, "checkin.exercise.none", step, draft, "none"),
					button(to, "checkin.exercise.under-30", step, draft, "under_30"),
					button(to, "checkin.exercise.over-30", step, draft, "over_30")));
			case MINDFULNESS, SOCIAL -> List.of(List.of(button(to, "button.yes", step, draft, "yes"),
					button(to, "button.no", step, draft, "no")));
			case NOTE -> List.of();
			case NOTE_FLAG -> List.of(List.of(button(to, "checkin.note-flag.yes", step, draft, "yes"),
					button(to, "checkin.note-flag.no", step, draft, "no")));
		});
		List<Button> navigation = new ArrayList<>();
		if (step != CheckInStep.MOOD) {
			navigation.add(button(to, "button.back", step, draft, "back"));
		}
		if (step != CheckInStep.NOTE_FLAG) {
			navigation.add(button(to, "button.skip", step, draft, "skip"));
		}
		rows.add(navigation);
		return new Keyboard(rows);
	}

	private List<List<Button>> medicationRows(Recipient to, CheckInDraft draft) {
		List<Button> buttons = new ArrayList<>();
		for (int i = 0; i < draft.medications().size(); i++) {
			buttons.add(new Button(draft.medications().get(i), data(CheckInStep.MEDICATION, draft, Integer.toString(i))));
		}
		buttons.add(button(to, "checkin.medication.not-sure", CheckInStep.MEDICATION, draft, "-1"));
		return Keyboard.grid(buttons, 2).rows();
	}

	private List<List<Button>> sleepHours(CheckInStep step, CheckInDraft draft) {
		List<Button> hours = IntStream.rangeClosed(3, 10)
			.mapToObj(h -> new Button((h == 10) ? "10+" : Integer.toString(h), data(step, draft, Integer.toString(h))))
			.toList();
		return List.of(hours.subList(0, 4), hours.subList(4, 8));
	}

	private List<List<Button>> sideEffects(Recipient to, CheckInDraft draft) {
		CheckInStep step = CheckInStep.SIDE_EFFECTS;
		List<Button> effects = new ArrayList<>();
		for (String key : SideEffects.COMMON) {
			String label = replies.text(to, "side-effect." + key);
			effects.add(new Button(draft.chosen().contains(key) ? "✓ " + label : label, data(step, draft, "t/" + key)));
		}
		draft.chosen()
			.stream()
			.filter(chosen -> chosen.startsWith(CheckInDraft.OTHER_PREFIX))
			.forEach(other -> effects.add(new Button("✓ " + CheckInDraft.effectName(other), data(step, draft, "x"))));
		List<List<Button>> rows = new ArrayList<>(Keyboard.grid(effects, 2).rows());
		rows.add(List.of(button(to, "checkin.side-effects.none", step, draft, "none"),
				button(to, "checkin.side-effects.other-button", step, draft, "other")));
		rows.add(List.of(button(to, "button.done", step, draft, "done")));
		return rows;
	}

	private List<Button> numbers(CheckInStep step, CheckInDraft draft, int from, int to) {
		return IntStream.rangeClosed(from, to)
			.mapToObj(n -> new Button(Integer.toString(n), data(step, draft, Integer.toString(n))))
			.toList();
	}

	private Button button(Recipient to, String labelKey, CheckInStep step, CheckInDraft draft, String value) {
		return replies.button(to, labelKey, data(step, draft, value));
	}

	static String data(CheckInStep step, CheckInDraft draft, String value) {
		return ButtonData.of(CheckInStep.FLOW, step.id(), draft.dateKey() + "/" + value);
	}

}
