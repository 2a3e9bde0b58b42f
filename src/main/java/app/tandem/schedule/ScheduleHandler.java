package app.tandem.schedule;

import java.time.Duration;
import java.util.List;


/**
 * What happens when a schedule of one kind fires. Each occurrence reaches {@link #fire} or {@link #missed} until one
 * of them returns normally (at least once, and again after a crash or a failure), whatever the restarts or the
 * number of instances.
 */
public interface ScheduleHandler {

	/** The kind of schedule handled, e.g. {@code checkin}. */
	String kind();

	/** How late an occurrence may still be sent (after downtime); older ones are {@link #missed}. */
	Duration grace();

	void fire(ScheduledFire fire);

	/**
	 * Fires a batch of on-time occurrences of this kind. Handlers that can read what they need for a whole batch in
	 * a few queries override this; by default each fires on its own. If it throws, the occurrences are fired one by
	 * one with {@link #fire}, and those that fail stay due; so firing an occurrence twice must be harmless (messages
	 * sent to a {@code Recipient} of the occurrence are queued once).
	 */
	default void fireAll(List<ScheduledFire> fires) {
		fires.forEach(this::fire);
	}

	/** Whether firing takes long (drawing charts): such kinds run on their own worker, after nothing else. */
	default boolean isSlow() {
		return false;
	}

	/** An occurrence that passed while Tandem was down or the user was unreachable, too long ago to send. */
	default void missed(ScheduledFire fire) {
	}

}
