package app.tandem.privacy;

import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
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
import app.tandem.outbox.MessageDelivered;
import app.tandem.outbox.MessageNotDelivered;

/**
 * {@code /delete}: one confirmation, then everything Tandem stores about the person is erased.
 */
@Component
class DeleteFlow implements Flow, CommandHandler {

	static final String FLOW = "delete";

	static final String CONFIRM = "confirm";

	/** The tag of the confirmation that everything was erased, followed by the user id. */
	private static final String ERASED = "erased:";

	private final Conversations conversations;

	private final PersonalDataRegistry data;

	private final Replies replies;

	DeleteFlow(Conversations conversations, PersonalDataRegistry data, Replies replies) {
		this.conversations = conversations;
		this.data = data;
		this.replies = replies;
	}

	@Override
	public String name() {
		return FLOW;
	}

	/** Never left waiting under other messages: an interruption ends it, and its buttons close. */
	@Override
	public boolean pausable() {
		return false;
	}

	@Override
	public Set<String> commands() {
		return Set.of("delete");
	}

	@Override
	public void handle(Turn turn) {
		if (conversations.begin(turn.chatId(), FLOW, CONFIRM, Map.of(), turn.updateId()).isPresent()) {
			var in = turn.inbound();
			replies.ask(in, Keyboard.of(replies.button(in, "delete.yes", ButtonData.of(FLOW, CONFIRM, "yes")),
					replies.button(in, "delete.no", ButtonData.of(FLOW, CONFIRM, "no"))), "delete.confirm");
		}
	}

	/**
	 * The confirmation went out (or could not): what handling the last update and sending the confirmation left
	 * behind (the update's receipt, the confirmation's record in the outbox) is erased too.
	 */
	@EventListener
	void on(MessageDelivered event) {
		eraseLeftovers(event.tag(), event.chatId());
	}

	@EventListener
	void on(MessageNotDelivered event) {
		eraseLeftovers(event.tag(), event.chatId());
	}

	private void eraseLeftovers(String tag, long chatId) {
		if (tag != null && tag.startsWith(ERASED)) {
			data.erase(Long.parseLong(tag.substring(ERASED.length())), chatId);
		}
	}

	@Override
	public void onInput(Turn turn, ConversationState state) {
		var in = turn.inbound();
		var answer = turn.buttonValue();
		if (answer.isEmpty()) {
			replies.say(in, "delete.use-buttons");
			return;
		}
		replies.acknowledge(in, null, true);
		if ("yes".equals(answer.get())) {
			data.erase(turn.userId(), turn.chatId());
			replies.send(turn.recipient(), new OutboundMessage.Text(replies.text(in, "delete.done")),
					ERASED + turn.userId());
		}
		else if (conversations.end(state, turn.updateId())) {
			replies.say(in, "delete.kept");
		}
	}

}
