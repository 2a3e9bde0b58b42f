package app.tandem.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

import app.tandem.store.StoreOutage;

/**
 * The outbox's housekeeping, run every {@code claimEvery} on one thread: writes again the outcomes the store could not
 * take, renews this instance's leases, claims queued messages from the store as the window empties, and now and then
 * sweeps settled entries away.
 */
final class Keeper {

	private static final Logger log = LoggerFactory.getLogger(Keeper.class);

	private static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

	private final OutboxStore store;

	private final SendWindow window;

	private final Outcomes outcomes;

	private final OutboxProperties properties;

	private final Clock clock;

	private final StoreOutage outage;

	private final String owner;

	/** The results of messages left in the store for a claim (shared with the outbox, which adds them). */
	private final Map<String, CompletableFuture<SendResult>> waiting;

	/** Whether the store may hold messages no instance has claimed yet. */
	private volatile boolean moreInStore = true;

	/** When this instance last looked for messages to claim (a test waits for a look it can rely on). */
	private volatile Instant lastClaimAt;

	/** How many messages this instance has claimed from the store since it started. */
	private final AtomicLong claimedSoFar = new AtomicLong();

	/** Only the keeper's thread reads and writes it, as {@link #lastRenewedAt}. */
	private long lastSweep = System.nanoTime();

	/**
	 * When this instance's leases were last renewed, on the clock they are written and judged by; null before the
	 * first renewal.
	 */
	private Instant lastRenewedAt;

	Keeper(OutboxStore store, SendWindow window, Outcomes outcomes, OutboxProperties properties, Clock clock,
			StoreOutage outage, String owner, Map<String, CompletableFuture<SendResult>> waiting) {
		this.store = store;
		this.window = window;
		this.outcomes = outcomes;
		this.properties = properties;
		this.clock = clock;
		this.outage = outage;
		this.owner = owner;
		this.waiting = waiting;
	}

	/** A message was left in the store for a claim: the window was full. */
	void leftInStore() {
		moreInStore = true;
	}

	boolean moreInStore() {
		return moreInStore;
	}

	Instant lastClaimAt() {
		return lastClaimAt;
	}

	long claimedSoFar() {
		return claimedSoFar.get();
	}

	Instant leaseUntil(Instant now) {
		return now.plus(properties.lease());
	}

	/** Retries outcome writes, renews leases, claims queued messages into the window while {@code running}, sweeps. */
	void keep(BooleanSupplier running) {
		try {
			outcomes.retryUnrecorded();
			Instant now = clock.instant();
			renewWhenDue(now);
			fill(now, running);
			if (System.nanoTime() - lastSweep > SWEEP_EVERY.toNanos()) {
				lastSweep = System.nanoTime();
				long swept = store.sweep(now);
				if (swept > 0) {
					log.debug("Swept {} settled outbox entries", swept);
				}
			}
		}
		catch (DataAccessException ex) {
			outage.noticed();
			log.debug("Store unavailable to the outbox keeper; trying again shortly");
		}
		catch (RuntimeException ex) {
			log.error("The outbox keeper failed; trying again shortly", ex);
		}
	}

	/**
	 * Renews this instance's leases a quarter of the way through them rather than on every tick: renewing reads the
	 * whole queue on the embedded store, and a lease of a minute renewed every 15 s still never lapses while the
	 * instance runs.
	 */
	private void renewWhenDue(Instant now) {
		if (lastRenewedAt == null || !now.isBefore(lastRenewedAt.plus(properties.lease().dividedBy(4)))) {
			renew(now);
		}
	}

	/**
	 * Renews this instance's leases as of {@code now}. Also done right before a claim, which takes any lapsed lease:
	 * otherwise a lease of this instance's own that lapsed meanwhile (the store was away longer than a lease, or the
	 * clock jumped) would be claimed again and its message sent twice.
	 */
	private void renew(Instant now) {
		store.renew(owner, leaseUntil(now));
		lastRenewedAt = now;
	}

	/** Tops the window up from the store, once it is at least half empty (see {@link SendWindow#roomToFill()}). */
	private void fill(Instant now, BooleanSupplier running) {
		while (running.getAsBoolean()) {
			int room = window.roomToFill();
			if (room == 0) {
				return;
			}
			if (!now.equals(lastRenewedAt)) {
				renew(now);
			}
			List<OutboxEntry> claimed = store.claim(owner, now, leaseUntil(now), room);
			window.addClaimed(claimed.stream().map(entry -> Envelope.of(entry, waiting.remove(entry.id()))).toList());
			claimedSoFar.addAndGet(claimed.size());
			lastClaimAt = now;
			if (claimed.size() < room) {
				moreInStore = false;
				return;
			}
		}
	}

}
