package app.tandem.medication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

import app.tandem.store.PrivateText;

/**
 * One dose: a scheduled occurrence (its id is the medication and the due instant, so it exists once) or an
 * as-needed dose logged with {@code /took}.
 *
 * @param id {@code medicationId@dueAt}
 * @param userId whose
 * @param medicationId which medication
 * @param dueAt when it was due (for as-needed doses, when it was taken)
 * @param localDate the person's local date it was due on
 * @param status what became of it
 * @param takenAt when it was taken, as pressed or as corrected
 * @param skipReasonText why it was skipped, when they said (stored encrypted as {@code skipReason})
 * @param sideEffectTexts side effects noted with it (stored encrypted as {@code sideEffects})
 * @param messageId the reminder message, so it can be updated
 * @param followedUp whether the one follow-up was sent
 * @param late whether the reminder went out late (after downtime)
 * @param asNeeded whether it was an as-needed dose
 * @param count how many doses were taken at once ({@code /took lorazepam 2}); null for one
 * @param takenBy the update of the message ({@code /took}) that recorded it taken, so the same message handled again
 * after a crash finds this dose instead of taking another; null when no message did (a button, a dose still open,
 * a record written before it was kept). Mapped, so a record written whole keeps it; bookkeeping, not the person's
 * data, so it is left out of their export as before
 */
@Document("doses")
@CompoundIndex(name = "user_due", def = "{'userId': 1, 'dueAt': 1}")
public record DoseRecord(@Id String id, long userId, @Indexed String medicationId, Instant dueAt, LocalDate localDate,
		DoseStatus status, Instant takenAt, @Field("skipReason") @JsonProperty("skipReason") PrivateText skipReasonText,
		@Field("sideEffects") @JsonProperty("sideEffects") List<PrivateText> sideEffectTexts, Integer messageId, boolean followedUp, boolean late,
		boolean asNeeded, Double count, @JsonIgnore Long takenBy) {

	/** A new record, not taken by a message: one dose, its reason and side effects in words. */
	public DoseRecord(String id, long userId, String medicationId, Instant dueAt, LocalDate localDate,
			DoseStatus status, Instant takenAt, String skipReason, List<String> sideEffects, Integer messageId,
			boolean followedUp, boolean late, boolean asNeeded) {
		this(id, userId, medicationId, dueAt, localDate, status, takenAt, PrivateText.of(skipReason),
				(sideEffects != null) ? sideEffects.stream().map(PrivateText::new).toList() : null, messageId,
				followedUp, late, asNeeded, null, null);
	}

	/** Why it was skipped, in the person's words or a reason's key; {@code null} when they did not say. */
	public String skipReason() {
		return (skipReasonText != null) ? skipReasonText.text() : null;
	}

	/** The side effects noted with it, each once; {@code null} when none was asked. */
	public List<String> sideEffects() {
		if (sideEffectTexts == null) {
			return null;
		}
		return sideEffectTexts.stream().map(PrivateText::text).filter(Objects::nonNull).distinct().toList();
	}

	/** How many doses this record stands for: its count, or one. */
	public double doses() {
		return (count != null) ? count : 1;
	}

	static String idOf(String medicationId, Instant dueAt) {
		return medicationId + "@" + dueAt.getEpochSecond();
	}

	/**
	 * The id of a dose logged outside the schedule ({@code /took}): one per message that logged it, so two messages a
	 * second apart are two doses, and the same message handled twice is one.
	 */
	static String idOfTaken(String medicationId, long updateId) {
		return medicationId + "@took:" + updateId;
	}

}
