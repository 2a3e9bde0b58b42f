package app.tandem.checkin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.chat.Inbound;
import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.Replies;
import app.tandem.i18n.LocalFormats;

/**
 * The one-message recap at the end of a check-in, with an Edit button and a short, kind line: no streaks, no
 * judgement on a hard day.
 */
@Component
class CheckInRecap {

	private static final int ENCOURAGEMENTS = 4;

	private final Replies replies;

	CheckInRecap(Replies replies) {
		this.replies = replies;
	}

	void send(Inbound in, CheckIn entry, boolean pastDay) {
		List<String> lines = new ArrayList<>();
		lines.add(replies.text(in, "checkin.recap.title", dayLabel(entry.date(), in.locale())));
		List<String> feelings = new ArrayList<>();
		if (entry.mood() != null) {
			feelings.add(replies.text(in, "checkin.recap.mood", entry.mood()));
		}
		if (entry.anxiety() != null) {
			feelings.add(replies.text(in, "checkin.recap.anxiety", entry.anxiety()));
		}
		addJoined(lines, feelings);
		List<String> sleep = new ArrayList<>();
		if (entry.sleepHours() != null) {
			sleep.add(replies.text(in, "checkin.recap.sleep", entry.sleepHours()));
		}
		if (entry.sleepQuality() != null) {
			sleep.add(replies.text(in, "checkin.recap.sleep-quality", entry.sleepQuality()));
		}
		addJoined(lines, sleep);
		if (entry.sideEffects() != null) {
			lines.add(entry.sideEffects().isEmpty() ? replies.text(in, "checkin.recap.no-side-effects")
					: replies.text(in, "checkin.recap.side-effects", sideEffects(in, entry)));
		}
		List<String> lifestyle = new ArrayList<>();
		if (entry.exercise() != null) {
			lifestyle.add(replies.text(in, "checkin.recap.exercise." + entry.exercise().name().toLowerCase(Locale.ROOT)));
		}
		if (entry.mindfulness() != null) {
			lifestyle.add(replies.text(in, "checkin.recap.mindfulness", mark(entry.mindfulness())));
		}
		if (entry.social() != null) {
			lifestyle.add(replies.text(in, "checkin.recap.social", mark(entry.social())));
		}
		addJoined(lines, lifestyle);
		if (entry.note() != null) {
			lines.add(replies.text(in, Boolean.TRUE.equals(entry.noteForTherapist()) ? "checkin.recap.note-therapist"
					: "checkin.recap.note"));
		}
		lines.add("");
		lines.add(pastDay ? replies.text(in, "checkin.encourage.past") : encouragement(in, entry));
		Keyboard edit = Keyboard.of(replies.button(in, "checkin.recap.edit", ButtonData.command("edit",
				entry.date().toString())));
		replies.send(in, new OutboundMessage.Text(String.join("\n", lines), edit));
	}

	private String sideEffects(Inbound in, CheckIn entry) {
		return entry.sideEffects().stream().map(report -> {
			String name = SideEffects.isCommon(report.effect()) ? replies.text(in, "side-effect." + report.effect())
					: Html.escape(report.effect());
			return (report.severity() == null) ? name
					: name + " (" + replies.text(in, "checkin.severity." + report.severity().name()
						.toLowerCase(Locale.ROOT)).toLowerCase(in.locale()) + ")";
		}).collect(Collectors.joining(", "));
	}

	private String encouragement(Inbound in, CheckIn entry) {
		if (entry.mood() != null && entry.mood() <= 3) {
			return replies.text(in, "checkin.encourage.hard-day");
		}
		return replies.text(in, "checkin.encourage." + (entry.date().getDayOfYear() % ENCOURAGEMENTS));
	}

	static String dayLabel(LocalDate date, Locale locale) {
		return LocalFormats.day(date, locale);
	}

	private static String mark(boolean yes) {
		return yes ? "✓" : "✗";
	}

	private static void addJoined(List<String> lines, List<String> parts) {
		if (!parts.isEmpty()) {
			lines.add(String.join(" · ", parts));
		}
	}

}
