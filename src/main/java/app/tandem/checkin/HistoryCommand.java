package app.tandem.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;

/**
 * {@code /history} and {@code /history 30}: the last days as a compact table (date, mood, anxiety, sleep, side
 * effects, a note marker), from one indexed range query.
 */
@Component
class HistoryCommand implements CommandHandler {

	static final int DEFAULT_DAYS = 7;

	static final int MAX_DAYS = 90;

	private final Journal journal;

	private final Replies replies;

	private final Clock clock;

	HistoryCommand(Journal journal, Replies replies, Clock clock) {
		this.journal = journal;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public Set<String> commands() {
		return Set.of("history");
	}

	@Override
	public void handle(Turn turn) {
		int days = DEFAULT_DAYS;
		String arguments = turn.arguments().strip();
		if (!arguments.isEmpty()) {
			try {
				days = Integer.parseInt(arguments);
			}
			catch (NumberFormatException ex) {
				days = -1;
			}
			if (days < 1 || days > MAX_DAYS) {
				replies.say(turn.inbound(), "history.bad-days", MAX_DAYS);
				return;
			}
		}
		LocalDate today = turn.today(clock);
		LocalDate from = today.minusDays(days - 1L);
		Map<LocalDate, CheckIn> entries = journal.between(turn.userId(), from, today)
			.stream()
			.collect(Collectors.toMap(CheckIn::date, Function.identity()));
		if (entries.isEmpty()) {
			replies.say(turn.inbound(), "history.empty", days);
			return;
		}
		HistoryTable table = new HistoryTable((key, args) -> replies.text(turn.inbound(), key, args),
				turn.inbound().locale());
		List<String> rows = from.datesUntil(today.plusDays(1)).map(date -> table.row(date, entries.get(date))).toList();
		replies.say(turn.inbound(), "history.table", days, table.render(rows));
	}

}
