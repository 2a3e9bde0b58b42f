package app.tandem.user;

/** A user's profile was created or changed (time zone, check-in time, country). */
public record ProfileChanged(UserProfile profile) {
}
