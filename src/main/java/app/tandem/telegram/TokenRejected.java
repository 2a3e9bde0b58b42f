package app.tandem.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Telegram said the token is not a bot's: retrying cannot help, so Tandem says so once and stops, as a missing token
 * does.
 */
final class TokenRejected {

	private static final Logger log = LoggerFactory.getLogger(TokenRejected.class);

	private static final int UNAUTHORIZED = 401;

	private TokenRejected() {
	}

	/** Whether a Bot API call failed because Telegram rejected the token (the first call, getMe, shows it). */
	static boolean is(Exception ex) {
		return ex instanceof TelegramApiRequestException request && request.getErrorCode() != null
				&& request.getErrorCode() == UNAUTHORIZED;
	}

	/** Stops from a thread of its own, since closing the context stops (and interrupts) the caller's thread. */
	static void stop(ConfigurableApplicationContext context) {
		log.error("Tandem cannot start: Telegram rejected TELEGRAM_BOT_TOKEN (401 Unauthorized) — check it with "
				+ "@BotFather, or create a new one there.");
		Thread stopper = new Thread(() -> System.exit(SpringApplication.exit(context, () -> 1)), "telegram-stop");
		stopper.start();
	}

}
