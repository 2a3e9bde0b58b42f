package app.tandem.outbox;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.store.PrivateText;

/**
 * One outbound message in the {@code outbox} collection. Queued until a dispatcher that holds its lease sends it;
 * then kept, {@code SENT} or {@code FAILED}, until {@code expireAt}, so a scheduled occurrence that runs again after
 * a crash finds its messages already there (the id is derived from the occurrence) and sends nothing twice.
 *
 * @param id the occurrence's delivery key and the message's place in it, or a random id
 * @param priority the lane's rank: lower goes first
 * @param seq the order messages were queued in; a chat's messages go out in this order
 * @param tag what the sender wants to hear about the outcome (see {@link MessageDelivered}), or {@code null}
 */
@Document("outbox")
@CompoundIndex(name = "due", def = "{'status': 1, 'priority': 1, 'seq': 1}")
@CompoundIndex(name = "chat", def = "{'chatId': 1, 'status': 1}")
record OutboxEntry(@Id String id, long chatId, Lane lane, int priority, long seq, Payload payload, String tag,
		Status status, Instant createdAt, Instant notBefore, int attempts, @Indexed String leaseOwner,
		Instant leaseUntil, @Indexed(sparse = true) String claim, Integer messageId, SendResult.Reason failure,
		@Indexed(expireAfter = "0s") Instant expireAt) {

	enum Status {

		QUEUED, SENT, FAILED

	}

	/**
	 * The message itself, flattened for storage. Texts and captions are personal and stored encrypted.
	 */
	record Payload(String kind, PrivateText text, PrivateText keyboard, Integer messageId, String callbackId,
			PrivateText content, String fileName, String action, Map<String, String> arguments) {

		private static final ObjectMapper JSON = new ObjectMapper();

		static Payload of(OutboundMessage message) {
			if (message instanceof OutboundMessage.Text text) {
				return new Payload("text", PrivateText.of(text.html()), sealed(text.keyboard()), null, null, null, null,
						null, null);
			}
			if (message instanceof OutboundMessage.EditText edit) {
				return new Payload("edit-text", PrivateText.of(edit.html()), sealed(edit.keyboard()), edit.messageId(),
						null, null, null, null, null);
			}
			if (message instanceof OutboundMessage.EditKeyboard edit) {
				return new Payload("edit-keyboard", null, sealed(edit.keyboard()), edit.messageId(), null, null, null,
						null, null);
			}
			if (message instanceof OutboundMessage.AnswerButton answer) {
				return new Payload("answer-button", PrivateText.of(answer.notice()), null, null, answer.callbackId(),
						null, null, null, null);
			}
			if (message instanceof OutboundMessage.Photo photo) {
				return new Payload("photo", PrivateText.of(photo.captionHtml()), null, null, null, sealed(photo.png()),
						photo.fileName(), null, null);
			}
			if (message instanceof OutboundMessage.Document document) {
				return new Payload("document", PrivateText.of(document.captionHtml()), null, null, null,
						sealed(document.content()), document.fileName(), null, null);
			}
			if (message instanceof OutboundMessage.DrawnPhoto drawn) {
				return new Payload("drawn-photo", PrivateText.of(drawn.captionHtml()), null, null, null, null,
						drawn.fileName(), drawn.renderer(), drawn.arguments());
			}
			if (message instanceof OutboundMessage.ChatAction action) {
				return new Payload("chat-action", null, null, null, null, null, null, action.action().name(), null);
			}
			return new Payload("leave-chat", null, null, null, null, null, null, null, null);
		}

		/** Button labels name medications and the person's own answers: the keyboard is private text too. */
		private static PrivateText sealed(Keyboard keyboard) {
			if (keyboard == null) {
				return null;
			}
			try {
				return new PrivateText(JSON.writeValueAsString(keyboard.rows()));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException(ex);
			}
		}

		/** A report or export is the person's data in a file: stored encrypted until sent. */
		private static PrivateText sealed(byte[] content) {
			return (content == null) ? null : new PrivateText(Base64.getEncoder().encodeToString(content));
		}

		private Keyboard openKeyboard() {
			if (keyboard == null || keyboard.text() == null) {
				return null;
			}
			try {
				return new Keyboard(JSON.readValue(keyboard.text(), new TypeReference<List<List<Keyboard.Button>>>() {
				}));
			}
			catch (JsonProcessingException ex) {
				throw new IllegalStateException("A stored keyboard cannot be read", ex);
			}
		}

		private byte[] openContent() {
			return (content == null || content.text() == null) ? null : Base64.getDecoder().decode(content.text());
		}

		OutboundMessage message() {
			String plain = (text == null) ? null : text.text();
			return switch (kind) {
				case "text" -> new OutboundMessage.Text(plain, openKeyboard());
				case "edit-text" -> new OutboundMessage.EditText(messageId, plain, openKeyboard());
				case "edit-keyboard" -> new OutboundMessage.EditKeyboard(messageId, openKeyboard());
				case "answer-button" -> new OutboundMessage.AnswerButton(callbackId, plain);
				case "photo" -> new OutboundMessage.Photo(openContent(), fileName, plain);
				case "document" -> new OutboundMessage.Document(openContent(), fileName, plain);
				case "drawn-photo" -> new OutboundMessage.DrawnPhoto(action, arguments, fileName, plain);
				case "chat-action" -> new OutboundMessage.ChatAction(OutboundMessage.ChatAction.Action.valueOf(action));
				case "leave-chat" -> new OutboundMessage.LeaveChat();
				default -> throw new IllegalStateException("Unknown outbound message kind " + kind);
			};
		}

	}

}
