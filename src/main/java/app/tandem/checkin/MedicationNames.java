package app.tandem.checkin;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The names of a person's active medications, so a side effect in the check-in can be tied to one. Implemented by
 * the medication module (which depends on this one, not the other way round).
 */
public interface MedicationNames {

	List<String> activeNames(long userId);

	/** The names of several people's active medications, by person; a person without any may be left out. */
	default Map<Long, List<String>> activeNamesOf(Collection<Long> userIds) {
		return userIds.stream().distinct().collect(Collectors.toMap(Function.identity(), this::activeNames));
	}

}
