package app.tandem.checkin;

import java.time.LocalDate;

/**
 * A check-in was finished (or finished again after an edit).
 *
 * @param pastDay whether it was filled in for an earlier day (a back-fill with /edit): today's follow-ups, such as
 * low-mood support, are not for it
 */
public record CheckInCompleted(long userId, long chatId, LocalDate date, Integer mood, boolean pastDay) {
}
