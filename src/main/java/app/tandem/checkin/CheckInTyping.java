package app.tandem.checkin;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.chat.Keyboard;
import app.tandem.checkin.CheckInAnswers.Answer;
import app.tandem.checkin.CheckInAnswers.Refusal;
import app.tandem.conversation.Replies;
import app.tandem.i18n.Messages;
import app.tandem.i18n.Words;

/**
 * Typed text at a check-in step: turned into the value the step's button would carry when it is an unambiguous
 * answer, otherwise answered with a specific hint (and nothing is stored).
 */
@Component
class CheckInTyping {

	private final Replies replies;

	private final Messages messages;

	CheckInTyping(Replies replies, Messages messages) {
		this.replies = replies;
		this.messages = messages;
	}

	Optional<String> read(Inbound in, CheckInStep step, CheckInDraft draft, String text) {
		return switch (step) {
			case MOOD -> scale(in, text, 0, 10, "checkin.hint.mood");
			case ANXIETY -> scale(in, text, 0, 10, "checkin.hint.anxiety");
			case SLEEP_QUALITY -> scale(in, text, 1, 5, "checkin.hint.sleep-quality");
			case SLEEP_HOURS -> sleepHours(in, draft, text);
			case SIDE_EFFECTS -> sideEffects(in, draft, text);
			case SEVERITY -> hintUnless(in, CheckInAnswers.severity(text)
				.or(() -> labelled(in, text, Severity.values(), "checkin.severity."))
				.map(s -> s.name().toLowerCase(Locale.ROOT)), "checkin.hint.severity");
			case EXERCISE -> hintUnless(in,
					CheckInAnswers.exercise(text, in.answerLanguage()).map(e -> e.name().toLowerCase(Locale.ROOT)),
					"checkin.hint.exercise");
			case MINDFULNESS, SOCIAL -> hintUnless(in,
					CheckInAnswers.yesNo(text).map(yes -> yes ? "yes" : "no"), "checkin.hint.yes-no");
			// the note's question has no Skip: the note is kept either way
			case NOTE_FLAG -> hintUnless(in, CheckInAnswers.yesNo(text).map(yes -> yes ? "yes" : "no"),
					"checkin.hint.note-flag");
			case NOTE -> note(in, text);
			case MEDICATION -> medication(in, draft, text);
		};
	}

	private Optional<String> scale(Inbound in, String text, int min, int max, String what) {
		Answer<Integer> answer = CheckInAnswers.scale(text, min, max, in.answerLanguage());
		if (answer.value().isEmpty()) {
			hint(in, answer.refusal(), what, min, max);
		}
		return answer.value().map(String::valueOf);
	}

	private Optional<String> sleepHours(Inbound in, CheckInDraft draft, String text) {
		Answer<Double> answer = CheckInAnswers.sleepHours(text, in.answerLanguage());
		if (answer.value().isEmpty()) {
			replies.say(in, (answer.refusal() == Refusal.OUT_OF_RANGE) ? "checkin.hint.sleep-range"
					: "checkin.hint.sleep-hours", (int) CheckInAnswers.MAX_SLEEP_HOURS);
			return Optional.empty();
		}
		String hours = hours(answer.value().get());
		if (answer.hedged()) {
			CheckInStep step = CheckInStep.SLEEP_HOURS;
			replies.ask(in, Keyboard.of(
					replies.button(in, "button.yes", CheckInQuestions.data(step, draft, hours)),
					replies.button(in, "button.no", CheckInQuestions.data(step, draft, CheckInAnswers.ASK_AGAIN))),
					"checkin.confirm-sleep", hours);
			return Optional.empty();
		}
		return Optional.of(hours);
	}

	/** Hours as they go in a button's data and in "5.5 hours?": no trailing ".0". */
	private static String hours(double hours) {
		return (hours == Math.rint(hours)) ? Long.toString((long) hours) : Double.toString(hours);
	}

