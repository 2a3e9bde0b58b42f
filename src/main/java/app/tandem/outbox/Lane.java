package app.tandem.outbox;

/**
 * Priority lanes, highest first: a crisis message overtakes everything queued; replies to what someone just did
 * overtake scheduled pings (reminders, check-in prompts); and those overtake digests (weekly summaries), so a
 * Sunday evening of summaries never holds up a dose reminder.
 */
public enum Lane {

	CRISIS, REPLY, SCHEDULED, DIGEST

}
