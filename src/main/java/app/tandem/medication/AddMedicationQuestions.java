package app.tandem.medication;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.chat.Keyboard;
import app.tandem.chat.Keyboard.Button;
import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.i18n.LocalFormats;

/** The questions of {@link AddMedicationFlow} that come with buttons, each button's data naming its step. */
@Component
class AddMedicationQuestions {

	/** The button under "At bedtime — 22:00?" for another time: the usual times question. */
	static final String OTHER_TIME = "other";

	private final Replies replies;

	AddMedicationQuestions(Replies replies) {
		this.replies = replies;
	}

	/** When it is taken: fitted to "twice a day" (which two times?) or "at bedtime" (22:00?), else every choice. */
	void times(Turn turn, String often) {
		if (MedicationInput.Often.TWICE.name().equals(often)) {
			replies.ask(turn.inbound(), Keyboard.of(button(turn, "med.add.times.twice", "times", "08:00_20:00"),
					button(turn, "med.add.times.twice-later", "times", "09:00_21:00")), "med.add.times-twice");
			return;
		}
		if (MedicationInput.Often.BEDTIME.name().equals(often)) {
			replies.ask(turn.inbound(), Keyboard.of(button(turn, "med.add.times.bedtime-yes", "times", "22:00"),
					button(turn, "med.add.times.other", "times", OTHER_TIME)), "med.add.times-bedtime");
			return;
		}
		replies.ask(turn.inbound(), new Keyboard(List.of(
				List.of(button(turn, "med.add.times.morning", "times", "08:00"),
						button(turn, "med.add.times.evening", "times", "20:00")),
				List.of(button(turn, "med.add.times.twice", "times", "08:00_20:00"),
						button(turn, "med.add.times.bedtime", "times", "22:00")),
				List.of(button(turn, "med.add.times.prn", "times", "prn")))), "med.add.times");
	}

	/** Which days: every day, some weekdays, or every few days. */
	void days(Turn turn) {
		replies.ask(turn.inbound(),
				Keyboard.column(List.of(button(turn, "med.add.days.daily", "days", "daily"),
						button(turn, "med.add.days.weekdays", "days", "weekdays"),
						button(turn, "med.add.days.every", "days", "every"))),
				"med.add.days");
	}

	/** The days of the week to choose, those chosen ticked; a tap edits the same message's keyboard. */
	void weekdays(Turn turn, Set<DayOfWeek> chosen, Integer messageId) {
		List<Button> days = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			String label = LocalFormats.weekday(day, turn.inbound().locale());
			days.add(new Button(chosen.contains(day) ? "✓ " + label : label,
					ButtonData.of(AddMedicationFlow.FLOW, "weekdays", day.name())));
		}
		Keyboard keyboard = Keyboard.grid(days, 4).withRow(button(turn, "button.done", "weekdays", "done"));
		if (messageId == null) {
			replies.ask(turn.inbound(), keyboard, "med.add.weekdays");
		}
		else {
			replies.send(turn.inbound(), new OutboundMessage.EditKeyboard(messageId, keyboard));
		}
	}

	/** The pills on hand, for refill reminders; may be skipped. */
	void pills(Turn turn) {
		replies.ask(turn.inbound(), Keyboard.of(button(turn, "button.skip", "pills", "skip")), "med.add.pills");
	}

	/** How many pills one dose is, after the pills on hand. */
	void perDose(Turn turn) {
		replies.ask(turn.inbound(), Keyboard.of(button(turn, "med.add.one", "perdose", "1"),
				button(turn, "med.add.two", "perdose", "2"), button(turn, "med.add.half", "perdose", "0.5")),
				"med.add.perdose");
	}

	private Button button(Turn turn, String labelKey, String step, String value) {
		return replies.button(turn.inbound(), labelKey, ButtonData.of(AddMedicationFlow.FLOW, step, value));
	}

}
