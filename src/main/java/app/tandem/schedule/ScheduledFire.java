package app.tandem.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

/**
 * One occurrence of a schedule, handed to its {@link ScheduleHandler}.
 *
 * @param scheduleId the schedule
 * @param userId whose it is
 * @param chatId where to say it
 * @param zone the user's zone when it fired
 * @param dueAt when it was due
 * @param localDate the user's local date it was due on
 * @param lateBy how long after {@code dueAt} it is being handled (zero when on time)
 * @param attributes what the owner stored with the schedule
 */
public record ScheduledFire(String scheduleId, long userId, long chatId, ZoneId zone, Instant dueAt,
		LocalDate localDate, Duration lateBy, Map<String, String> attributes) {

	/** The occurrence's unique key: the schedule and the instant it was due. */
	public String deliveryKey() {
		return scheduleId + "@" + dueAt;
	}

	public boolean isLate() {
		return lateBy.compareTo(Duration.ofMinutes(2)) > 0;
	}

}
