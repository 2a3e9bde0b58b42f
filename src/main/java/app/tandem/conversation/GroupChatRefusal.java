package app.tandem.conversation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.chat.OutboundMessage;
import app.tandem.i18n.Messages;
import app.tandem.inbox.NonPrivateChats;
import app.tandem.outbox.Lane;
import app.tandem.outbox.Outbox;

/**
 * In a group or channel Tandem says once that it works only in a private chat, and leaves. Nothing from the chat
 * is stored: the only memory is which chats were just answered, in memory, so a burst of updates gets one answer.
 */
@Component
class GroupChatRefusal implements NonPrivateChats {

	private static final int REMEMBERED = 1_000;

	private final Outbox outbox;

	private final Messages messages;

	private final Map<Long, Boolean> refused = Collections.synchronizedMap(new LinkedHashMap<>() {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
			return size() > REMEMBERED;
		}
	});

	GroupChatRefusal(Outbox outbox, Messages messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	@Override
	public void refuse(Inbound in) {
		if (refused.put(in.chatId(), Boolean.TRUE) != null) {
			return;
		}
		outbox.send(in.chatId(), new OutboundMessage.Text(messages.get(in.locale(), "group.private-only")),
				Lane.REPLY);
		outbox.send(in.chatId(), new OutboundMessage.LeaveChat(), Lane.REPLY);
	}

}
