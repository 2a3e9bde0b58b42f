package app.tandem.telegram;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * This instance's long-polling connection to Telegram: in the background, asks who the bot is, then registers it with
 * the long-polling application, sets the command menu and announces {@link BotConnected}; while the Bot API cannot be
 * reached it tries again with a growing pause. A token Telegram rejects (HTTP 401) stops Tandem with one line, since
 * no retry can fix it. Registering and unregistering are guarded against each other, so a connection closed while it
 * is being opened ends unregistered.
 */
final class PollingConnection {

	private static final Logger log = LoggerFactory.getLogger(PollingConnection.class);

	private final TelegramBotsLongPollingApplication application;

	private final TelegramProperties properties;

	private final TelegramUrl telegramUrl;

	private final TelegramClient client;

	private final CommandMenu menu;

	private final ConfigurableApplicationContext context;

	private final LongPollingUpdateConsumer consumer;

	private final AtomicLong skipped = new AtomicLong();

	/** Guards registering and unregistering the bot against a close at the same moment. */
	private final Object registration = new Object();

	private volatile boolean polling;

	private volatile Thread connector;

	PollingConnection(TelegramBotsLongPollingApplication application, TelegramProperties properties,
			TelegramUrl telegramUrl, TelegramClient client, CommandMenu menu, ConfigurableApplicationContext context,
			LongPollingUpdateConsumer consumer) {
		this.application = application;
		this.properties = properties;
		this.telegramUrl = telegramUrl;
		this.client = client;
		this.menu = menu;
		this.context = context;
		this.consumer = consumer;
	}

	/**
	 * Connects in the background for as long as {@code wanted} holds and it is not polling yet.
	 * @param wanted false once this instance should not poll (it is stopping, or lost its lease); it must turn false
	 * before {@link #close()} is called
	 */
	void open(BooleanSupplier wanted) {
		Thread thread = new Thread(() -> connect(wanted), "telegram-connect");
		thread.setDaemon(true);
		connector = thread;
		thread.start();
	}

	/** Stops polling at once, or stops trying to connect. */
	void close() {
		Thread thread = connector;
		if (thread != null) {
			thread.interrupt();
		}
		synchronized (registration) {
			if (polling) {
				unregisterQuietly();
				polling = false;
			}
		}
	}

	/** Whether updates are being received from Telegram. */
	boolean isPolling() {
		return polling;
	}

	/** How many updates were skipped because they could not be read. */
	long skippedUpdates() {
		return skipped.get();
	}

	private void connect(BooleanSupplier wanted) {
		RetryPause pause = new RetryPause();
		while (wanted.getAsBoolean() && !polling) {
			try {
				User me = client.execute(new GetMe());
				synchronized (registration) {
					if (!wanted.getAsBoolean()) {
						return;
					}
					application.registerBot(properties.token(), () -> telegramUrl, LenientGetUpdates.generator(skipped),
							consumer);
					polling = true;
				}
				menu.register();
				context.publishEvent(new BotConnected(me.getUserName()));
			}
			catch (TelegramApiException | RuntimeException ex) {
				if (TokenRejected.is(ex)) {
					unregisterQuietly();
					TokenRejected.stop(context);
					return;
				}
				if (!wanted.getAsBoolean()) {
					return;
				}
				unregisterQuietly();
				log.error("Cannot reach the Bot API at {} ({}); check TELEGRAM_BOT_TOKEN and the network. "
						+ "Trying again in {} s", properties.apiUrl(), RetryPause.reason(ex), pause.seconds());
				if (!pause.await()) {
					return;
				}
			}
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

}
