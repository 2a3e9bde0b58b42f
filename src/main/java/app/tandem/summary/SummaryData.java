package app.tandem.summary;

import java.util.List;

import app.tandem.checkin.CheckIn;
import app.tandem.medication.DoseRecord;
import app.tandem.medication.Medication;
import app.tandem.safety.QuestionnaireResult;

/**
 * Everything a summary or report reads about one person for a period, gathered in a fixed number of queries.
 *
 * @param period the period summarised
 * @param checkIns entries with answers in the period, the equally long period before it and at least the 14 days
 * either side of it (for dose-change comparisons), oldest first
 * @param doses doses due in the period
 * @param medications all the person's medications, removed ones included
 * @param questionnaires results in the period and the one before (for comparisons)
 */
record SummaryData(Period period, List<CheckIn> checkIns, List<DoseRecord> doses, List<Medication> medications,
		List<QuestionnaireResult> questionnaires) {

	List<CheckIn> inPeriod() {
		return checkIns.stream().filter(entry -> period.contains(entry.date())).toList();
	}

	List<CheckIn> inPreviousPeriod() {
		return checkIns.stream().filter(entry -> period.previous().contains(entry.date())).toList();
	}

}
