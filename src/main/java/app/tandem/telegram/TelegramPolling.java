package app.tandem.telegram;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import app.tandem.inbox.Inbox;

/**
 * Long polling. The library calls {@link #consume(List)} on its polling thread and asks for the next batch (which
 * acknowledges this one to Telegram) only after it returns, so every update is in the inbox's durable store
 * before Telegram forgets it. Starts last and stops first, after the inbox has replayed what an earlier run left.
 */
@Component
class TelegramPolling implements LongPollingUpdateConsumer, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

	private final TelegramBotsLongPollingApplication application;

	private final TelegramProperties properties;

	private final TelegramUrl telegramUrl;

	private final Inbox inbox;

	private volatile boolean running;

	TelegramPolling(TelegramBotsLongPollingApplication application, TelegramProperties properties,
			TelegramUrl telegramUrl, Inbox inbox) {
		this.application = application;
		this.properties = properties;
		this.telegramUrl = telegramUrl;
		this.inbox = inbox;
	}

	@Override
	public void consume(List<Update> updates) {
		if (!running) {
			// Stopping: leave these unacknowledged, so Telegram delivers them again after the restart.
			return;
		}
		for (Update update : updates) {
			try {
				UpdateMapper.map(update).ifPresent(inbox::receive);
			}
			catch (RuntimeException ex) {
				// Never let an exception escape: the library's polling task would stop for good.
				log.error("Could not take in update {}", update.getUpdateId(), ex);
			}
		}
	}

	@Override
	public void start() {
		try {
			application.registerBot(properties.token(), () -> telegramUrl, new DefaultGetUpdatesGenerator(), this);
			running = true;
			log.info("Polling the Bot API at {}", properties.apiUrl());
		}
		catch (TelegramApiException ex) {
			throw new IllegalStateException("Could not start polling the Bot API", ex);
		}
	}

	@Override
	public void stop() {
		try {
			application.unregisterBot(properties.token());
		}
		catch (TelegramApiException ex) {
			log.warn("Polling was not registered when stopping");
		}
		running = false;
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
