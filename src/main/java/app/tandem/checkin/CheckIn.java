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
