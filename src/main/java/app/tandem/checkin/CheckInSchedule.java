package app.tandem.checkin;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.tandem.conversation.Recipient;
import app.tandem.conversation.Replies;
import app.tandem.schedule.LocalRule;
import app.tandem.schedule.ScheduleHandler;
import app.tandem.schedule.ScheduledFire;
import app.tandem.schedule.Schedules;
import app.tandem.user.ProfileChanged;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

/**
 * The daily check-in at the user's local time, kept in step with their profile: set up when they finish setup,
 * moved when they change the time or their time zone (it keeps its wall-clock time in the new zone). A check-in due
 * while Tandem was down is sent if it is at most three hours late, and says so; an older one is skipped.
 */
@Component
class CheckInSchedule implements ScheduleHandler {

	static final String KIND = "checkin";

	static final Duration GRACE = Duration.ofHours(3);

	private static final Logger log = LoggerFactory.getLogger(CheckInSchedule.class);

	private final Schedules schedules;

	private final Users users;

	private final Journal journal;

	private final CheckInFlow flow;

	private final Replies replies;

	CheckInSchedule(Schedules schedules, Users users, Journal journal, CheckInFlow flow, Replies replies) {
		this.schedules = schedules;
		this.users = users;
		this.journal = journal;
		this.flow = flow;
		this.replies = replies;
	}

	@EventListener
	void on(ProfileChanged event) {
		UserProfile profile = event.profile();
		if (profile.zone() == null || profile.checkInTime() == null) {
			return;
		}
		LocalTime time = profile.checkInTime();
		schedules.put(KIND + ":" + profile.userId(), profile.userId(), profile.chatId(), KIND, profile.zone(),
				LocalRule.daily(time), Map.of());
		schedules.put(CheckInNudge.KIND + ":" + profile.userId(), profile.userId(), profile.chatId(),
				CheckInNudge.KIND, profile.zone(), LocalRule.daily(time.plus(CheckInNudge.AFTER)), Map.of());
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Duration grace() {
		return GRACE;
	}

	@Override
	public void fire(ScheduledFire fire) {
		fireAll(List.of(fire));
	}

	/** A batch of prompts reads the profiles in one query. */
	@Override
	public void fireAll(List<ScheduledFire> fires) {
		Map<Long, UserProfile> profiles = users.findAll(fires.stream().map(ScheduledFire::userId).toList());
		for (ScheduledFire fire : fires) {
			UserProfile profile = profiles.get(fire.userId());
			if (profile != null) {
				try {
					prompt(fire, profile);
				}
				catch (RuntimeException ex) {
					log.error("Check-in prompt {} failed", fire.scheduleId(), ex);
				}
			}
		}
	}

	private void prompt(ScheduledFire fire, UserProfile profile) {
		if (!profile.isSetUp()) {
			return;
		}
		Recipient to = Recipient.scheduled(fire, profile.language());
		journal.markPrompted(fire.userId(), fire.localDate());
		flow.prompt(to, fire.userId(), fire.localDate(), replies.text(to, fire.isLate() ? "checkin.prompt-late" : "checkin.prompt"));
	}

}
