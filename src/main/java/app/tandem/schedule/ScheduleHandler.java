package app.tandem.schedule;

import java.time.Duration;
import java.util.List;

import org.slf4j.LoggerFactory;

/**
 * What happens when a schedule of one kind fires. Each occurrence reaches exactly one of {@link #fire} or
 * {@link #missed}, at most once, whatever the restarts or the number of instances.
 */
public interface ScheduleHandler {

	/** The kind of schedule handled, e.g. {@code checkin}. */
	String kind();

	/** How late an occurrence may still be sent (after downtime); older ones are {@link #missed}. */
	Duration grace();

	void fire(ScheduledFire fire);

	/**
	 * Fires a batch of on-time occurrences of this kind. Handlers that can read what they need for a whole batch in
	 * a few queries override this; by default each fires on its own.
	 */
	default void fireAll(List<ScheduledFire> fires) {
		for (ScheduledFire fire : fires) {
			try {
				fire(fire);
			}
			catch (RuntimeException ex) {
				LoggerFactory.getLogger(getClass())
					.error("Schedule {} failed for its occurrence at {}", fire.scheduleId(), fire.dueAt(), ex);
			}
		}
	}

	/** An occurrence that passed while Tandem was down or the user was unreachable, too long ago to send. */
	default void missed(ScheduledFire fire) {
	}

}
