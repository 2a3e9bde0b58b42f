package app.tandem.safety;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.ConversationState;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Flow;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.i18n.Messages;

/**
 * {@code /phq9} and {@code /gad7}: the standard items, one a message, the four standard answers as buttons (typed
 * answers work too: the answer's words or its number 0–3), and Back from the second item on. A
 * PHQ-9 item 9 answer above zero shows crisis resources at once, before anything else. The result gives the score
 * and its band, says it is a screening score and not a diagnosis, and suggests sharing it with a clinician.
 */
@Component
class QuestionnaireFlow implements Flow, CommandHandler {

	static final String FLOW = "q";

	private static final int PHQ9_SELF_HARM_ITEM = 9;

	private static final String BACK = "back";

	private final Conversations conversations;

	private final Questionnaires results;

	private final CrisisResponder crisis;

	private final Replies replies;

	private final Messages messages;

	private final Clock clock;

	QuestionnaireFlow(Conversations conversations, Questionnaires results, CrisisResponder crisis, Replies replies,
			Messages messages, Clock clock) {
		this.messages = messages;
		this.conversations = conversations;
		this.results = results;
		this.crisis = crisis;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public String name() {
		return FLOW;
	}

	@Override
	public Set<String> commands() {
		return Set.of("phq9", "gad7");
	}

	@Override
	public void handle(Turn turn) {
		Questionnaire kind = Questionnaire.of(turn.commandName());
		if (conversations.begin(turn.chatId(), FLOW, step(kind, 1), Map.of("answers", ""), turn.updateId())
			.isPresent()) {
			replies.say(turn.inbound(), kind.id() + ".intro");
			ask(turn, kind, 1);
		}
	}

	@Override
	public void onInput(Turn turn, ConversationState state) {
		String[] step = state.step().split("-");
		Questionnaire kind = Questionnaire.of(step[0]);
		int item = Integer.parseInt(step[1]);
		if (turn.buttonValue().filter(BACK::equals).isPresent()) {
			back(turn, state, kind, item);
			return;
		}
		Optional<Integer> answer = turn.buttonValue()
			.flatMap(QuestionnaireFlow::score)
			.or(() -> turn.typed().flatMap(typed -> typedScore(turn, typed)));
		if (answer.isEmpty()) {
			replies.say(turn.inbound(), "questionnaire.hint");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		if (kind == Questionnaire.PHQ9 && item == PHQ9_SELF_HARM_ITEM && answer.get() > 0) {
			crisis.showNow(turn.inbound(), CrisisTrigger.PHQ9_ITEM9);
		}
		List<Integer> answers = new ArrayList<>(answersOf(state));
		answers.add(answer.get());
		if (item < kind.items()) {
			String joined = String.join(",", answers.stream().map(String::valueOf).toList());
			if (conversations.advance(state, step(kind, item + 1), Map.of("answers", joined), turn.updateId())
				.isPresent()) {
				ask(turn, kind, item + 1);
			}
		}
		else if (conversations.end(state, turn.updateId())) {
			finish(turn, kind, answers);
		}
	}

	/** Back to the previous item: its answer is taken off, to be given again; the earlier ones stay. */
	private void back(Turn turn, ConversationState state, Questionnaire kind, int item) {
		List<Integer> answers = answersOf(state);
		if (item <= 1 || answers.isEmpty()) {
			replies.acknowledge(turn.inbound(), null, false);
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		String joined = String.join(",",
				answers.subList(0, answers.size() - 1).stream().map(String::valueOf).toList());
		if (conversations.advance(state, step(kind, item - 1), Map.of("answers", joined), turn.updateId())
			.isPresent()) {
			ask(turn, kind, item - 1);
		}
	}

	/** A typed answer: its number, or its words in the person's language or in English ("several days"). */
	private Optional<Integer> typedScore(Turn turn, String typed) {
		Optional<Integer> number = score(typed);
		if (number.isPresent()) {
			return number;
		}
		String words = normalized(typed);
		if (words.isEmpty()) {
			return Optional.empty();
		}
		for (Locale locale : List.of(turn.inbound().locale(), Locale.ENGLISH)) {
			List<Integer> matching = new ArrayList<>();
			for (int score = 0; score <= 3; score++) {
				String label = normalized(messages.get(locale, "questionnaire.answer." + score));
				if (label.equals(words)) {
					return Optional.of(score);
				}
				if (words.length() >= 4 && label.startsWith(words)) {
					matching.add(score);
				}
			}
			if (matching.size() == 1) {
				return Optional.of(matching.get(0));
			}
		}
		return Optional.empty();
	}

	private static String normalized(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private void finish(Turn turn, Questionnaire kind, List<Integer> answers) {
		Optional<QuestionnaireResult> previous = results.latest(turn.userId(), kind);
		QuestionnaireResult result = results.save(turn.userId(), kind, turn.today(clock), answers);
		String text = replies.text(turn.inbound(), "questionnaire.result", kind.name().replace("PHQ9", "PHQ-9")
			.replace("GAD7", "GAD-7"), result.total(), kind.maxScore(),
				replies.text(turn.inbound(), "questionnaire.band." + result.band()));
		if (previous.isPresent()) {
			text += "\n" + replies.text(turn.inbound(), "questionnaire.previous", previous.get().total(),
					previous.get().date().toString());
		}
		replies.send(turn.inbound(), new OutboundMessage.Text(text + "\n\n" + replies.text(turn.inbound(),
				"questionnaire.not-a-diagnosis")));
	}

	private void ask(Turn turn, Questionnaire kind, int item) {
		List<Keyboard.Button> answers = new ArrayList<>();
		for (int score = 0; score <= 3; score++) {
			answers.add(replies.button(turn.inbound(), "questionnaire.answer." + score,
					ButtonData.of(FLOW, step(kind, item), Integer.toString(score))));
		}
		String text = replies.text(turn.inbound(), "questionnaire.item", item, kind.items(),
				replies.text(turn.inbound(), kind.id() + ".item." + item));
		Keyboard keyboard = Keyboard.column(answers);
		if (item > 1) {
			keyboard = keyboard.withRow(
					replies.button(turn.inbound(), "button.back", ButtonData.of(FLOW, step(kind, item), BACK)));
		}
		replies.send(turn.inbound(), new OutboundMessage.Text(text, keyboard));
	}

	private static List<Integer> answersOf(ConversationState state) {
		String answers = state.draft("answers");
		return (answers == null || answers.isEmpty()) ? List.of()
				: Arrays.stream(answers.split(",")).map(Integer::valueOf).toList();
	}

	private static Optional<Integer> score(String text) {
		String trimmed = text.strip();
		return trimmed.matches("[0-3]") ? Optional.of(Integer.parseInt(trimmed)) : Optional.empty();
	}

	private static String step(Questionnaire kind, int item) {
		return kind.id() + "-" + item;
	}

}
