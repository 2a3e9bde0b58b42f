package app.tandem.outbox;

import java.time.Instant;

/** Telegram refused a message because the user blocked Tandem or deleted the chat. */
public record ChatUnreachable(long chatId, Instant at) {
}
