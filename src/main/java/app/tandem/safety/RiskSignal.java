package app.tandem.safety;

/** What kind of risk a screened message suggests. Recorded as the kind only, never with the words. */
public enum RiskSignal {

	SUICIDE, SELF_HARM, OVERDOSE

}
