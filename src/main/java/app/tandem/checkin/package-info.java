/**
 * The daily check-in and the journal it keeps: one short conversation a day at the user's local time (mood,
 * anxiety, sleep, side effects, lifestyle, a note), one entry per user and local date, written field by field with
 * atomic updates; {@code /checkin}, {@code /history} and {@code /edit}.
 */
package app.tandem.checkin;
