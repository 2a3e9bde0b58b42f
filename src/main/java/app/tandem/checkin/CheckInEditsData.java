package app.tandem.checkin;

import org.springframework.stereotype.Component;

import app.tandem.user.PersonalData;

/**
 * The days kept as they were while an edit of them is unfinished: part of an export (erased with the journal).
 */
@Component
class CheckInEditsData implements PersonalData {

	private final Journal journal;

	CheckInEditsData(Journal journal) {
		this.journal = journal;
	}

	@Override
	public String section() {
		return "checkInsBeingEdited";
	}

	@Override
	public Object export(long userId, long chatId) {
		return journal.keptBeforeEdits(userId).stream().map(JournalData::exported).toList();
	}

	@Override
	public void erase(long userId, long chatId) {
		journal.eraseAll(userId);
	}

}
