package app.tandem.outbox;

import java.time.Instant;

/**
 * What is kept about one message to a person, without its words: its kind, lane, status and when it was queued.
 * Settled messages (their words already dropped) are kept for two days so a re-run occurrence sends nothing twice.
 */
public record MessageReceipt(String kind, Lane lane, String status, Instant createdAt) {
}
