package app.tandem.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import app.tandem.chat.Inbound;
import app.tandem.inbox.Inbox;
import app.tandem.store.StoreConnection;

/**
 * Long polling. The library calls {@link #consume(List)} on its polling thread and asks for the next batch (which
 * acknowledges this one to Telegram) only after it returns, so every update is in the inbox's durable store
 * before Telegram forgets it. Starts last and stops first, after the inbox has replayed what an earlier run left.
 * Connecting, and what is done once connected, is {@link PollingConnection}'s.
 * <p>
 * Telegram allows one {@code getUpdates} consumer per bot, so only the instance that holds the {@link PollerLease}
 * polls; it renews the lease every quarter of its time and stops polling at once when a renewal fails or another
 * instance holds it. A clean stop releases the lease, so another instance takes over at its next check; a dead
 * instance's lease runs out and another takes it within the lease time. Instances that stand by still dispatch
 * schedules and the outbox. On the embedded store this process is the store's only user, so it takes the lease
 * whoever held it (a crash's leftover). In webhook mode ({@link WebhookRegistration}) no instance polls.
 */
@Component
class TelegramPolling implements LongPollingUpdateConsumer, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

	private final Inbox inbox;

	private final TelegramProperties properties;

	private final PollingConnection connection;

	private volatile boolean running;

	private final PollerLease lease;

	private final boolean soleUserOfTheStore;

	/** Whether this instance holds the poller lease (and so polls, or is connecting to poll). */
	private volatile boolean leader;

	/** Whether the last lease check found another instance polling, the store reachable. */
	private volatile boolean standingBy;

	private ScheduledExecutorService keeper;

	TelegramPolling(TelegramBotsLongPollingApplication application, TelegramProperties properties,
			TelegramUrl telegramUrl, Inbox inbox, TelegramClient client, CommandMenu menu,
			ConfigurableApplicationContext context, PollerLease lease, StoreConnection store) {
		this.lease = lease;
		this.soleUserOfTheStore = store.embeddedServer().isPresent();
		this.properties = properties;
		this.inbox = inbox;
		this.connection = new PollingConnection(application, properties, telegramUrl, client, menu, context, this);
		// While the rest of the application starts, so the first poll's updates are read at speed.
		Thread preparing = new Thread(LenientGetUpdates::prepareReader, "telegram-prepare-reader");
		preparing.setDaemon(true);
		preparing.start();
	}

	@Override
	public void consume(List<Update> updates) {
		if (!running || !leader) {
			// Stopping, or the lease is lost: leave these unacknowledged, so Telegram delivers them again to
			// whichever instance polls next.
			return;
		}
		List<Inbound> batch = new ArrayList<>(updates.size());
		for (Update update : updates) {
			try {
				UpdateMapper.map(update).ifPresent(batch::add);
			}
			catch (RuntimeException ex) {
				// Never let an exception escape: the library's polling task would stop for good.
				log.error("Could not take in update {}", update.getUpdateId(), ex);
			}
		}
		try {
			inbox.receiveAll(batch);
		}
		catch (RuntimeException ex) {
			log.error("Could not take in a batch of {} update(s)", batch.size(), ex);
		}
	}

	/**
	 * Checks the poller lease now and every quarter of its time; the instance that holds it starts polling in the
	 * background, so Tandem starts (and answers its health check) even when Telegram cannot be reached yet.
	 */
	@Override
	public void start() {
		running = true;
		if (properties.webhook().isEnabled()) {
			return;
		}
		CustomizableThreadFactory threads = new CustomizableThreadFactory("telegram-lease-");
		threads.setDaemon(true);
		keeper = Executors.newSingleThreadScheduledExecutor(threads);
		long every = Math.max(lease.checkEvery().toMillis(), 1);
		keeper.scheduleWithFixedDelay(this::keepLease, 0, every, TimeUnit.MILLISECONDS);
	}

	private void keepLease() {
		if (!running) {
			return;
		}
		boolean held;
		try {
			held = soleUserOfTheStore ? lease.seize() : lease.acquire();
			if (!held && !standingBy) {
				log.info("Another instance polls Telegram; this one stands by and takes over within {} s if that "
						+ "one stops", lease.duration().toSeconds());
			}
			standingBy = !held;
		}
		catch (RuntimeException ex) {
			held = false;
			standingBy = false;
			if (leader) {
				log.warn("Cannot renew the poller lease: the store is unavailable ({})", ex.getClass().getSimpleName());
			}
		}
		if (held && !leader) {
			startPolling();
		}
		else if (!held && leader) {
			stopPolling();
			log.info("Stopped polling Telegram from this instance: its poller lease could not be renewed");
		}
	}

	private void startPolling() {
		leader = true;
		log.info("Polling Telegram from this instance (it holds the poller lease; other instances stand by)");
		try {
			inbox.replayUnhandled();
		}
		catch (RuntimeException ex) {
			log.warn("Updates left unhandled before could not be read now; they are handled when this instance "
					+ "takes over again ({})", ex.getClass().getSimpleName());
		}
		connection.open(() -> running && leader);
	}

	/** Stops polling at once (the lease is lost, or this instance is stopping); the lease is left as it is. */
	private void stopPolling() {
		leader = false;
		connection.close();
	}

	/** How many updates were skipped because they could not be read. */
	long skippedUpdates() {
		return connection.skippedUpdates();
	}

	/** Whether updates are being received from Telegram. */
	boolean isPolling() {
		return connection.isPolling();
	}

	/** Whether another instance polls and this one is ready to take over. */
	boolean isStandingBy() {
		return running && !leader && standingBy;
	}

	/** Stops polling and releases the lease, so another instance takes over at its next check. */
	@Override
	public void stop() {
		running = false;
		if (keeper == null) {
			return;
		}
		// Wait for a lease check under way, so a lease it takes now is released below.
		awaitKeeper();
		boolean wasLeader = leader;
		stopPolling();
		if (wasLeader) {
			try {
				lease.release();
				log.info("Stopped polling Telegram from this instance: stopping; poller lease released for another one");
			}
			catch (RuntimeException ex) {
				log.warn("Stopped polling Telegram from this instance: stopping; the poller lease could not be "
						+ "released and runs out within {} s", lease.duration().toSeconds());
			}
		}
	}

	/**
	 * For tests: this instance stops renewing its lease and stops polling, as a dead process would, without
	 * releasing the lease or saying so.
	 */
	void dieWithoutReleasing() {
		awaitKeeper();
		stopPolling();
	}

	private void awaitKeeper() {
		keeper.shutdown();
		try {
			if (!keeper.awaitTermination(5, TimeUnit.SECONDS)) {
				keeper.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			keeper.shutdownNow();
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return Inbox.PHASE + 100;
	}

}
