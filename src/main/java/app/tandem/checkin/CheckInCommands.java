package app.tandem.checkin;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.chat.Keyboard;
import app.tandem.chat.Keyboard.Button;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;

/**
 * {@code /checkin} (today's check-in now) and {@code /edit} (re-open a recent day's entry).
 */
@Component
class CheckInCommands implements CommandHandler {

	static final int EDITABLE_DAYS = 7;

	private static final String CHANGE = "change";

	private static final String KEEP = "keep";

	private final CheckInFlow flow;

	private final Replies replies;

	private final Clock clock;

	private final Journal journal;

	CheckInCommands(CheckInFlow flow, Replies replies, Clock clock, Journal journal) {
		this.flow = flow;
		this.journal = journal;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public Set<String> commands() {
		return Set.of("checkin", "edit");
	}

	@Override
	public void handle(Turn turn) {
		LocalDate today = turn.today(clock);
		if ("checkin".equals(turn.commandName())) {
			checkIn(turn, today);
			return;
		}
		String arguments = turn.arguments();
		if (arguments.isBlank()) {
			chooseDay(turn, today);
			return;
		}
		try {
			LocalDate date = LocalDate.parse(arguments.strip());
			if (date.isAfter(today) || date.isBefore(today.minusDays(EDITABLE_DAYS - 1))) {
				replies.say(turn.inbound(), "edit.out-of-range", EDITABLE_DAYS);
				return;
			}
			flow.begin(turn, date, replies.text(turn.inbound(), "checkin.editing",
					CheckInRecap.dayLabel(date, turn.inbound().locale())));
		}
		catch (DateTimeParseException ex) {
			replies.say(turn.inbound(), "edit.bad-date");
		}
	}

	/**
	 * Today's check-in; when today's is already done, changing it is a choice the person makes ("Change it" starts
	 * the edit, which {@code /cancel} undoes), never a side effect of tapping a mood.
	 */
	private void checkIn(Turn turn, LocalDate today) {
		String choice = turn.arguments().strip();
		if (choice.equals(KEEP)) {
			replies.say(turn.inbound(), "checkin.already.kept");
			return;
		}
		boolean done = journal.find(turn.userId(), today).map(entry -> entry.completedAt() != null).orElse(false);
		if (done && !choice.equals(CHANGE)) {
			var in = turn.inbound();
			replies.ask(in, Keyboard.of(
					replies.button(in, "checkin.already.change", ButtonData.command("checkin", CHANGE)),
					replies.button(in, "checkin.already.keep", ButtonData.command("checkin", KEEP))), "checkin.already");
			return;
		}
		flow.begin(turn, today, done ? replies.text(turn.inbound(), "checkin.editing",
				CheckInRecap.dayLabel(today, turn.inbound().locale())) : null);
	}

	private void chooseDay(Turn turn, LocalDate today) {
		List<Button> days = new ArrayList<>();
		for (int back = 0; back < EDITABLE_DAYS; back++) {
			LocalDate day = today.minusDays(back);
			days.add(new Button(CheckInRecap.dayLabel(day, turn.inbound().locale()),
					ButtonData.command("edit", day.toString())));
		}
		replies.ask(turn.inbound(), Keyboard.grid(days, 3), "edit.choose");
	}

}
