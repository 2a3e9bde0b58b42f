package app.tandem.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import app.tandem.chat.Inbound;
import app.tandem.inbox.Inbox;

/**
 * Long polling. The library calls {@link #consume(List)} on its polling thread and asks for the next batch (which
 * acknowledges this one to Telegram) only after it returns, so every update is in the inbox's durable store
 * before Telegram forgets it. Starts last and stops first, after the inbox has replayed what an earlier run left.
 * Once connected it sets the command menu and announces {@link BotConnected}; a token Telegram rejects (HTTP 401)
 * stops Tandem with one line, since no retry can fix it.
 */
@Component
class TelegramPolling implements LongPollingUpdateConsumer, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

	private final TelegramBotsLongPollingApplication application;

	private final TelegramProperties properties;

	private final TelegramUrl telegramUrl;

	private final Inbox inbox;

	private final TelegramClient client;

	private final CommandMenu menu;

	private final ApplicationEventPublisher events;

	private final ConfigurableApplicationContext context;

	private static final int UNAUTHORIZED = 401;

	private static final Duration FIRST_RETRY = Duration.ofSeconds(2);

	private static final Duration LAST_RETRY = Duration.ofMinutes(5);

	private volatile boolean running;

	private final AtomicLong skipped = new AtomicLong();

	private volatile boolean polling;

	private Thread connector;

	TelegramPolling(TelegramBotsLongPollingApplication application, TelegramProperties properties,
			TelegramUrl telegramUrl, Inbox inbox, TelegramClient client, CommandMenu menu,
			ConfigurableApplicationContext context) {
		this.application = application;
		this.properties = properties;
		this.telegramUrl = telegramUrl;
		this.inbox = inbox;
		this.client = client;
		this.menu = menu;
		this.events = context;
		this.context = context;
	}

	@Override
	public void consume(List<Update> updates) {
		if (!running) {
			// Stopping: leave these unacknowledged, so Telegram delivers them again after the restart.
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
	 * Starts polling in the background, so Tandem starts (and answers its health check) even when Telegram cannot
	 * be reached yet; it keeps trying with a growing pause and says why in the log.
	 */
	@Override
	public void start() {
		running = true;
		connector = new Thread(this::connect, "telegram-connect");
		connector.setDaemon(true);
		connector.start();
	}

	private void connect() {
		Duration pause = FIRST_RETRY;
		while (running && !polling) {
			try {
				User me = client.execute(new GetMe());
				application.registerBot(properties.token(), () -> telegramUrl, LenientGetUpdates.generator(skipped), this);
				polling = true;
				menu.register();
				events.publishEvent(new BotConnected(me.getUserName()));
			}
			catch (TelegramApiException | RuntimeException ex) {
				if (isUnauthorized(ex)) {
					unregisterQuietly();
					tokenRejected();
					return;
				}
				unregisterQuietly();
				log.error("Cannot reach the Bot API at {} ({}); check TELEGRAM_BOT_TOKEN and the network. "
						+ "Trying again in {} s", properties.apiUrl(), reason(ex), pause.toSeconds());
				try {
					Thread.sleep(pause.toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
				pause = pause.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : pause.multipliedBy(2);
			}
		}
	}

	private static boolean isUnauthorized(Exception ex) {
		// getMe runs first, so a rejected token shows here, with the Bot API's error code.
		return ex instanceof TelegramApiRequestException request && request.getErrorCode() != null
				&& request.getErrorCode() == UNAUTHORIZED;
	}

	/**
	 * Telegram said the token is not a bot's: retrying cannot help, so say so once and stop, as a missing token
	 * does. Stopped from its own thread, since closing the context stops (and interrupts) this connector.
	 */
	private void tokenRejected() {
		log.error("Tandem cannot start: Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized) — check it with "
				+ "@BotFather, or create a new one there.");
		Thread stopper = new Thread(() -> System.exit(SpringApplication.exit(context, () -> 1)), "telegram-stop");
		stopper.start();
	}

	private static String reason(Exception ex) {
		Throwable cause = ex.getCause();
		return (cause == null) ? ex.getMessage() : ex.getMessage() + ": " + cause.getClass().getSimpleName() + " "
				+ cause.getMessage();
	}

	/** How many updates were skipped because they could not be read. */
	long skippedUpdates() {
		return skipped.get();
	}

	/** Whether updates are being received from Telegram. */
	boolean isPolling() {
		return polling;
	}

	@Override
	public void stop() {
		running = false;
		if (connector != null) {
			connector.interrupt();
		}
		if (polling) {
			unregisterQuietly();
			polling = false;
		}
	}

	private void unregisterQuietly() {
		try {
			application.unregisterBot(properties.token());
		}
		catch (TelegramApiException ex) {
			// Not registered: nothing to undo.
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
