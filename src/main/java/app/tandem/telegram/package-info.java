/**
 * The Telegram adapter: the only package that imports {@code org.telegram}. It polls the Bot API, maps each
 * {@code Update} to an {@link app.tandem.chat.Inbound} for the inbox, and carries out the outbox's
 * {@link app.tandem.chat.OutboundMessage}s as Bot API calls. Of several instances on one store, only the one
 * holding the poller lease ({@code PollerLease}) polls.
 */
package app.tandem.telegram;
