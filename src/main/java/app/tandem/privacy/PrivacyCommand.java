package app.tandem.privacy;

import java.time.Period;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.checkin.CheckInRetentionProperties;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.ConversationProperties;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.inbox.InboxProperties;

/**
 * {@code /privacy}: what Tandem stores, where, for how long (as this instance is configured), who can see it, and
 * how to get a copy or erase it. Open to anyone, before consent too.
 */
@Component
class PrivacyCommand implements CommandHandler {

	private final Replies replies;

	private final ConversationProperties conversations;

	private final InboxProperties inbox;

	private final CheckInRetentionProperties retention;

	PrivacyCommand(Replies replies, ConversationProperties conversations, InboxProperties inbox,
			CheckInRetentionProperties retention) {
		this.replies = replies;
		this.conversations = conversations;
		this.inbox = inbox;
		this.retention = retention;
	}

	@Override
	public Set<String> commands() {
		return Set.of("privacy");
	}

	@Override
	public boolean needsConsent() {
		return false;
	}

	@Override
	public void handle(Turn turn) {
		var in = turn.inbound();
		Period checkins = retention.checkins();
		String kept = (checkins == null) ? replies.text(in, "privacy.kept-until-deleted")
				: replies.text(in, "privacy.kept-for", checkins.toTotalMonths(), checkins.getDays());
		replies.say(in, "privacy.text", kept, conversations.idleExpiry().toHours(), inbox.retention().toDays());
	}

}
