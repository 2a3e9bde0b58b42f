package app.tandem.outbox;

/** A tagged message will not reach the chat, for the reason given. */
public record MessageNotDelivered(long chatId, String tag, SendResult.Reason reason) {
}
