package app.tandem.store;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After someone's data was erased, makes sure it cannot be read back from the embedded store's file byte-wise:
 * H2 writes changes to new chunks and leaves the old ones in the file, so a removed document stays readable in a
 * hex editor until its chunk is reused. Compaction, keeping no old versions, moves the live data to the front of
 * the file and cuts off the rest, in the background (twice, a moment apart, for writes that came in between). MongoDB and the in-memory store need none of this.
 */
@Component
public class ErasedDataScrubber {

	static final int STEPS = 2;

	static final long STEP_GAP_MILLIS = 200;

	private static final Logger log = LoggerFactory.getLogger(ErasedDataScrubber.class);

	private final DurableH2Backend file;

	private final ScheduledExecutorService worker;

	/** Steps still to run; a new request while scrubbing starts the count again. */
	private final AtomicInteger stepsLeft = new AtomicInteger();

	ErasedDataScrubber(StoreConnection connection) {
		this.file = connection.embeddedServer().flatMap(EmbeddedMongo::fileBackend).orElse(null);
		this.worker = (file == null) ? null : Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "store-scrubber");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Someone's data was just erased: scrub the store file soon. */
	public void afterErasure() {
		if (file != null && stepsLeft.getAndSet(STEPS) == 0) {
			worker.execute(this::step);
		}
	}

	private void step() {
		try {
			file.keepOldVersions(false);
			file.compactOnce();
		}
		catch (RuntimeException ex) {
			log.warn("Could not compact the store file after an erasure; trying again at the next step", ex);
		}
		if (stepsLeft.decrementAndGet() > 0) {
			worker.schedule(this::step, STEP_GAP_MILLIS, TimeUnit.MILLISECONDS);
		}
		else {
			file.keepOldVersions(true);
		}
	}

	@PreDestroy
	void stop() {
		if (worker != null) {
			worker.shutdownNow();
		}
	}

}
