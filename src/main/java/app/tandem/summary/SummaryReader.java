package app.tandem.summary;

import org.springframework.stereotype.Component;

import app.tandem.checkin.Journal;
import app.tandem.medication.DoseLog;
import app.tandem.medication.Medications;
import app.tandem.safety.Questionnaires;

/**
 * Gathers a person's data for a period: four indexed range queries, whatever the length of the period.
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
		return new SummaryData(period, journal.between(userId, previous.from(), period.to()),
				doses.between(userId, period.from(), period.to()), medications.all(userId),
				questionnaires.between(userId, previous.from(), period.to()));
	}

}
