package app.tandem.conversation;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.chat.InboundPayload;
import app.tandem.chat.InboundPayload.Unsupported.Kind;
import app.tandem.chat.Keyboard;
import app.tandem.i18n.DoseQuestion;
import app.tandem.i18n.DoseTakenWords;
import app.tandem.i18n.StoppingMedication;
import app.tandem.inbox.InboundHandler;
import app.tandem.outbox.ChatUnreachable;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

/**
 * Decides who handles an update: a command's handler, the chat's active flow, or a short pointer to
 * {@code /help}. Crisis commands are answered earlier, by the safety module, the moment they arrive.
 */
@Component
class ConversationRouter implements InboundHandler {

	/** Answered on arrival by the safety module, before anything else; nothing left to do here. */
	static final Set<String> URGENT_COMMANDS = Set.of("crisis", "sos");

	/**
	 * The "Continue" button after crisis help interrupted a flow: asks the flow's current question again. With a
	 * flow's name ({@code resume checkin}), picks that paused flow up again.
	 */
	static final String RESUME = "resume";

	/** The command a dose taken, typed in words, is answered as. */
	private static final String TOOK = "took";

	/** The "Drop" button under "You were in the middle of …": lets that paused flow go. */
	static final String DROP = "drop";

	private final Users users;

	private final Conversations conversations;

	private final Replies replies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PausedFlows pausedFlows;

	private final IdleConversations idle;

	private final List<TurnGate> gates;

	private final Map<String, CommandHandler> commands = new HashMap<>();

	private final Map<String, Flow> flows = new HashMap<>();

	private final Map<String, ButtonHandler> buttons = new HashMap<>();

	ConversationRouter(Users users, Conversations conversations, Replies replies, List<CommandHandler> handlers,
			List<Flow> flows, List<ButtonHandler> buttons, ApplicationEventPublisher events, Clock clock,
			PausedFlows pausedFlows, IdleConversations idle, List<TurnGate> gates) {
		this.users = users;
		this.pausedFlows = pausedFlows;
		this.idle = idle;
		this.gates = gates;
		this.events = events;
		this.clock = clock;
		this.conversations = conversations;
		this.replies = replies;
		handlers.forEach(handler -> handler.commands().forEach(name -> this.commands.put(name, handler)));
		flows.forEach(flow -> this.flows.put(flow.name(), flow));
		buttons.forEach(handler -> this.buttons.put(handler.prefix(), handler));
	}

	@Override
	public void handle(Inbound received, boolean answeredUrgently) {
		if (isBlocked(received)) {
			// Blocked: reminders pause at once, not only after the next one is refused; they resume when the
			// person writes again (a membership change is not writing).
			events.publishEvent(new ChatUnreachable(received.chatId(), clock.instant()));
			return;
		}
		Optional<UserProfile> profile = users.find(received.userId());
		// Everything from here on answers in the language the person chose, not in Telegram's.
		Inbound in = profile.map(p -> received.inLanguage(p.language())).orElse(received);
		boolean wrote = !(in.payload() instanceof InboundPayload.Unsupported unsupported)
				|| unsupported.kind() != Kind.MEMBERSHIP_CHANGE;
		profile.filter(p -> wrote && !p.isReachable()).ifPresent(p -> users.markReachable(p.userId()));
		Optional<ConversationState> stored = conversations.stored(in.chatId());
		// A tap on a feature's own button (✅ Taken on a reminder) is answered as that tap alone: a conversation
		// closed for idling is closed now and the person hears of it the next time they write.
		boolean featureTap = isFeatureTap(in.payload());
		boolean closedForIdling = !answeredUrgently && stored
			.filter(featureTap ? idle::markIfExpired : idle::closeIfExpired)
			.isPresent();
		Turn turn = new Turn(in, profile,
				closedForIdling ? Optional.empty() : stored.filter(ConversationState::isOpen));
		if (answeredUrgently) {
			afterCrisisHelp(turn);
			return;
		}
		if (closedForIdling && !featureTap) {
			replies.say(in, "router.expired", idle.expiry().toHours());
		}
		if (gates.stream().anyMatch(gate -> gate.holds(turn))) {
			return;
		}
		InboundPayload payload = in.payload();
		if (payload instanceof InboundPayload.Command command) {
			runCommand(turn, command.name());
		}
		else if (payload instanceof InboundPayload.ButtonPress press) {
			onButton(turn, ButtonData.parse(press.data()));
		}
		else if (payload instanceof InboundPayload.Text) {
			onText(turn, pausedFlows.waiting(stored));
		}
		else if (payload instanceof InboundPayload.Unsupported unsupported) {
			onUnsupported(in, unsupported.kind());
			return;
		}
		if (!isDrop(payload)) {
			// "Dropped." is the last word on a paused flow let go, as "Stopped." and a recap are on an open one
			pausedFlows.offer(in, stored);
		}
	}

	/**
	 * The message was answered with crisis help: nothing more is said about it (it is not read as an answer, a
	 * command or a parse error). If a flow was open, one gentle way back into it; the flow itself waits as it was,
	 * and after risk in the person's own words it is held: what they type next is not taken as its answer until they
	 * tap Continue (a "yes, I have thoughts of ending my life" must not be followed by their words saved as a note).
	 */
	private void afterCrisisHelp(Turn turn) {
		if (turn.inbound().payload() instanceof InboundPayload.ButtonPress) {
			return;
		}
		boolean flowOpen = turn.state().map(s -> flows.containsKey(s.flow())).orElse(false);
		if (flowOpen) {
			if (turn.inbound().payload() instanceof InboundPayload.Text) {
				// risk in their own words (not /crisis asked for): their next words are not an answer either
				conversations.hold(turn.state().get());
			}
			replies.ask(turn.inbound(), continueButton(turn.inbound()), "router.after-crisis");
		}
	}

