package app.tandem.store;

import java.time.Duration;

import org.springframework.stereotype.Component;

/**
 * What the parts that must not wait for a missing store (the inbox taking updates, the outbox queuing messages)
 * know about it: once one of them saw the store fail, all of them skip it for a few seconds instead of each
 * waiting out the driver's server-selection timeout, and try again after.
 */
@Component
public class StoreOutage {

	private static final Duration PAUSE = Duration.ofSeconds(10);

	private volatile long downUntil;

	/** The store just failed or did not answer in time. */
	public void noticed() {
		downUntil = System.nanoTime() + PAUSE.toNanos();
	}

	/** The store answered. */
	public void over() {
		downUntil = 0;
	}

	/** Whether the store failed in the last few seconds, so it is not worth waiting for now. */
	public boolean isOngoing() {
		return System.nanoTime() - downUntil < 0;
	}

}
