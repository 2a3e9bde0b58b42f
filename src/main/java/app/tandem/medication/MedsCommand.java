package app.tandem.medication;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.chat.Inbound;
import app.tandem.chat.Keyboard.Button;
import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.i18n.LocalFormats;

/**
 * {@code /meds}: the person's medications with their schedules, each with a button to manage it, and one to add
 * another.
 */
@Component
class MedsCommand implements CommandHandler {

	private final Medications medications;

	private final Replies replies;

	private final Clock clock;

	MedsCommand(Medications medications, Replies replies, Clock clock) {
		this.medications = medications;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public Set<String> commands() {
		return Set.of("meds");
	}

	@Override
	public void handle(Turn turn) {
		List<Medication> current = medications.current(turn.userId());
		Inbound in = turn.inbound();
		List<List<Button>> rows = new ArrayList<>();
		current.forEach(medication -> rows.add(List.of(
				new Button("✏️ " + medication.displayName(), "med:menu:" + medication.id()))));
		rows.add(List.of(replies.button(in, "med.list.add", ButtonData.command("addmed"))));
		if (current.isEmpty()) {
			replies.send(in, new OutboundMessage.Text(replies.text(in, "med.list.empty"), new Keyboard(rows)));
			return;
		}
		List<String> lines = new ArrayList<>();
		lines.add(replies.text(in, "med.list.title"));
		for (Medication medication : current) {
			String line = "• <b>" + Html.escape(medication.labelOn(turn.today(clock), replies.words(in))) + "</b> — " + schedule(replies, in, medication);
			if (medication.status() == MedicationStatus.PAUSED) {
				line += " " + replies.text(in, "med.list.paused");
			}
			if (medication.pillsOnHand() != null) {
				line += " · " + replies.text(in, "med.list.left", medication.pillsOnHand().intValue());
			}
			lines.add(line);
		}
		lines.add("");
		lines.add(replies.text(in, "med.list.footer"));
		replies.send(in, new OutboundMessage.Text(String.join("\n", lines), new Keyboard(rows)));
	}

	/** "08:00 and 20:00, every day" / "08:00, Mon, Wed" / "as needed". */
	static String schedule(Replies replies, Inbound in, Medication medication) {
		if (medication.isAsNeeded()) {
			return replies.text(in, "med.schedule.prn");
		}
		String times = medication.times().stream().map(LocalTime::toString).collect(Collectors.joining(", "));
		if (medication.everyDays() > 1) {
			return replies.text(in, "med.schedule.every", times, medication.everyDays());
		}
		if (medication.days().size() == 7) {
			return replies.text(in, "med.schedule.daily", times);
		}
		String days = medication.days()
			.stream()
			.sorted()
			.map(day -> LocalFormats.weekday(day, in.locale()))
			.collect(Collectors.joining(", "));
		return replies.text(in, "med.schedule.days", times, days);
	}

}
