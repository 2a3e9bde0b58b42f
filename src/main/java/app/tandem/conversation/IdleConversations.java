package app.tandem.conversation;

import org.springframework.stereotype.Component;

import app.tandem.schedule.Sweeper;

/**
 * Hourly: closes conversations left idle longer than {@code tandem.conversation.idle-expiry}, so an unfinished
 * draft does not stay in the store when the person never comes back.
 */
@Component
class IdleConversations implements Sweeper {

	private final Conversations conversations;

	IdleConversations(Conversations conversations) {
		this.conversations = conversations;
	}

	@Override
	public long sweep() {
		return conversations.closeIdle();
	}

}
