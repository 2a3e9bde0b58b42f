package app.tandem.medication;

import java.time.LocalDate;

/** A dose change, as the prescriber made it, from the day it applies. Kept forever, never overwritten. */
public record DoseChange(LocalDate from, DoseAmount before, DoseAmount after) {
}
