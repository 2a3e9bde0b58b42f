package app.tandem.conversation;

import java.util.Optional;

import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.chat.Keyboard;

/**
 * The person's way back to a flow an interruption paused: once nothing else is open, one question "You were in the
 * middle of today's check-in — continue?" with Continue and Drop; Continue asks the flow's question again, where it
 * was, with everything answered so far.
 */
@Component
class PausedFlows {

	private final Conversations conversations;

	private final FlowRegistry flows;

	private final Replies replies;

	PausedFlows(Conversations conversations, FlowRegistry flows, Replies replies) {
		this.conversations = conversations;
		this.flows = flows;
		this.replies = replies;
	}

	/**
	 * After an update was handled: if the person was free before it and is free after it (no flow open either time)
	 * and a flow is paused, asks once whether to pick it up. Not right after an update that ended the open flow —
	 * today's check-in saved, a PHQ-9 with its crisis card, {@code /cancel}: what closed it is the last word, and
	 * the offer waits for the next time the person writes with nothing open. Without a paused flow before the
	 * update there is none after it, so the store is not read again.
	 */
	void offer(Inbound in, Optional<ConversationState> before) {
		if (before.filter(state -> !state.isOpen() && state.lastPaused().isPresent()).isEmpty()) {
			return;
		}
		ConversationState stored = conversations.stored(in.chatId()).orElse(null);
		if (stored == null || stored.isOpen() || stored.resumeOffered() || stored.lastPaused().isEmpty()) {
			return;
		}
		PausedFlow last = stored.lastPaused().get();
		Optional<Flow> flow = flows.find(last.flow());
		if (flow.isEmpty() || !conversations.markResumeOffered(stored)) {
			return;
		}
		Recipient to = Recipient.of(in);
		String what = Optional.ofNullable(flow.get().describe(to, last.asState(in.chatId(), stored.lastUpdateId())))
			.orElseGet(() -> replies.text(in, "flow." + last.flow()));
		Keyboard choice = Keyboard.of(
				replies.button(in, "button.continue", ButtonData.command(ConversationRouter.RESUME, last.flow())),
				replies.button(in, "router.paused.drop", ButtonData.command(ConversationRouter.DROP, last.flow())));
		replies.ask(in, choice, "router.paused", what);
	}

	/**
	 * Whether {@link #offer} will ask about a paused flow after an update that leaves the person free: nothing open
	 * before it, a flow paused and not yet offered.
	 */
	boolean waiting(Optional<ConversationState> before) {
		return before.filter(state -> !state.isOpen() && !state.resumeOffered() && state.lastPaused().isPresent())
			.filter(state -> flows.find(state.lastPaused().get().flow()).isPresent())
			.isPresent();
	}

	/** Continue: the paused flow is open again and asks its question (a flow open now is paused in turn). */
	void resume(Turn turn, String name) {
		Optional<ConversationState> resumed = conversations.unpause(turn.chatId(), name, null);
		Optional<Flow> flow = flows.find(name);
		if (resumed.isEmpty() || flow.isEmpty()) {
			replies.say(turn.inbound(), "router.nothing-to-resume");
			return;
		}
		if (!flow.get().resume(new Turn(turn.inbound(), turn.profile(), resumed), resumed.get())) {
			replies.say(turn.inbound(), "router.resume-paused");
		}
	}

	/** Drop: the paused flow is let go, and undoes what must not stay half-done. */
	void drop(Turn turn, String name) {
		Optional<ConversationState> dropped = conversations.drop(turn.chatId(), name);
		dropped.ifPresent(state -> flows.find(name).ifPresent(flow -> flow.abandon(turn.userId(), state)));
		replies.say(turn.inbound(), dropped.isPresent() ? "router.paused.dropped" : "router.nothing-to-resume");
	}

}
