package app.tandem.telegram;

import java.util.Locale;
import java.util.Optional;

import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

import app.tandem.chat.ChatType;
import app.tandem.chat.Inbound;
import app.tandem.chat.InboundPayload;
import app.tandem.chat.InboundPayload.Unsupported.Kind;

/**
 * Maps a Bot API {@link Update} to Tandem's {@link Inbound}. Updates that carry no chat (inline queries, polls)
 * map to nothing.
 */
final class UpdateMapper {

	private UpdateMapper() {
	}

	static Optional<Inbound> map(Update update) {
		long updateId = update.getUpdateId();
		if (update.hasMessage()) {
			Message message = update.getMessage();
			return Optional.of(inbound(updateId, message.getChat(), message.getFrom(), payloadOf(message)));
		}
		if (update.hasCallbackQuery()) {
			CallbackQuery query = update.getCallbackQuery();
			if (query.getMessage() == null) {
				return Optional.empty();
			}
			var payload = new InboundPayload.ButtonPress(String.valueOf(query.getData()),
					query.getMessage().getMessageId(), query.getId());
			return Optional.of(inbound(updateId, query.getMessage().getChat(), query.getFrom(), payload));
		}
		if (update.hasEditedMessage()) {
			Message edited = update.getEditedMessage();
			String words = edited.hasText() ? edited.getText() : edited.getCaption();
			return Optional.of(inbound(updateId, edited.getChat(), edited.getFrom(),
					new InboundPayload.Unsupported(Kind.EDITED_MESSAGE, words)));
		}
		if (update.hasChannelPost()) {
			Message post = update.getChannelPost();
			return Optional.of(inbound(updateId, post.getChat(), null, new InboundPayload.Unsupported(Kind.OTHER)));
		}
		if (update.hasMyChatMember()) {
			var change = update.getMyChatMember();
			String status = (change.getNewChatMember() != null) ? change.getNewChatMember().getStatus() : null;
			return Optional.of(inbound(updateId, change.getChat(), change.getFrom(),
					new InboundPayload.Unsupported(Kind.MEMBERSHIP_CHANGE, status)));
		}
		return Optional.empty();
	}

	private static Inbound inbound(long updateId, Chat chat, User from, InboundPayload payload) {
		long userId = (from != null) ? from.getId() : chat.getId();
		String language = (from != null) ? from.getLanguageCode() : null;
		String firstName = (from != null) ? from.getFirstName() : null;
		return new Inbound(updateId, chat.getId(), userId, chatType(chat), language, firstName, payload);
	}

	static InboundPayload payloadOf(Message message) {
		if (message.hasText()) {
			String text = message.getText().strip();
			if (text.startsWith("/") && text.length() > 1) {
				return command(text);
			}
			return new InboundPayload.Text(text);
		}
		String caption = message.getCaption();
		if (message.hasSticker()) {
			return new InboundPayload.Unsupported(Kind.STICKER, message.getSticker().getEmoji());
		}
		if (message.hasPhoto()) {
			return new InboundPayload.Unsupported(Kind.PHOTO, caption);
		}
		if (message.hasVoice()) {
			return new InboundPayload.Unsupported(Kind.VOICE, caption);
		}
		return new InboundPayload.Unsupported(Kind.OTHER, caption);
	}

	private static InboundPayload command(String text) {
		int space = text.indexOf(' ');
		String head = (space < 0) ? text.substring(1) : text.substring(1, space);
		String arguments = (space < 0) ? "" : text.substring(space + 1).strip();
		int at = head.indexOf('@');
		String name = (at < 0) ? head : head.substring(0, at);
		return new InboundPayload.Command(name.toLowerCase(Locale.ROOT), arguments);
	}

	private static ChatType chatType(Chat chat) {
		if (Boolean.TRUE.equals(chat.isUserChat())) {
			return ChatType.PRIVATE;
		}
		if (Boolean.TRUE.equals(chat.isGroupChat()) || Boolean.TRUE.equals(chat.isSuperGroupChat())) {
			return ChatType.GROUP;
		}
		if (Boolean.TRUE.equals(chat.isChannelChat())) {
			return ChatType.CHANNEL;
		}
		return ChatType.OTHER;
	}

}
