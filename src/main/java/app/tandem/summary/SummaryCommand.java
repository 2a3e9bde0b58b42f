package app.tandem.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.user.UserProfile;

/**
 * {@code /summary}: the last seven days; {@code /summary 2026-11-02}: Monday to Sunday of that date's week.
 */
@Component
class SummaryCommand implements CommandHandler {

	private final WeeklySummaries summaries;

	private final Replies replies;

	private final Clock clock;

	SummaryCommand(WeeklySummaries summaries, Replies replies, Clock clock) {
		this.summaries = summaries;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public Set<String> commands() {
		return Set.of("summary");
	}

	@Override
	public void handle(Turn turn) {
		UserProfile profile = turn.profile().orElseThrow();
		LocalDate today = LocalDate.now(clock.withZone(profile.zoneOrUtc()));
		String argument = turn.arguments().strip();
		Period period;
		if (argument.isEmpty()) {
			period = Period.weekEnding(today);
		}
		else {
			try {
				LocalDate date = LocalDate.parse(argument);
				if (date.isAfter(today)) {
					replies.say(turn.inbound(), "summary.future");
					return;
				}
				period = Period.weekContaining(date);
			}
			catch (DateTimeParseException ex) {
				replies.say(turn.inbound(), "summary.bad-date");
				return;
			}
		}
		replies.send(turn.inbound(), new OutboundMessage.ChatAction(OutboundMessage.ChatAction.Action.TYPING));
		summaries.send(turn.recipient(), profile, period);
	}

}
