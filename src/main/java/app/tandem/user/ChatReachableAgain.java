package app.tandem.user;

/** Someone Telegram could not reach wrote again: their schedules resume. */
public record ChatReachableAgain(long userId) {
}
