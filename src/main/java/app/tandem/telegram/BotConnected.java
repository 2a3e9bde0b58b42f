package app.tandem.telegram;

/**
 * Tandem is receiving updates from Telegram as the bot with this username (without the {@code @}).
 */
public record BotConnected(String username) {
}
