package app.tandem.medication;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.chat.InboundPayload;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.ConversationState;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Flow;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.i18n.Language;

/**
 * Adding a medication, one short question at a time: name, dose, times (or as needed), days, and optionally the
 * pills on hand and per dose for refill reminders. Bad input gets a hint and the question waits.
 */
@Component
class AddMedicationFlow implements Flow, CommandHandler {

	static final String FLOW = "medadd";

	/** How often, when it was typed with the name: {@link MedicationInput.Often}'s name, or empty. */
	private static final String OFTEN = "often";

	private final Conversations conversations;

	private final Medications medications;

	private final Replies replies;

	private final Clock clock;

	private final AddMedicationQuestions questions;

	AddMedicationFlow(Conversations conversations, Medications medications, Replies replies, Clock clock,
			AddMedicationQuestions questions) {
		this.conversations = conversations;
		this.medications = medications;
		this.replies = replies;
		this.questions = questions;
		this.clock = clock;
	}

	@Override
	public String name() {
		return FLOW;
	}

	@Override
	public Set<String> commands() {
		return Set.of("addmed");
	}

	@Override
	public void handle(Turn turn) {
		if (conversations.begin(turn.chatId(), FLOW, "name", Map.of(), turn.updateId()).isPresent()) {
			replies.say(turn.inbound(), "med.add.name");
		}
	}

	@Override
	public void onInput(Turn turn, ConversationState state) {
		Optional<String> button = turn.buttonValue();
		String typed = turn.typed().orElse(null);
		switch (state.step()) {
			case "name" -> onName(turn, state, typed);
			case "dose" -> Optional.ofNullable(typed).flatMap(DoseAmount::parse).ifPresentOrElse(
					dose -> move(turn, state, "times", Map.of("dose", stored(dose)),
							() -> questions.times(turn, state.draft(OFTEN))),
					() -> replies.say(turn.inbound(), "med.add.dose-hint"));
			case "times" -> onTimes(turn, state, button, typed);
			case "days" -> onDays(turn, state, button);
			case "weekdays" -> onWeekdays(turn, state, button);
			case "every" -> Optional.ofNullable(typed).flatMap(MedicationInput::everyDays).ifPresentOrElse(
					days -> move(turn, state, "pills", Map.of("every", days.toString()), () -> questions.pills(turn)),
					() -> replies.say(turn.inbound(), "med.add.every-hint"));
			case "pills" -> onPills(turn, state, button, typed);
			case "perdose" -> onPerDose(turn, state, button, typed);
			default -> replies.say(turn.inbound(), "router.nothing-asked");
		}
	}

	/**
	 * A name, or a name with its dose ({@code Sertraline 50mg}): then the dose question is skipped. How often may
	 * follow ({@code twice a day}, {@code at bedtime}): the times question then fits it.
	 */
	private void onName(Turn turn, ConversationState state, String typed) {
		Optional<MedicationInput.WithOften> withOften = MedicationInput.often(typed,
				turn.inbound().answerLanguage());
		String text = withOften.map(MedicationInput.WithOften::rest).orElse(typed);
		String often = withOften.map(found -> found.often().name()).orElse("");
		Optional<MedicationInput.NameAndDose> both = MedicationInput.nameAndDose(text);
		if (both.isPresent()) {
			String name = both.get().name();
			DoseAmount dose = both.get().dose();
			move(turn, state, "times", Map.of("name", name, "dose", stored(dose), OFTEN, often), () -> {
				replies.say(turn.inbound(), "med.add.name-and-dose", Html.escape(name), dose.toString());
				questions.times(turn, often);
			});
			return;
		}
		MedicationInput.name(text).ifPresentOrElse(
				name -> move(turn, state, "dose", Map.of("name", name, OFTEN, often),
						() -> replies.say(turn.inbound(), "med.add.dose", Html.escape(name))),
				() -> replies.say(turn.inbound(), "med.add.name-hint"));
	}

	private static String stored(DoseAmount dose) {
		return dose.amount().toPlainString() + " " + dose.unit();
	}

