package app.tandem.conversation;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.chat.InboundPayload;
import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.i18n.Messages;
import app.tandem.i18n.Wording;
import app.tandem.outbox.Lane;
import app.tandem.outbox.Outbox;
import app.tandem.outbox.Outgoing;
import app.tandem.outbox.SendResult;

/**
 * Answers in the user's language, on the replies lane.
 */
@Component
public class Replies {

	private final Outbox outbox;

	private final Messages messages;

	Replies(Outbox outbox, Messages messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	public String text(Inbound to, String key, Object... args) {
		return messages.get(to.locale(), key, args);
	}

	public String text(Recipient to, String key, Object... args) {
		return messages.get(to.locale(), key, args);
	}

	/** The texts of their language, for values that write themselves in words ("2 tablets"). */
	public Wording words(Inbound to) {
		return messages.in(to.locale());
	}

	public Wording words(Recipient to) {
		return messages.in(to.locale());
	}

	public CompletableFuture<SendResult> send(Recipient to, OutboundMessage message) {
		return send(to, message, null);
	}

	/** Sends, tagged: the outbox publishes the outcome under this tag, also after a restart. */
	public CompletableFuture<SendResult> send(Recipient to, OutboundMessage message, String tag) {
		return outbox.send(to.chatId(), message, to.lane(), to.nextMessageId(), tag);
	}

	/**
	 * Sends several tagged messages in one hand-off to the outbox, which stores them in one write; returns once all
	 * are stored.
	 */
	public void sendAll(List<Tagged> messages) {
		outbox.sendAll(messages.stream()
			.map(m -> new Outgoing(m.to().chatId(), m.message(), m.to().lane(), m.to().nextMessageId(), m.tag()))
			.toList());
	}

	/** A message for {@link #sendAll}: to whom, what, and the tag to hear its outcome under. */
	public record Tagged(Recipient to, OutboundMessage message, String tag) {

	}

	public CompletableFuture<SendResult> say(Recipient to, String key, Object... args) {
		return send(to, new OutboundMessage.Text(text(to, key, args)));
	}

	public Keyboard.Button button(Recipient to, String labelKey, String data) {
		return new Keyboard.Button(text(to, labelKey), data);
	}

	public CompletableFuture<SendResult> say(Inbound to, String key, Object... args) {
		return send(to, new OutboundMessage.Text(text(to, key, args)));
	}

	public CompletableFuture<SendResult> ask(Inbound to, Keyboard keyboard, String key, Object... args) {
		return send(to, new OutboundMessage.Text(text(to, key, args), keyboard));
	}

	public CompletableFuture<SendResult> send(Inbound to, OutboundMessage message) {
		return outbox.send(to.chatId(), message, Lane.REPLY);
	}

	/**
	 * Stops the spinner on a pressed button, optionally with a short notice, and removes the buttons from the
	 * message they were on so the question reads as answered.
	 */
	public void acknowledge(Inbound to, String noticeKey, boolean closeButtons) {
		if (to.payload() instanceof InboundPayload.ButtonPress press) {
			String notice = (noticeKey != null) ? text(to, noticeKey) : null;
			send(to, new OutboundMessage.AnswerButton(press.callbackId(), notice));
			if (closeButtons) {
				send(to, new OutboundMessage.EditKeyboard(press.messageId(), null));
			}
		}
	}

	public Keyboard.Button button(Inbound to, String labelKey, String data) {
		return new Keyboard.Button(text(to, labelKey), data);
	}

}
