package app.tandem.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When something fires, in local wall-clock terms: every day, on some weekdays, or every N days from a first day,
 * at one local time. The next firing is computed in the user's zone, so 08:00 stays 08:00 across daylight saving
 * and time-zone changes. A local time that does not exist (spring forward) fires at the first instant after the
 * gap; one that happens twice (fall back) fires once, at the first.
 *
 * @param time the local time of day
 * @param days the weekdays it fires on (all seven for daily)
 * @param everyDays fire every this many days from {@code anchor}; 1 for daily or weekday rules
 * @param anchor the first day of an every-N-days rule
 */
public record LocalRule(LocalTime time, Set<DayOfWeek> days, int everyDays, LocalDate anchor) {

	private static final int SEARCH_DAYS = 800;

	public LocalRule {
		days = days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
		if (everyDays < 1) {
			throw new IllegalArgumentException("everyDays must be at least 1");
		}
	}

	public static LocalRule daily(LocalTime time) {
		return new LocalRule(time, EnumSet.allOf(DayOfWeek.class), 1, null);
	}

	public static LocalRule weekly(Set<DayOfWeek> days, LocalTime time) {
		return new LocalRule(time, days, 1, null);
	}

	public static LocalRule everyDays(int days, LocalDate from, LocalTime time) {
		return new LocalRule(time, EnumSet.allOf(DayOfWeek.class), days, from);
	}

	/** The first firing strictly after {@code after}, in {@code zone}; empty if there is none. */
	public Optional<Instant> nextAfter(Instant after, ZoneId zone) {
		LocalDate date = LocalDate.ofInstant(after, zone).minusDays(1);
		for (int i = 0; i < SEARCH_DAYS; i++, date = date.plusDays(1)) {
			if (firesOn(date)) {
				Instant candidate = instantOf(date, zone);
				if (candidate.isAfter(after)) {
					return Optional.of(candidate);
				}
			}
		}
		return Optional.empty();
	}

	public boolean firesOn(LocalDate date) {
		if (!days.contains(date.getDayOfWeek())) {
			return false;
		}
		return everyDays == 1 || anchor == null
				|| Math.floorMod(ChronoUnit.DAYS.between(anchor, date), (long) everyDays) == 0;
	}

	/** The instant this rule fires on a local date, resolving gaps and overlaps as described above. */
	public Instant instantOf(LocalDate date, ZoneId zone) {
		LocalDateTime local = date.atTime(time);
		var transition = zone.getRules().getTransition(local);
		if (transition != null && transition.isGap()) {
			return transition.getInstant();
		}
		return local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
	}

	/** A compact, stable text form for storage: {@code 08:00 MON,TUE every 1 from -}. */
	public String spec() {
		String dayList = days.stream().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
		return time + " " + dayList + " every " + everyDays + " from " + ((anchor != null) ? anchor : "-");
	}

	public static LocalRule parse(String spec) {
		String[] parts = spec.split(" ");
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String day : parts[1].split(",")) {
			days.add(Arrays.stream(DayOfWeek.values())
				.filter(d -> d.name().startsWith(day.toUpperCase(Locale.ROOT)))
				.findFirst()
				.orElseThrow());
		}
		LocalDate anchor = "-".equals(parts[5]) ? null : LocalDate.parse(parts[5]);
		return new LocalRule(LocalTime.parse(parts[0]), days, Integer.parseInt(parts[3]), anchor);
	}

}
