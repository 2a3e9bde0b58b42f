package app.tandem.summary;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import app.tandem.checkin.Journal;
import app.tandem.medication.DoseLog;
import app.tandem.medication.Medications;
import app.tandem.safety.Questionnaires;

/**
 * Gathers a person's data for a period: four indexed range queries, whatever the length of the period. Check-ins
 * are read for the period before too (for changes), and 14 days either side (for dose-change comparisons).
 */
@Component
class SummaryReader {

	private final Journal journal;

	private final DoseLog doses;

	private final Medications medications;

	private final Questionnaires questionnaires;

	SummaryReader(Journal journal, DoseLog doses, Medications medications, Questionnaires questionnaires) {
		this.journal = journal;
		this.doses = doses;
		this.medications = medications;
		this.questionnaires = questionnaires;
	}

	SummaryData read(long userId, Period period) {
		Period previous = period.previous();
		LocalDate first = previous.from().isBefore(period.from().minusDays(DoseChangeComparison.WINDOW_DAYS))
				? previous.from() : period.from().minusDays(DoseChangeComparison.WINDOW_DAYS);
		LocalDate last = period.to().plusDays(DoseChangeComparison.WINDOW_DAYS - 1);
		return new SummaryData(period, journal.between(userId, first, last),
				doses.between(userId, period.from(), period.to()), medications.all(userId),
				questionnaires.between(userId, previous.from(), period.to()));
	}

}
