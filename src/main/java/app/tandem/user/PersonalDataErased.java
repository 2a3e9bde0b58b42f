package app.tandem.user;

/** Everything Tandem stored about a person was erased at their request. */
public record PersonalDataErased(long userId, long chatId) {
}
