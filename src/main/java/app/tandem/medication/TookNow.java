package app.tandem.medication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.tandem.conversation.Recipient;
import app.tandem.medication.DoseMessages.Due;

/**
 * {@code /took NAME} (or "Took it now") said without a reminder: which dose it was. For an as-needed medication it
 * is an as-needed dose. For a scheduled one it is the dose it belongs to, so adherence stays true: the last dose
 * due, when that one is still open (pending, skipped, missed) and nearer than the next one — taken late; otherwise
 * the next dose, when that is nearer and at most 3 hours away — taken early, and its reminder is not sent; otherwise an extra dose outside
 * the schedule.
 */
@Component
class TookNow {

	/** A dose taken longer before its time than this is an extra one, not that dose taken early. */
	static final Duration EARLY_AT_MOST = Duration.ofHours(3);

	private final DoseLog doses;

	private final Medications medications;

	private final DoseMessages messages;

	private final Clock clock;

	TookNow(DoseLog doses, Medications medications, DoseMessages messages, Clock clock) {
		this.doses = doses;
		this.medications = medications;
		this.messages = messages;
		this.clock = clock;
	}

	/** What a dose taken now was recorded as. */
	enum Kind {

		/** An as-needed dose, or an extra dose of a scheduled medication. */
		EXTRA,
		/** The last scheduled dose, taken after its time. */
		LATE,
		/** The next scheduled dose, taken before its time. */
		EARLY

	}

	record Taken(Kind kind, DoseRecord record) {
	}

	/** Records the dose; a late one's reminder is redrawn, so it no longer says "missed" or offers Taken. */
	Taken take(Medication medication, ZoneId zone, LocalDate today, Recipient to, long updateId) {
		Instant now = clock.instant();
		if (medication.isActive() && !medication.isAsNeeded()) {
			Optional<DoseRecord> last = doses.latestScheduled(medication.userId(), medication.id(), now);
			Optional<Instant> next = medication.nextDoseAfter(now, zone);
			Duration sinceLast = last.map(record -> Duration.between(record.dueAt(), now)).orElse(null);
			Duration untilNext = next.map(at -> Duration.between(now, at)).orElse(null);
			boolean lastIsNearer = sinceLast != null && (untilNext == null || sinceLast.compareTo(untilNext) <= 0);
			if (lastIsNearer) {
				// the same message handled again after a crash: the dose it took, not another
				Optional<DoseRecord> taken = doses.markTaken(medication.userId(), last.get().id(), now, updateId)
					.or(() -> doses.takenBy(medication.userId(), last.get().id(), updateId));
				if (taken.isPresent()) {
					redraw(to, taken.get(), zone);
					return new Taken(Kind.LATE, taken.get());
				}
			}
			if (!lastIsNearer && untilNext != null && untilNext.compareTo(EARLY_AT_MOST) <= 0) {
				Optional<DoseRecord> early = doses
					.takenEarly(medication, next.get(), LocalDate.ofInstant(next.get(), zone), now, updateId)
					.or(() -> doses.takenBy(medication.userId(), DoseRecord.idOf(medication.id(), next.get()),
							updateId));
				if (early.isPresent()) {
					return new Taken(Kind.EARLY, early.get());
				}
			}
		}
		return new Taken(Kind.EXTRA, doses.logAsNeeded(medication, today, null, updateId));
	}

	private void redraw(Recipient to, DoseRecord record, ZoneId zone) {
		if (record.messageId() != null) {
			messages.refresh(to, record.messageId(),
					Due.of(doses.pendingOrClosedAt(record.userId(), record.dueAt()), medications.all(record.userId())),
					LocalTime.ofInstant(record.dueAt(), zone), zone);
		}
	}

}
