package app.tandem.conversation;

import org.springframework.stereotype.Component;

import app.tandem.user.PersonalData;

/**
 * The open conversation's part of an export or erasure: the answers collected in an unfinished or paused flow.
 */
@Component
class ConversationData implements PersonalData {

	private final Conversations conversations;

	ConversationData(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public String section() {
		return "openConversation";
	}

	@Override
	public Object export(long userId, long chatId) {
		return conversations.stored(chatId).orElse(null);
	}

	@Override
	public void erase(long userId, long chatId) {
		conversations.endAny(chatId);
	}

}
