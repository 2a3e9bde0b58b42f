package app.tandem.checkin;

import java.time.LocalDate;

/** A check-in was finished (or finished again after an edit). */
public record CheckInCompleted(long userId, long chatId, LocalDate date, Integer mood) {
}
