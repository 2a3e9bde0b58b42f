package app.tandem.safety;

/** What kind of risk a screened message suggests. Recorded as the kind only, never with the words. */
public enum RiskSignal {

	/** Active thoughts of suicide. */
	SUICIDE,
	/** Self-harm, past, present or urged. */
	SELF_HARM,
	/** An overdose intended or asked about. */
	OVERDOSE,
	/** An overdose already taken. */
	OVERDOSE_TAKEN,
	/** A plan, a date, or means at hand (pills saved up, a rope, a bridge). */
	PLAN,
	/** A goodbye. */
	FAREWELL,
	/** Wishing not to wake up, being better off gone, tired of being alive. */
	PASSIVE_IDEATION,
	/** Hopelessness, alone or with intent. */
	HOPELESSNESS,
	/** Words that read like risk to the screen's model, though no rule names the kind: the person is asked. */
	UNNAMED

}
