package app.tandem.checkin;

/** How bad a side effect was. */
public enum Severity {

	MILD, MODERATE, SEVERE

}
