package app.tandem.safety;

/**
 * How strongly a screened message suggests risk, least to most severe; each tier has its own response.
 */
public enum RiskTier {

	/** Passive thoughts of death, hopelessness, or an ambiguous message: ask directly and kindly, with a line. */
	CONCERN,
	/** Active thoughts of suicide or self-harm: the crisis lines and the safety plan. */
	CRISIS,
	/** An overdose taken, a plan with means or a time, a goodbye, self-harm now: the emergency number first. */
	URGENT;

	public boolean isAbove(RiskTier other) {
		return compareTo(other) > 0;
	}

}
