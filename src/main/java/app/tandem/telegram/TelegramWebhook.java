package app.tandem.telegram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.objects.Update;

import app.tandem.chat.Inbound;
import app.tandem.inbox.Inbox;

/**
 * The webhook endpoint (webhook mode only). Telegram posts one update per request with the secret in
 * {@value #SECRET_HEADER}; a request without it, or with another one, gets 401 and nothing is read or stored (the
 * comparison takes the same time however much of the secret is right). The update goes through the same inbox as a
 * polled one: crisis help at once, without the store; then one durable write. Only then is 200 answered, so
 * Telegram forgets only stored updates; while the store is down the update is answered urgently and held in memory,
 * and 503 asks Telegram to send it again (the inbox recognises the repetition by its update id).
 */
@RestController
@ConditionalOnExpression("'${tandem.telegram.webhook.url:}'.trim() != ''")
class TelegramWebhook {

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

	private static final ObjectMapper JSON = new ObjectMapper();

	private final byte[] secret;

	private final Inbox inbox;

	TelegramWebhook(TelegramProperties properties, Inbox inbox) {
		this.secret = properties.webhook().secret().getBytes(StandardCharsets.UTF_8);
		this.inbox = inbox;
	}

	@PostMapping("${tandem.telegram.webhook.path:" + TelegramProperties.Webhook.DEFAULT_PATH + "}")
	ResponseEntity<Void> receive(@RequestHeader(name = SECRET_HEADER, required = false) String givenSecret,
			@RequestBody(required = false) byte[] body) {
		if (givenSecret == null || !MessageDigest.isEqual(secret, givenSecret.getBytes(StandardCharsets.UTF_8))) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		Optional<Inbound> inbound = read(body);
		if (inbound.isEmpty()) {
			return ResponseEntity.ok().build();
		}
		boolean stored = inbox.receiveAll(List.of(inbound.get()));
		return stored ? ResponseEntity.ok().build() : ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
	}

	/** The update in Tandem's terms; empty (and acknowledged) when it is of no concern or cannot be read. */
	private static Optional<Inbound> read(byte[] body) {
		Update update;
		try {
			update = JSON.readValue((body != null) ? body : new byte[0], Update.class);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Skipped a webhook update: Telegram sent it in a form this version cannot read ({})",
					ex.getClass().getSimpleName());
			return Optional.empty();
		}
		try {
			return UpdateMapper.map(update);
		}
		catch (RuntimeException ex) {
			log.error("Could not take in update {}", update.getUpdateId(), ex);
			return Optional.empty();
		}
	}

}
