package app.tandem.medication;

/** What became of one scheduled dose. */
public enum DoseStatus {

	/** Reminded, not answered yet. */
	PENDING,
	TAKEN,
	SKIPPED,
	/** Not answered by the end of its window. */
	MISSED,
	/** Due while Tandem could not remind (downtime, or the person had blocked the bot), too long ago to send. */
	NOT_REMINDED

}
