package app.tandem.outbox;

import app.tandem.chat.OutboundMessage;

/**
 * One message handed to {@link Outbox#sendAll}: the same as the arguments of
 * {@link Outbox#send(long, OutboundMessage, Lane, String, String)}.
 *
 * @param id {@code null} for a random one
 * @param tag {@code null} for none
 */
public record Outgoing(long chatId, OutboundMessage message, Lane lane, String id, String tag) {

}
