package app.tandem.medication;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dose change, as the prescriber made it, from the day it applies. Kept forever, never overwritten.
 *
 * @param from the first day of the new dose (it may be in the past, "since Monday", or the future, "from tomorrow")
 * @param before the dose until then
 * @param after the dose from then
 * @param recordedAt when the person told Tandem (null for changes recorded before this was kept), so a check-in made
 * earlier on the day of the change is not read as one on the new dose
 */
public record DoseChange(LocalDate from, DoseAmount before, DoseAmount after, Instant recordedAt) {

	public DoseChange(LocalDate from, DoseAmount before, DoseAmount after) {
		this(from, before, after, null);
	}

}
