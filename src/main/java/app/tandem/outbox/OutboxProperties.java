package app.tandem.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sending limits. Telegram allows about 30 messages a second overall and about one a second per chat.
 *
 * @param globalPerSecond messages per second across all chats
 * @param perChatPerSecond sustained messages per second in one chat
 * @param perChatBurst how many messages a chat may get at once before pacing starts
 * @param maxAttempts tries for one message on 5xx and timeouts
 * @param initialBackoff wait before the first retry, doubled each time
 */
@Validated
@ConfigurationProperties("tandem.outbox")
public record OutboxProperties(@DefaultValue("25") @Min(1) int globalPerSecond,
		@DefaultValue("1") @Min(1) int perChatPerSecond, @DefaultValue("3") @Min(1) int perChatBurst,
		@DefaultValue("4") @Min(1) int maxAttempts, @DefaultValue("1s") Duration initialBackoff) {
}