	/** Asks the open flow's current question again, after the person stepped away from it. */
	private void resume(Turn turn) {
		Optional<ConversationState> state = turn.state();
		Flow flow = state.map(s -> flows.get(s.flow())).orElse(null);
		if (flow == null) {
			replies.say(turn.inbound(), "router.nothing-to-resume");
			return;
		}
		if (state.get().held()) {
			conversations.release(turn.chatId());
			// the words that led to crisis help were not kept as an answer (a note among them): say so
			replies.say(turn.inbound(), "router.not-kept");
		}
		if (!flow.resume(turn, state.get())) {
			replies.say(turn.inbound(), "router.resume-above");
		}
	}

	private void runCommand(Turn turn, String name) {
		if (URGENT_COMMANDS.contains(name)) {
			return;
		}
		if (RESUME.equals(name)) {
			if (turn.arguments().isBlank()) {
				resume(turn);
			}
			else {
				pausedFlows.resume(turn, turn.arguments().strip());
			}
			return;
		}
		if (DROP.equals(name)) {
			pausedFlows.drop(turn, turn.arguments().strip());
			return;
		}
		CommandHandler handler = commands.get(name);
		if (handler == null) {
			replies.say(turn.inbound(), "router.unknown-command", name);
		}
		else if (handler.needsConsent() && !turn.hasConsented()) {
			replies.say(turn.inbound(), "router.setup-first");
		}
		else {
			handler.handle(turn);
		}
	}

	private void onButton(Turn turn, ButtonData data) {
		if (data.isCommand()) {
			if (!URGENT_COMMANDS.contains(data.commandName())) {
				replies.acknowledge(turn.inbound(), null, false);
			}
			runCommand(turn, data.commandName());
			return;
		}
		ButtonHandler handler = buttons.get(data.flow());
		if (handler != null) {
			if (turn.hasConsented()) {
				handler.onPress(turn, data);
			}
			else {
				replies.acknowledge(turn.inbound(), "router.button-closed", false);
			}
			return;
		}
		Optional<ConversationState> state = turn.state().filter(s -> s.isAt(data.flow(), data.step()));
		Flow flow = flows.get(data.flow());
		if (state.isEmpty() && flow != null) {
			// A button of a paused flow's current question: the person turned back to it, so it is open again.
			state = conversations.unpause(turn.chatId(), data.flow(), data.step());
			turn = new Turn(turn.inbound(), turn.profile(), state);
		}
		if (state.isEmpty() || flow == null) {
			replies.acknowledge(turn.inbound(), "router.button-closed", false);
			return;
		}
		flow.onInput(turn, state.get());
	}

	/** @param pausedFlowWaits a paused flow will be offered after this text: that question is the answer to it */
	private void onText(Turn turn, boolean pausedFlowWaits) {
		boolean stopping = StoppingMedication.in(turn.inbound().text());
		if (stopping) {
			replies.say(turn.inbound(), "router.stop-medication");
		}
		Optional<ConversationState> state = turn.state();
		Flow flow = state.map(s -> flows.get(s.flow())).orElse(null);
		if (flow == null) {
			if (stopping) {
				return;
			}
			String text = turn.inbound().text();
			if (DoseTakenWords.in(text) && commands.containsKey(TOOK)) {
				// "took it" typed instead of tapping ✅ Taken: logged as /took logs it
				runCommand(turn, TOOK);
			}
			else if (DoseQuestion.in(text)) {
				replies.say(turn.inbound(), "router.dose-question");
			}
			else if (!pausedFlowWaits) {
				replies.say(turn.inbound(), "router.nothing-asked");
			}
			return;
		}
		if (state.get().held()) {
			// After crisis help, words are not an answer until the person says they want to go on
			replies.ask(turn.inbound(), continueButton(turn.inbound()), "router.held");
			return;
		}
		flow.onInput(turn, state.get());
	}

	/** A Continue button that asks the open flow's question again. */
	private Keyboard continueButton(Inbound in) {
		return Keyboard.of(replies.button(in, "button.continue", ButtonData.command(RESUME)));
	}

	private void onUnsupported(Inbound in, Kind kind) {
		switch (kind) {
			case MEMBERSHIP_CHANGE -> {
				// The user blocked or unblocked the bot: there is no one to answer.
			}
			case EDITED_MESSAGE -> replies.say(in, "router.edited");
			default -> replies.say(in, "router.unsupported");
		}
	}

	private boolean isFeatureTap(InboundPayload payload) {
		if (payload instanceof InboundPayload.ButtonPress press) {
			ButtonData data = ButtonData.parse(press.data());
			return !data.isCommand() && buttons.containsKey(data.flow());
		}
		return false;
	}

	private static boolean isDrop(InboundPayload payload) {
		if (payload instanceof InboundPayload.Command command) {
			return DROP.equals(command.name());
		}
		if (payload instanceof InboundPayload.ButtonPress press) {
			ButtonData data = ButtonData.parse(press.data());
			return data.isCommand() && DROP.equals(data.commandName());
		}
		return false;
	}

	private static boolean isBlocked(Inbound in) {
		return in.payload() instanceof InboundPayload.Unsupported unsupported
				&& unsupported.kind() == Kind.MEMBERSHIP_CHANGE && "kicked".equals(unsupported.text());
	}

	@Override
	public void handlingFailed(Inbound in) {
		replies.say(in, "router.failed");
	}

	@Override
	public void storeUnavailable(Inbound in) {
		replies.say(in, "router.store-unavailable");
	}

}
