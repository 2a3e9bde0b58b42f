package app.tandem.inbox;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import app.tandem.chat.ChatType;
import app.tandem.chat.Inbound;
import app.tandem.chat.InboundPayload;
import app.tandem.chat.InboundPayload.Unsupported.Kind;
import app.tandem.store.PrivateText;
import app.tandem.store.StoredDocument;

/**
 * An update as received. The user's words ({@code text}, {@code arguments}, {@code data}) are removed as soon as
 * the update is handled; the rest expires after the retention period.
 * <p>
 * Before an instance handles an entry it claims it ({@code claimedBy}, {@code claimedUntil}; see {@link InboxClaims}),
 * so one instance handles it, and a chat's entries are handled in update-id order whichever instance stored them.
 * {@code answeredUrgently} says whether the instance that took it in already sent crisis help for it, so the one
 * that handles it does not answer it urgently again ({@code null} in entries an earlier version stored).
 */
@Document("inbox")
@CompoundIndex(name = "chat_unhandled", def = "{'chatId': 1, 'handledAt': 1, '_id': 1}")
record InboxEntry(@Id long updateId, long chatId, long userId, String languageCode, String kind, PrivateText text,
		String command, PrivateText arguments, PrivateText data, Integer messageId, String callbackId, Instant receivedAt,
		@Indexed Instant handledAt, @Indexed(expireAfter = "0s") Instant expireAt, Boolean answeredUrgently,
		String claimedBy, Instant claimedUntil) {

	/** An entry as an earlier version stored it: whether crisis help was sent is not known. */
	static InboxEntry received(Inbound in, Instant now, Instant expireAt) {
		return receivedEntry(in, now, expireAt);
	}

	static InboxEntry received(Inbound in, boolean answeredUrgently, Instant now, Instant expireAt) {
		return receivedEntry(in, now, expireAt).withUrgent(answeredUrgently);
	}

	private InboxEntry withUrgent(boolean urgent) {
		return new InboxEntry(updateId, chatId, userId, languageCode, kind, text, command, arguments, data, messageId,
				callbackId, receivedAt, handledAt, expireAt, urgent, claimedBy, claimedUntil);
	}

	private static InboxEntry receivedEntry(Inbound in, Instant now, Instant expireAt) {
		InboundPayload payload = in.payload();
		if (payload instanceof InboundPayload.Text text) {
			return entry(in, "text", text.text(), null, null, null, null, null, now, expireAt);
		}
		if (payload instanceof InboundPayload.Command command) {
			return entry(in, "command", null, command.name(), command.arguments(), null, null, null, now, expireAt);
		}
		if (payload instanceof InboundPayload.ButtonPress press) {
			return entry(in, "button", null, null, null, press.data(), press.messageId(), press.callbackId(), now,
					expireAt);
		}
		var unsupported = (InboundPayload.Unsupported) payload;
		return entry(in, unsupported.kind().name(), unsupported.text(), null, null, null, null, null, now, expireAt);
	}

	private static InboxEntry entry(Inbound in, String kind, String text, String command, String arguments,
			String data, Integer messageId, String callbackId, Instant now, Instant expireAt) {
		return new InboxEntry(in.updateId(), in.chatId(), in.userId(), in.languageCode(), kind, PrivateText.of(text),
				command, PrivateText.of(arguments), PrivateText.of(data), messageId, callbackId, now, null, expireAt, null,
				null, null);
	}

	/**
	 * The document the mapping layer would write for this entry, written field by field: a batch of updates is stored
	 * at every {@code getUpdates}, and the mapping layer's reflection was a fifth of that write.
	 */
	org.bson.Document stored(MongoConverter converter) {
		return StoredDocument.of(InboxEntry.class, updateId, converter)
			.put("chatId", chatId)
			.put("userId", userId)
			.put("languageCode", languageCode)
			.put("kind", kind)
			.putPrivate("text", text)
			.put("command", command)
			.putPrivate("arguments", arguments)
			.putPrivate("data", data)
			.put("messageId", messageId)
			.put("callbackId", callbackId)
			.put("receivedAt", receivedAt)
			.put("handledAt", handledAt)
			.put("expireAt", expireAt)
			.put("answeredUrgently", answeredUrgently)
			.put("claimedBy", claimedBy)
			.put("claimedUntil", claimedUntil)
			.toDocument();
	}

	Inbound toInbound() {
		InboundPayload payload = switch (kind) {
			case "text" -> new InboundPayload.Text((text != null && text.text() != null) ? text.text() : "");
			case "command" -> new InboundPayload.Command(command, (plain(arguments) != null) ? plain(arguments) : "");
			case "button" -> new InboundPayload.ButtonPress((plain(data) != null) ? plain(data) : "", messageId, callbackId);
			default -> new InboundPayload.Unsupported(Kind.valueOf(kind), plain(text));
		};
		return new Inbound(updateId, chatId, userId, ChatType.PRIVATE, languageCode, null, payload);
	}

	private static String plain(PrivateText text) {
		return (text != null) ? text.text() : null;
	}

}
