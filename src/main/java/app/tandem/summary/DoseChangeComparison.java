package app.tandem.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import app.tandem.checkin.CheckIn;
import app.tandem.medication.DoseChange;

/**
 * The check-ins of the 14 days before a dose change against those of the 14 days from it. A check-in made on the day
 * of the change but before the change was recorded (the morning's check-in, a change told in the afternoon as "from
 * today") was made on the old dose: it counts as before, never as after. A change dated back ("since Monday") counts
 * that whole day as after, as the person said.
 */
record DoseChangeComparison(List<CheckIn> before, List<CheckIn> after) {

	static final int WINDOW_DAYS = 14;

	/** Fewer days with a value than this on either side: too few to compare. */
	static final int MIN_DAYS = 5;

	static DoseChangeComparison of(DoseChange change, List<CheckIn> checkIns, ZoneId zone) {
		LocalDate from = change.from();
		Period beforeWindow = new Period(from.minusDays(WINDOW_DAYS), from.minusDays(1));
		Period afterWindow = new Period(from, from.plusDays(WINDOW_DAYS - 1));
		Instant recordedAt = change.recordedAt();
		boolean toldOnTheDay = recordedAt != null && LocalDate.ofInstant(recordedAt, zone).equals(from);
		List<CheckIn> before = new ArrayList<>();
		List<CheckIn> after = new ArrayList<>();
		for (CheckIn entry : checkIns) {
			if (beforeWindow.contains(entry.date())) {
				before.add(entry);
			}
			else if (afterWindow.contains(entry.date())) {
				boolean madeEarlier = toldOnTheDay && entry.date().equals(from) && madeAt(entry) != null
						&& madeAt(entry).isBefore(recordedAt);
				(madeEarlier ? before : after).add(entry);
			}
		}
		return new DoseChangeComparison(before, after);
	}

	/** When the check-in was begun (its first answer). */
	private static Instant madeAt(CheckIn entry) {
		return (entry.startedAt() != null) ? entry.startedAt()
				: (entry.completedAt() != null) ? entry.completedAt() : entry.updatedAt();
	}

	/** One measure on both sides: its average and the days it rests on. */
	record Side(double sum, int days) {

		static Side of(List<CheckIn> entries, Function<CheckIn, ? extends Number> value) {
			List<Double> values = entries.stream().map(value).filter(Objects::nonNull).map(Number::doubleValue).toList();
			return new Side(values.stream().mapToDouble(Double::doubleValue).sum(), values.size());
		}

		double average() {
			return sum / days;
		}

	}

	Side before(Function<CheckIn, ? extends Number> value) {
		return Side.of(before, value);
	}

	Side after(Function<CheckIn, ? extends Number> value) {
		return Side.of(after, value);
	}

	static boolean comparable(Side before, Side after) {
		return before.days() >= MIN_DAYS && after.days() >= MIN_DAYS;
	}

}
