package app.tandem.medication;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.chat.Inbound;
import app.tandem.chat.Keyboard;
import app.tandem.chat.Keyboard.Button;
import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.ConversationState;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Flow;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;

/**
 * {@code /took NAME [COUNT]}: logs a dose taken now, outside the reminders (as-needed medications above all). A
 * number after the name is how many doses were taken at once ({@code /took lorazepam 2}). Without a name it offers
 * the person's medications as buttons and waits for a tap or a typed name; without medications it says how to add
 * one.
 */
@Component
class TookCommand implements CommandHandler, Flow {

	static final String FLOW = "took";

	static final String STEP = "which";

	static final double MAX_COUNT = 20;

	private static final Pattern NAME_AND_COUNT = Pattern
		.compile("(.+?)\\s*(?:,\\s*)?[x×]?\\s*(\\d+(?:[.,]\\d+)?|½)\\s*[x×]?");

	private final Medications medications;

	private final DoseLog doses;

	private final TookNow tookNow;

	private final Conversations conversations;

	private final Replies replies;

	private final Clock clock;

	TookCommand(Medications medications, DoseLog doses, TookNow tookNow, Conversations conversations, Replies replies,
			Clock clock) {
		this.medications = medications;
		this.doses = doses;
		this.tookNow = tookNow;
		this.conversations = conversations;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public Set<String> commands() {
		return Set.of("took");
	}

	@Override
	public String name() {
		return FLOW;
	}

	@Override
	public void handle(Turn turn) {
		List<Medication> current = medications.current(turn.userId());
		Optional<Taken> taken = match(turn.arguments(), current);
		if (taken.isPresent()) {
			conversations.current(turn.chatId())
				.filter(state -> state.isAt(FLOW, STEP))
				.ifPresent(conversations::endQuietly);
			log(turn, taken.get().medication(), taken.get().count());
			return;
		}
		Inbound in = turn.inbound();
		if (current.isEmpty()) {
			replies.send(in, new OutboundMessage.Text(replies.text(in, "med.took.none"),
					Keyboard.of(replies.button(in, "med.list.add", ButtonData.command("addmed")))));
			return;
		}
		if (conversations.begin(turn.chatId(), FLOW, STEP, Map.of(), turn.updateId()).isPresent()) {
			askWhich(in, current, turn.arguments().isBlank() ? "med.took.which" : "med.took.unknown");
		}
	}

	@Override
	public void onInput(Turn turn, ConversationState state) {
		List<Medication> current = medications.current(turn.userId());
		Optional<Taken> taken = turn.typed().flatMap(typed -> match(typed, current));
		if (taken.isEmpty()) {
			askWhich(turn.inbound(), current, "med.took.unknown");
			return;
		}
		if (conversations.end(state, turn.updateId())) {
			log(turn, taken.get().medication(), taken.get().count());
		}
	}

	@Override
	public boolean resume(Turn turn, ConversationState state) {
		askWhich(turn.inbound(), medications.current(turn.userId()), "med.took.which");
		return true;
	}

	/**
	 * Logs doses of a medication taken now and answers; a tap on a "took" button comes here too. One dose of a
	 * scheduled medication is the scheduled dose it belongs to ({@link TookNow}: late or early); several at once,
	 * or an as-needed medication, are doses outside the schedule.
	 */
	void log(Turn turn, Medication medication, Double count) {
		LocalDate today = turn.today(clock);
		if (count != null) {
			DoseRecord record = doses.logAsNeeded(medication, today, count, turn.updateId());
			medications.useDoses(turn.userId(), medication.id(), record.doses(), turn.updateId());
			replies.say(turn.inbound(), "med.took.logged-count",
					BigDecimal.valueOf(count).stripTrailingZeros().toPlainString(),
					Html.escape(medication.labelOn(today, replies.words(turn.inbound()))), localTime(record.takenAt(), turn));
			return;
		}
		TookNow.Taken taken = tookNow.take(medication, turn.zone(), today, turn.recipient(), turn.updateId());
		DoseRecord record = taken.record();
		medications.useOneDose(turn.userId(), medication.id(), turn.updateId());
		String label = Html.escape(medication.labelOn(record.localDate(), replies.words(turn.inbound())));
		if (taken.kind() == TookNow.Kind.EXTRA) {
			replies.say(turn.inbound(), "med.took.logged", label, localTime(record.takenAt(), turn));
			return;
		}
		replies.say(turn.inbound(), (taken.kind() == TookNow.Kind.LATE) ? "med.took.late" : "med.took.early", label,
				localTime(record.dueAt(), turn), localTime(record.takenAt(), turn));
	}

	private static LocalTime localTime(Instant at, Turn turn) {
		return LocalTime.ofInstant(at, turn.zone()).withSecond(0).withNano(0);
	}

	private void askWhich(Inbound in, List<Medication> current, String key) {
		List<Button> buttons = new ArrayList<>();
		current.stream()
			.sorted(Comparator.comparing(medication -> !medication.isAsNeeded()))
			.forEach(medication -> buttons.add(new Button(medication.displayName(), "med:took:" + medication.id())));
		replies.send(in, new OutboundMessage.Text(replies.text(in, key), Keyboard.column(buttons)));
	}

	/**
	 * The medication a typed text names (a name's beginning is enough), and how many doses when a number follows:
	 * {@code lorazepam}, {@code Lorazepam 2}, {@code lorazepam x2}. A name that ends in a number itself wins.
	 */
	static Optional<Taken> match(String text, List<Medication> current) {
		String typed = text.strip().toLowerCase(Locale.ROOT);
		if (typed.isEmpty()) {
			return Optional.empty();
		}
		Optional<Medication> whole = named(typed, current);
		if (whole.isPresent()) {
			return Optional.of(new Taken(whole.get(), null));
		}
		Matcher matcher = NAME_AND_COUNT.matcher(typed);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		Optional<Double> count = MedicationInput.count(matcher.group(2), MAX_COUNT);
		return count.flatMap(doses -> named(matcher.group(1).strip(), current)
			.map(medication -> new Taken(medication, (doses == 1) ? null : doses)));
	}

	private static Optional<Medication> named(String typed, List<Medication> current) {
		return current.stream()
			.filter(medication -> medication.displayName().toLowerCase(Locale.ROOT).startsWith(typed))
			.findFirst();
	}

	record Taken(Medication medication, Double count) {
	}

}