	private Optional<String> sideEffects(Inbound in, CheckInDraft draft, String text) {
		if (draft.awaitingOther()) {
			String words = text.strip();
			if (words.isEmpty() || words.length() > SideEffects.MAX_OTHER_LENGTH) {
				replies.say(in, "checkin.hint.other", SideEffects.MAX_OTHER_LENGTH);
				return Optional.empty();
			}
			return Optional.of("o/" + words);
		}
		if (CheckInAnswers.isNone(text, in.answerLanguage())
				|| Words.fold(text).equals(Words.fold(replies.text(in, "checkin.side-effects.none")))) {
			// "no" after tapping some means no more of them: what was tapped is kept, never dropped without a word
			return Optional.of(draft.chosen().isEmpty() ? "none" : "done");
		}
		if (Words.fold(text).equals(Words.fold(replies.text(in, "button.done")))) {
			return Optional.of("done");
		}
		Optional<String> named = sideEffectNamed(in, text);
		if (named.isPresent()) {
			return named.map(key -> "t/" + key);
		}
		// several at once ("headache and nausea"): chosen together, then their severity, as after Done
		Optional<List<String>> listed = TypedSideEffects.in(messages, in.locale(), in.answerLanguage()).read(text);
		if (listed.isEmpty()) {
			replies.say(in, "checkin.hint.side-effects");
		}
		return listed.map(keys -> CheckInAnswers.LISTED + String.join(",", keys));
	}

	/** A common side effect typed by its name, in the person's language or in English ("Übelkeit", "nausea"). */
	private Optional<String> sideEffectNamed(Inbound in, String text) {
		String typed = Words.fold(text).replaceAll("[!.]+$", "");
		return SideEffects.COMMON.stream()
			.filter(key -> typed.equals(Words.fold(replies.text(in, "side-effect." + key)))
					|| typed.equals(Words.fold(messages.get(Locale.ENGLISH, "side-effect." + key))))
			.findFirst();
	}

	/** An option typed by its button's label, in the person's language or in English ("leicht", "Moderate"). */
	private <E extends Enum<E>> Optional<E> labelled(Inbound in, String text, E[] options, String keyPrefix) {
		String typed = Words.fold(text).replaceAll("[!.]+$", "");
		for (E option : options) {
			String key = keyPrefix + option.name().toLowerCase(Locale.ROOT);
			if (typed.equals(Words.fold(replies.text(in, key)))) {
				return Optional.of(option);
			}
		}
		return Optional.empty();
	}

	private Optional<String> medication(Inbound in, CheckInDraft draft, String text) {
		String typed = text.strip().toLowerCase(Locale.ROOT);
		for (int i = 0; i < draft.medications().size(); i++) {
			if (!typed.isEmpty() && draft.medications().get(i).toLowerCase(Locale.ROOT).startsWith(typed)) {
				return Optional.of(Integer.toString(i));
			}
		}
		if (CheckInAnswers.yesNo(text).filter(yes -> !yes).isPresent() || typed.startsWith("not sure")) {
			return Optional.of("-1");
		}
		replies.say(in, "checkin.hint.medication");
		return Optional.empty();
	}

	private Optional<String> note(Inbound in, String text) {
		if (text.length() > CheckInFlow.MAX_NOTE_LENGTH) {
			replies.say(in, "checkin.hint.note-length", CheckInFlow.MAX_NOTE_LENGTH);
			return Optional.empty();
		}
		return Optional.of(text);
	}

	private Optional<String> hintUnless(Inbound in, Optional<String> value, String hintKey) {
		if (value.isEmpty()) {
			replies.say(in, hintKey);
		}
		return value;
	}

	private void hint(Inbound in, Refusal refusal, String what, int min, int max) {
		String name = replies.text(in, what);
		switch (refusal) {
			case OUT_OF_RANGE -> replies.say(in, "checkin.hint.range", name, min, max);
			case NOT_WHOLE -> replies.say(in, "checkin.hint.whole", name, min, max);
			case AMBIGUOUS -> replies.say(in, "checkin.hint.ambiguous", name, min, max);
			case NOT_A_NUMBER -> replies.say(in, "checkin.hint.number", name, min, max);
		}
	}

}
