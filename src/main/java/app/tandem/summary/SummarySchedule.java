package app.tandem.summary;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.tandem.conversation.Recipient;
import app.tandem.outbox.Lane;
import app.tandem.schedule.LocalRule;
import app.tandem.schedule.ScheduleHandler;
import app.tandem.schedule.ScheduledFire;
import app.tandem.schedule.Schedules;
import app.tandem.user.ProfileChanged;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

/**
 * The weekly summary at the person's chosen day and local time (Sunday 18:00 unless they chose otherwise),
 * covering the seven days up to that day. It follows them across time-zone changes like every schedule.
 */
@Component
class SummarySchedule implements ScheduleHandler {

	static final String KIND = "summary";

	private final Schedules schedules;

	private final Users users;

	private final WeeklySummaries summaries;

	SummarySchedule(Schedules schedules, Users users, WeeklySummaries summaries) {
		this.schedules = schedules;
		this.users = users;
		this.summaries = summaries;
	}

	@EventListener
	void on(ProfileChanged event) {
		UserProfile profile = event.profile();
		if (profile.zone() == null || !profile.isSetUp()) {
			return;
		}
		schedules.put(KIND + ":" + profile.userId(), profile.userId(), profile.chatId(), KIND, profile.zone(),
				LocalRule.weekly(EnumSet.of(profile.summaryDayOrDefault()), profile.summaryTimeOrDefault()), Map.of());
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Duration grace() {
		return Duration.ofHours(12);
	}

	@Override
	public boolean isSlow() {
		return true;
	}

	@Override
	public void fire(ScheduledFire fire) {
		users.find(fire.userId())
			.filter(UserProfile::isSetUp)
			.ifPresent(profile -> summaries.send(Recipient.scheduled(fire, profile.language()).onLane(Lane.DIGEST), profile,
					Period.weekEnding(fire.localDate())));
	}

}
