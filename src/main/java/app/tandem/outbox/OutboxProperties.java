package app.tandem.outbox;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sending limits and the outbox's patience. Telegram allows about 30 messages a second overall and about one a
 * second per chat.
 *
 * @param globalPerSecond messages per second across all chats
 * @param perChatPerSecond sustained messages per second in one chat
 * @param perChatBurst how many messages a chat may get at once before pacing starts
 * @param initialBackoff wait before the first retry after a 5xx or a timeout, doubled each time
 * @param maxBackoff the longest wait between two retries
 * @param giveUpAfter how long a message is retried through 5xx, timeouts and 429s before it is given up
 * @param window how many messages one instance holds in memory; the rest wait in the store
 * @param lease how long a claimed message stays this instance's without renewal (another instance takes it after)
 * @param claimEvery how often the store is checked for messages to claim and leases are renewed
 * @param callTimeout how long a Bot API call is waited for before a retry is scheduled (the call itself runs on, and
 * an answer that comes before the retry goes out cancels the retry)
 */
@Validated
@ConfigurationProperties("tandem.outbox")
public record OutboxProperties(@DefaultValue("25") @Min(1) int globalPerSecond,
		@DefaultValue("1") @Min(1) int perChatPerSecond, @DefaultValue("3") @Min(1) int perChatBurst,
		@DefaultValue("1s") Duration initialBackoff, @DefaultValue("30s") Duration maxBackoff,
		@DefaultValue("24h") Duration giveUpAfter, @DefaultValue("500") @Min(1) int window,
		@DefaultValue("60s") Duration lease, @DefaultValue("500ms") Duration claimEvery,
		@DefaultValue("30s") Duration callTimeout) {
}
