package app.tandem.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** A one-thread scheduler that runs what it is given as usual and keeps each delay it was asked for, in nanoseconds. */
public final class RecordingScheduler extends ScheduledThreadPoolExecutor {

	private final List<Long> delays = new CopyOnWriteArrayList<>();

	public RecordingScheduler() {
		super(1);
	}

	@Override
	public ScheduledFuture<?> schedule(Runnable task, long delay, TimeUnit unit) {
		delays.add(unit.toNanos(delay));
		return super.schedule(task, delay, unit);
	}

	/** The delays asked for so far, in nanoseconds, in order. */
	public List<Long> delays() {
		return List.copyOf(delays);
	}

}
