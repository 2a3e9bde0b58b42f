package app.tandem.telegram;

import java.time.Duration;

/** The pause before trying the Bot API again: two seconds, doubling each time, five minutes at most. */
final class RetryPause {

	private static final Duration FIRST = Duration.ofSeconds(2);

	private static final Duration LAST = Duration.ofMinutes(5);

	private Duration pause = FIRST;

	/** What went wrong, with its cause, in one line: for the log line that announces the pause. */
	static String reason(Exception ex) {
		Throwable cause = ex.getCause();
		return (cause == null) ? ex.getMessage() : ex.getMessage() + ": " + cause.getClass().getSimpleName() + " "
				+ cause.getMessage();
	}

	/** The coming pause, in seconds, for the log line that announces it. */
	long seconds() {
		return pause.toSeconds();
	}

	/**
	 * Waits the pause, then makes the next one longer.
	 * @return false if the thread was interrupted while waiting (its interrupt status is set again)
	 */
	boolean await() {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		pause = pause.multipliedBy(2).compareTo(LAST) > 0 ? LAST : pause.multipliedBy(2);
		return true;
	}

}
