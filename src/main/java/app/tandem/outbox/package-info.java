/**
 * The one sender. Everything Tandem says goes through {@link app.tandem.outbox.Outbox}: priority lanes (crisis
 * before replies before scheduled pings), a global rate limit and per-chat pacing, retries with backoff, and the
 * Bot API's answers turned into facts (a blocked bot publishes {@link app.tandem.outbox.ChatUnreachable}).
 */
package app.tandem.outbox;
