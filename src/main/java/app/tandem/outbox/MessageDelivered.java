package app.tandem.outbox;

/**
 * A tagged message reached the chat; {@code messageId} is Telegram's id for it, when Telegram returns one.
 * Published once the outcome is recorded, also when the message was queued before a restart.
 */
public record MessageDelivered(long chatId, String tag, Integer messageId) {
}
