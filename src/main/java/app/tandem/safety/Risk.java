package app.tandem.safety;

/**
 * What the risk screen found in a message: how severe, and what kind of sign. Never carries the words.
 */
public record Risk(RiskTier tier, RiskSignal signal) {

	/** The more severe of two findings; the first wins a tie. */
	Risk orMoreSevere(Risk other) {
		return (other != null && other.tier.isAbove(tier)) ? other : this;
	}

}
