package app.tandem.checkin;

import java.time.Duration;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import app.tandem.conversation.Conversations;
import app.tandem.conversation.Recipients;
import app.tandem.conversation.Replies;
import app.tandem.schedule.ScheduleHandler;
import app.tandem.schedule.ScheduledFire;

/**
 * One gentle nudge two hours after the check-in prompt, only if it was not started, and never twice for a day.
 */
@Component
class CheckInNudge implements ScheduleHandler {

	static final String KIND = "checkin-nudge";

	static final Duration AFTER = Duration.ofHours(2);

	private final Journal journal;

	private final Conversations conversations;

	private final Recipients recipients;

	private final Replies replies;

	CheckInNudge(Journal journal, Conversations conversations, Recipients recipients, Replies replies) {
		this.journal = journal;
		this.conversations = conversations;
		this.recipients = recipients;
		this.replies = replies;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Duration grace() {
		return Duration.ofHours(1);
	}

	@Override
	public void fire(ScheduledFire fire) {
		LocalDate promptDate = fire.dueAt().minus(AFTER).atZone(fire.zone()).toLocalDate();
		boolean stillAtFirstQuestion = conversations.current(fire.chatId())
			.filter(state -> state.isAt(CheckInStep.FLOW, CheckInStep.MOOD.id()))
			.filter(state -> promptDate.toString().equals(state.draft("date")))
			.isPresent();
		if (stillAtFirstQuestion && journal.markNudged(fire.userId(), promptDate)) {
			replies.say(recipients.scheduled(fire), "checkin.nudge");
		}
	}

}
