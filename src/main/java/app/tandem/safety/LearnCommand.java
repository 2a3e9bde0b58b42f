package app.tandem.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.chat.InboundPayload;
import app.tandem.chat.Keyboard;
import app.tandem.chat.Keyboard.Button;
import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;

/**
 * {@code /learn}: short cards on combining therapy and medication, paged in place with buttons.
 */
@Component
class LearnCommand implements CommandHandler {

	static final int CARDS = 10;

	private final Replies replies;

	LearnCommand(Replies replies) {
		this.replies = replies;
	}

	@Override
	public Set<String> commands() {
		return Set.of("learn");
	}

	@Override
	public boolean needsConsent() {
		return false;
	}

	@Override
	public void handle(Turn turn) {
		int card = 1;
		try {
			card = Math.max(1, Math.min(CARDS, Integer.parseInt(turn.arguments().strip())));
		}
		catch (NumberFormatException ex) {
			// No card asked for: start at the first.
		}
		String text = replies.text(turn.inbound(), "learn.card." + card) + "\n\n<i>"
				+ replies.text(turn.inbound(), "learn.footer", card, CARDS) + "</i>";
		Keyboard keyboard = navigation(card);
		if (turn.inbound().payload() instanceof InboundPayload.ButtonPress press) {
			replies.send(turn.inbound(), new OutboundMessage.EditText(press.messageId(), text, keyboard));
		}
		else {
			replies.send(turn.inbound(), new OutboundMessage.Text(text, keyboard));
		}
	}

	private static Keyboard navigation(int card) {
		List<Button> row = new ArrayList<>();
		if (card > 1) {
			row.add(new Button("◀ " + (card - 1), ButtonData.command("learn", Integer.toString(card - 1))));
		}
		if (card < CARDS) {
			row.add(new Button((card + 1) + " ▶", ButtonData.command("learn", Integer.toString(card + 1))));
		}
		return new Keyboard(List.of(row));
	}

}