	private void onTimes(Turn turn, ConversationState state, Optional<String> button, String typed) {
		if (button.filter(AddMedicationQuestions.OTHER_TIME::equals).isPresent()) {
			replies.acknowledge(turn.inbound(), null, true);
			questions.times(turn, "");
			return;
		}
		Language language = turn.inbound().answerLanguage();
		Optional<List<LocalTime>> typedTimes = Optional.ofNullable(typed)
			.flatMap(text -> MedicationInput.times(text, language));
		if (typedTimes.filter(list -> list.size() != 2).isPresent()
				&& MedicationInput.Often.TWICE.name().equals(state.draft(OFTEN))) {
			replies.say(turn.inbound(), "med.add.times-twice-hint");
			return;
		}
		Optional<String> times = button.map(value -> value.replace('_', ','))
			.or(() -> typedTimes.map(list -> list.stream().map(LocalTime::toString).collect(Collectors.joining(","))));
		if (times.isEmpty()) {
			replies.say(turn.inbound(), "med.add.times-hint");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		if ("prn".equals(times.get())) {
			Map<String, String> draft = new HashMap<>(state.answers());
			draft.put("times", "");
			finish(turn, state, draft);
			return;
		}
		move(turn, state, "days", Map.of("times", times.get()), () -> questions.days(turn));
	}

	private void onDays(Turn turn, ConversationState state, Optional<String> button) {
		if (button.isEmpty()) {
			replies.say(turn.inbound(), "med.add.use-buttons");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		switch (button.get()) {
			case "weekdays" -> move(turn, state, "weekdays", Map.of("weekdays", ""),
					() -> questions.weekdays(turn, EnumSet.noneOf(DayOfWeek.class), null));
			case "every" -> move(turn, state, "every", Map.of(), () -> replies.say(turn.inbound(), "med.add.every"));
			default -> move(turn, state, "pills", Map.of("weekdays", ""), () -> questions.pills(turn));
		}
	}

	private void onWeekdays(Turn turn, ConversationState state, Optional<String> button) {
		if (button.isEmpty()) {
			replies.say(turn.inbound(), "med.add.use-buttons");
			return;
		}
		Set<DayOfWeek> chosen = weekdays(state.draft("weekdays"));
		if ("done".equals(button.get())) {
			if (chosen.isEmpty()) {
				replies.acknowledge(turn.inbound(), "med.add.weekdays-none", false);
				return;
			}
			replies.acknowledge(turn.inbound(), null, true);
			move(turn, state, "pills", Map.of(), () -> questions.pills(turn));
			return;
		}
		DayOfWeek day = DayOfWeek.valueOf(button.get());
		if (!chosen.remove(day)) {
			chosen.add(day);
		}
		replies.acknowledge(turn.inbound(), null, false);
		String joined = chosen.stream().map(DayOfWeek::name).collect(Collectors.joining(","));
		if (conversations.advance(state, "weekdays", Map.of("weekdays", joined), turn.updateId()).isPresent()) {
			int messageId = ((InboundPayload.ButtonPress) turn.inbound().payload()).messageId();
			questions.weekdays(turn, chosen, messageId);
		}
	}

	private void onPills(Turn turn, ConversationState state, Optional<String> button, String typed) {
		if (button.filter("skip"::equals).isPresent()) {
			replies.acknowledge(turn.inbound(), null, true);
			finish(turn, state, state.answers());
			return;
		}
		Optional.ofNullable(typed).flatMap(text -> MedicationInput.count(text, 10_000)).ifPresentOrElse(
				pills -> move(turn, state, "perdose", Map.of("pills", pills.toString()), () -> questions.perDose(turn)),
				() -> replies.say(turn.inbound(), "med.add.pills-hint"));
	}

	private void onPerDose(Turn turn, ConversationState state, Optional<String> button, String typed) {
		Optional<Double> perDose = button.or(() -> Optional.ofNullable(typed))
			.flatMap(text -> MedicationInput.count(text, 100));
		if (perDose.isEmpty()) {
			replies.say(turn.inbound(), "med.add.perdose-hint");
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		Map<String, String> draft = new HashMap<>(state.answers());
		draft.put("perDose", perDose.get().toString());
		finish(turn, state, draft);
	}

	private void finish(Turn turn, ConversationState state, Map<String, String> draft) {
		if (!conversations.end(state, turn.updateId())) {
			return;
		}
		List<LocalTime> times = draft.getOrDefault("times", "").isEmpty() ? List.of()
				: Arrays.stream(draft.get("times").split(",")).map(LocalTime::parse).toList();
		DoseAmount dose = DoseAmount.parse(draft.get("dose")).orElseThrow();
		int every = Integer.parseInt(draft.getOrDefault("every", "1"));
		Double pills = Optional.ofNullable(draft.get("pills")).map(Double::valueOf).orElse(null);
		Double perDose = Optional.ofNullable(draft.get("perDose")).map(Double::valueOf).orElse(null);
		Medication medication = medications.add(turn.userId(), draft.get("name"), dose, times,
				weekdays(draft.get("weekdays")), every, turn.today(clock), pills, perDose);
		if (medication.isAsNeeded()) {
			replies.say(turn.inbound(), "med.add.done-prn", Html.escape(medication.label(replies.words(turn.inbound()))),
					Html.escape(medication.displayName()));
		}
		else {
			replies.say(turn.inbound(), "med.add.done", Html.escape(medication.label(replies.words(turn.inbound()))),
					MedsCommand.schedule(replies, turn.inbound(), medication));
		}
	}

	private void move(Turn turn, ConversationState state, String step, Map<String, String> answers, Runnable ask) {
		if (conversations.advance(state, step, answers, turn.updateId()).isPresent()) {
			ask.run();
		}
	}

	private static Set<DayOfWeek> weekdays(String joined) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (joined != null && !joined.isBlank()) {
			Arrays.stream(joined.split(",")).map(day -> DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT))).forEach(days::add);
		}
		return days;
	}

}
