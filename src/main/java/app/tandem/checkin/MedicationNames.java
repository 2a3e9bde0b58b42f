package app.tandem.checkin;

import java.util.List;

/**
 * The names of a person's active medications, so a side effect in the check-in can be tied to one. Implemented by
 * the medication module (which depends on this one, not the other way round).
 */
public interface MedicationNames {

	List<String> activeNames(long userId);

}
