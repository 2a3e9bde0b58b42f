package app.tandem.outbox;

/** Priority lanes, highest first: a crisis message overtakes everything queued. */
public enum Lane {

	CRISIS, REPLY, SCHEDULED

}
