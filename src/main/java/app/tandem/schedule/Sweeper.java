package app.tandem.schedule;

/**
 * Removes what has outlived its keeping time (the embedded store has no TTL indexes). Every sweeper runs hourly on
 * every instance, with the expired delivery keys; a sweep must be safe to run twice at once.
 */
public interface Sweeper {

	/** Removes what expired by now; returns how many documents were removed or changed. */
	long sweep();

}
