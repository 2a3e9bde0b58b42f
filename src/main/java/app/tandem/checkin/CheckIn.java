package app.tandem.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import app.tandem.store.PrivateText;

/**
 * One day in a person's journal: one document per user and local date (its id is both, and a unique index
 * guards the pair). Every answer is its own field, written by its own atomic update, so a partial entry is never
 * overwritten by a stale step. {@code note} and {@code agenda} (topics the person wants to raise at their next
 * appointment, always for the therapist) are {@link PrivateText}: encrypted at rest.
 */
@Document("checkins")
@CompoundIndex(name = "user_date", def = "{'userId': 1, 'date': 1}", unique = true)
public record CheckIn(@Id String id, long userId, LocalDate date, Integer mood, Integer anxiety, Double sleepHours,
		Integer sleepQuality, List<SideEffectReport> sideEffects, Exercise exercise, Boolean mindfulness,
		Boolean social, PrivateText note, Boolean noteForTherapist, List<PrivateText> agenda, Instant promptedAt,
		Instant nudgedAt, Instant startedAt, Instant completedAt, Instant updatedAt) {

	static String idOf(long userId, LocalDate date) {
		return userId + ":" + date;
	}

	/**
	 * The entry with any value no question could have produced left out (a mood of 99, a night of 1e308 hours):
	 * such a value can only come from a forged request or a hand-edited document, and must never break a summary.
	 */
	public CheckIn plausible() {
		return new CheckIn(id, userId, date, within(mood, 0, 10), within(anxiety, 0, 10),
				(sleepHours != null && Double.isFinite(sleepHours) && sleepHours >= 0 && sleepHours <= 24) ? sleepHours
						: null,
				within(sleepQuality, 1, 5), readable(sideEffects), exercise, mindfulness, social,
				(note != null && note.readable()) ? note : null, noteForTherapist,
				(agenda != null) ? agenda.stream().filter(PrivateText::readable).toList() : null, promptedAt, nudgedAt,
				startedAt, completedAt, updatedAt);
	}

	/** Side effects whose words could be read (one that cannot be opened is left out, not shown as blank). */
	private static List<SideEffectReport> readable(List<SideEffectReport> reports) {
		return (reports != null) ? reports.stream().filter(report -> report.effect() != null).toList() : null;
	}

	private static Integer within(Integer value, int min, int max) {
		return (value != null && value >= min && value <= max) ? value : null;
	}

	/** Whether anything was answered (a prompt alone is not an entry). */
	public boolean hasAnswers() {
		return mood != null || anxiety != null || sleepHours != null || sleepQuality != null || sideEffects != null
				|| exercise != null || mindfulness != null || social != null || note != null
				|| (agenda != null && !agenda.isEmpty());
	}

	public List<SideEffectReport> sideEffectsOrEmpty() {
		return (sideEffects != null) ? sideEffects : List.of();
	}

}
