package app.tandem.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thing that fires at a user's local time.
 *
 * @param id chosen by the owner, e.g. {@code checkin:42}
 * @param userId whose it is
 * @param chatId where it speaks
 * @param kind which {@link ScheduleHandler} handles it
 * @param zone the zone {@code nextFireAt} was computed in
 * @param rule the local rule, as {@link LocalRule#spec()}
 * @param nextFireAt the next occurrence, in UTC
 * @param paused set while the user is unreachable; occurrences pile up and are sent late or recorded missed
 * @param leaseOwner the run that claimed it last (kept when it releases the claim; cleared when the rule changes);
 * with the id a unique key ({@code lease}), so claims and releases (a compare-and-set on both) reach the schedule
 * through an index on the embedded store too
 * @param leaseUntil while the schedule is claimed, when that claim lapses if the instance dies; none when free
 * @param attributes whatever the owner needs when it fires
 * @param failures how many times in a row its handler failed on the occurrence at {@code nextFireAt}
 */
@Document("schedules")
@CompoundIndex(name = "due", def = "{'paused': 1, 'nextFireAt': 1}")
@CompoundIndex(name = "lease", def = "{'_id': 1, 'leaseOwner': 1}", unique = true)
record Schedule(@Id String id, @Indexed long userId, @Indexed long chatId, String kind, ZoneId zone, String rule,
		Instant nextFireAt, boolean paused, String leaseOwner, Instant leaseUntil,
		Map<String, String> attributes, Integer failures) {

	static final String ONCE = "once";

	int failureCount() {
		return (failures != null) ? failures : 0;
	}

	/** The rule, or empty for a one-shot schedule that fires at {@code nextFireAt} only. */
	Optional<LocalRule> localRule() {
		return ONCE.equals(rule) ? Optional.empty() : Optional.of(LocalRule.parse(rule));
	}

}
