package app.tandem.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import app.tandem.inbox.Inbox;

/**
 * Webhook mode ({@code TELEGRAM_WEBHOOK_URL}): at start, every instance replays what was received but not handled
 * before (claiming, so nothing is handled twice), then tells Telegram where to post updates ({@code setWebhook}
 * with the secret, the kinds of update Tandem reads and {@code max_connections}), in the background and with
 * back-off, so Tandem starts even when Telegram cannot be reached yet. Every instance sets the same webhook, so
 * whichever starts last changes nothing. A stopping instance leaves the webhook set: the others go on taking
 * updates, and while none runs Telegram keeps them and retries.
 * <p>
 * Long polling ({@link TelegramPolling}) is the default; in webhook mode no instance polls, since Telegram refuses
 * {@code getUpdates} while a webhook is set (and the polling library deletes the webhook when polling starts).
 */
@Component
class WebhookRegistration implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(WebhookRegistration.class);

	/** The kinds of update {@link UpdateMapper} reads; Telegram sends no others. */
	static final List<String> ALLOWED_UPDATES = List.of("message", "edited_message", "callback_query",
			"channel_post", "my_chat_member");

	private final TelegramProperties properties;

	private final TelegramClient client;

	private final CommandMenu menu;

	private final Inbox inbox;

	private final ConfigurableApplicationContext context;

	private volatile boolean running;

	private volatile boolean registered;

	private volatile Thread registrar;

	WebhookRegistration(TelegramProperties properties, TelegramClient client, CommandMenu menu, Inbox inbox,
			ConfigurableApplicationContext context) {
		this.properties = properties;
		this.client = client;
		this.menu = menu;
		this.inbox = inbox;
		this.context = context;
	}

	@Override
	public void start() {
		running = true;
		if (!properties.webhook().isEnabled()) {
			return;
		}
		try {
			inbox.replayUnhandled();
		}
		catch (RuntimeException ex) {
			log.warn("Updates left unhandled before could not be read now; they are handled with the next update of "
					+ "their chat or at the next start ({})", ex.getClass().getSimpleName());
		}
		Thread thread = new Thread(this::register, "telegram-webhook");
		thread.setDaemon(true);
		registrar = thread;
		thread.start();
	}

	private void register() {
		RetryPause pause = new RetryPause();
		TelegramProperties.Webhook webhook = properties.webhook();
		while (running && !registered) {
			try {
				User me = client.execute(new GetMe());
				client.execute(SetWebhook.builder()
					.url(webhook.url())
					.secretToken(webhook.secret())
					.allowedUpdates(ALLOWED_UPDATES)
					.maxConnections(webhook.maxConnections())
					.build());
				registered = true;
				log.info("Taking updates through the webhook (Telegram posts them to {} ; this instance serves {})",
						webhook.url(), webhook.path());
				menu.register();
				context.publishEvent(new BotConnected(me.getUserName()));
			}
			catch (TelegramApiException | RuntimeException ex) {
				if (TokenRejected.is(ex)) {
					TokenRejected.stop(context);
					return;
				}
				if (!running) {
					return;
				}
				log.error("Cannot set the webhook at the Bot API {} ({}); check TELEGRAM_BOT_TOKEN, "
						+ "TELEGRAM_WEBHOOK_URL and the network. Trying again in {} s", properties.apiUrl(),
						RetryPause.reason(ex), pause.seconds());
				if (!pause.await()) {
					return;
				}
			}
		}
	}

	/** Whether Telegram was told to post updates to the webhook. */
	boolean isRegistered() {
		return registered;
	}

	/** Whether Tandem runs in webhook mode. */
	boolean isEnabled() {
		return properties.webhook().isEnabled();
	}

	@Override
	public void stop() {
		running = false;
		Thread thread = registrar;
		if (thread != null) {
			thread.interrupt();
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
