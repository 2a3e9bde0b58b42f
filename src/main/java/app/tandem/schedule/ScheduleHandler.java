package app.tandem.schedule;

import java.time.Duration;

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

	/** An occurrence that passed while Tandem was down or the user was unreachable, too long ago to send. */
	default void missed(ScheduledFire fire) {
	}

}
