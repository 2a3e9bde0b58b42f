package app.tandem.checkin;

/**
 * One side effect noted in a check-in.
 *
 * @param effect a key from {@link SideEffects#COMMON}, or the person's own words for "Other"
 * @param severity how bad it was, when they said
 * @param medication the medication they tied it to, when they did
 */
public record SideEffectReport(String effect, Severity severity, String medication) {
}
