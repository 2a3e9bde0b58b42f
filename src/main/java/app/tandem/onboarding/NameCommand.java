package app.tandem.onboarding;

import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.user.Users;

/**
 * {@code /name Alex}: the name (or initials) on weekly summaries and reports; {@code /name -} leaves it blank.
 */
@Component
class NameCommand implements CommandHandler {

	static final int MAX = 40;

	private final Users users;

	private final Replies replies;

	NameCommand(Users users, Replies replies) {
		this.users = users;
		this.replies = replies;
	}

	@Override
	public Set<String> commands() {
		return Set.of("name");
	}

	@Override
	public void handle(Turn turn) {
		String name = turn.arguments().strip();
		if (name.isEmpty()) {
			String current = turn.profile().map(p -> p.displayName()).filter(n -> n != null && !n.isBlank()).orElse("—");
			replies.say(turn.inbound(), "name.current", Html.escape(current));
			return;
		}
		if (name.length() > MAX) {
			replies.say(turn.inbound(), "name.too-long", MAX);
			return;
		}
		String stored = "-".equals(name) ? "" : name;
		users.changeDisplayName(turn.userId(), stored);
		replies.say(turn.inbound(), stored.isEmpty() ? "name.cleared" : "name.saved", Html.escape(stored));
	}

}
