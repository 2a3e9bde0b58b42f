package app.tandem.safety;

/** Why crisis resources were shown. Recorded with the time only, never with the person's words. */
public enum CrisisTrigger {

	/** They asked: /crisis, /sos or the "Need help now" button. */
	ASKED,
	/** Something they typed was screened as a sign of risk. */
	SCREENED_TEXT,
	/** PHQ-9 item 9 answered above zero. */
	PHQ9_ITEM9,
	/** Low mood in their check-ins. */
	LOW_MOOD

}
