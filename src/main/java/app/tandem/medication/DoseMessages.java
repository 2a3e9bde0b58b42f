package app.tandem.medication;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.chat.Keyboard.Button;
import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.Recipient;
import app.tandem.conversation.Replies;
import app.tandem.i18n.Wording;
import app.tandem.outbox.MessageDelivered;
import app.tandem.outbox.MessageNotDelivered;
import app.tandem.outbox.SendResult;

/**
 * The reminder message: one line per medication due at that minute, each with Taken / Snooze / Skip, and
 * "All taken" when there are several. Redrawn in place as doses are answered or recorded missed.
 */
@Component
class DoseMessages {

	static final String PREFIX = "dose";

	/** Tags a reminder with its doses, so the outcome (its message id, or an unreachable chat) is recorded on them. */
	private static final String TAG = "dose-reminder:";

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	private final Replies replies;

	private final DoseLog doses;

	DoseMessages(Replies replies, DoseLog doses) {
		this.replies = replies;
		this.doses = doses;
	}

	/** Sends a reminder for these doses; remembers its message id, or records them not reminded if blocked. */
	void remind(Recipient to, List<Due> due, LocalTime slot, ZoneId zone, String headerKey) {
		remindAll(List.of(reminder(to, due, slot, zone, headerKey)));
	}

	/**
	 * The reminder for these doses, tagged so that, once sent, its message id is remembered on them, or they are
	 * recorded not reminded if the chat is blocked.
	 */
	Replies.Tagged reminder(Recipient to, List<Due> due, LocalTime slot, ZoneId zone, String headerKey) {
		String text = render(to, due, slot, zone, headerKey);
		String tag = TAG + String.join(",", due.stream().map(d -> d.record().id()).toList());
		return new Replies.Tagged(to, new OutboundMessage.Text(text, keyboard(to, due)), tag);
	}

	/** Sends reminders, all in one hand-off to the outbox (one write to the store); returns once they are stored. */
	void remindAll(List<Replies.Tagged> reminders) {
		replies.sendAll(reminders);
	}

	@EventListener
	void on(MessageDelivered event) {
		if (event.tag().startsWith(TAG) && event.messageId() != null) {
			doses.setMessage(idsIn(event.tag()), event.messageId());
		}
	}

	@EventListener
	void on(MessageNotDelivered event) {
		if (event.tag().startsWith(TAG) && event.reason() == SendResult.Reason.UNREACHABLE) {
			doses.markNotReminded(idsIn(event.tag()));
		}
	}

	private static List<String> idsIn(String tag) {
		return List.of(tag.substring(TAG.length()).split(","));
	}

	/** Redraws a reminder after an answer, from the current state of its doses. */
	void refresh(Recipient to, int messageId, List<Due> due, LocalTime slot, ZoneId zone) {
		replies.send(to, new OutboundMessage.EditText(messageId, render(to, due, slot, zone, "med.remind"),
				keyboard(to, due)));
	}

	private String render(Recipient to, List<Due> due, LocalTime slot, ZoneId zone, String headerKey) {
		List<String> lines = new ArrayList<>();
		if (due.size() == 1 && due.get(0).record().status() == DoseStatus.PENDING && !"med.remind-late".equals(headerKey)) {
			lines.add(replies.text(to, headerKey + ".one", Html.escape(due.get(0).label(replies.words(to)))));
		}
		else {
			lines.add(replies.text(to, headerKey, HH_MM.format(slot)));
			due.forEach(d -> lines.add("• " + Html.escape(d.label(replies.words(to))) + status(to, d.record(), zone)));
		}
		return String.join("\n", lines);
	}

	private String status(Recipient to, DoseRecord record, ZoneId zone) {
		return switch (record.status()) {
			case TAKEN -> replies.text(to, "med.status.taken", HH_MM.format(record.takenAt().atZone(zone)));
			case SKIPPED -> replies.text(to, "med.status.skipped");
			case MISSED, NOT_REMINDED -> replies.text(to, "med.status.missed");
			case PENDING -> "";
		};
	}

	private Keyboard keyboard(Recipient to, List<Due> due) {
		List<List<Button>> rows = new ArrayList<>();
		List<Due> open = due.stream()
			.filter(d -> d.record().status() != DoseStatus.TAKEN && d.record().status() != DoseStatus.SKIPPED)
			.toList();
		for (Due d : open) {
			String id = d.record().id();
			String taken = (due.size() == 1) ? replies.text(to, "med.button.taken")
					: "✅ " + d.medication().displayName();
			if (d.record().status() == DoseStatus.PENDING) {
				rows.add(List.of(new Button(taken, data("t", id)),
						new Button(replies.text(to, "med.button.snooze"), data("z", id)),
						new Button(replies.text(to, "med.button.skip"), data("s", id))));
			}
			else {
				rows.add(List.of(new Button(taken, data("t", id))));
			}
		}
		if (open.size() > 1) {
			DoseRecord first = open.get(0).record();
			rows.add(List.of(new Button(replies.text(to, "med.button.all-taken"),
					data("all", first.userId() + "@" + first.dueAt().getEpochSecond()))));
		}
		return new Keyboard(rows);
	}

	static String data(String action, String argument) {
		return PREFIX + ":" + action + ":" + argument;
	}

	/** A dose with its medication. */
	record Due(Medication medication, DoseRecord record) {

		/** The medication with the dose of that day (a dose change may start only tomorrow). */
		String label(Wording words) {
			return medication.labelOn(record.localDate(), words);
		}

		static List<Due> of(List<DoseRecord> records, List<Medication> medications) {
			Map<String, Medication> byId = medications.stream()
				.collect(Collectors.toMap(Medication::id, Function.identity()));
			return records.stream()
				.filter(record -> byId.containsKey(record.medicationId()))
				.map(record -> new Due(byId.get(record.medicationId()), record))
				.toList();
		}

	}

}
