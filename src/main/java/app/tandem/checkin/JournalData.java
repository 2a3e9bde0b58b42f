package app.tandem.checkin;

import java.util.List;

import org.springframework.stereotype.Component;

import app.tandem.user.PersonalData;

/**
 * The journal's part of an export or erasure.
 */
@Component
class JournalData implements PersonalData {

	private final Journal journal;

	JournalData(Journal journal) {
		this.journal = journal;
	}

	@Override
	public String section() {
		return "checkIns";
	}

	@Override
	public Object export(long userId, long chatId) {
		return journal.all(userId)
			.stream()
			.filter(CheckIn::hasAnswers)
			.map(JournalData::exported)
			.toList();
	}

	static ExportedCheckIn exported(CheckIn entry) {
		return new ExportedCheckIn(entry.date().toString(), entry.mood(), entry.anxiety(), entry.sleepHours(),
				entry.sleepQuality(), entry.sideEffects(), entry.exercise(), entry.mindfulness(), entry.social(),
				(entry.note() != null) ? entry.note().text() : null, entry.noteForTherapist(),
				entry.agenda() == null ? List.of() : entry.agenda().stream().map(t -> t.text()).toList());
	}

	@Override
	public void erase(long userId, long chatId) {
		journal.eraseAll(userId);
	}

	record ExportedCheckIn(String date, Integer mood, Integer anxiety, Double sleepHours, Integer sleepQuality,
			List<SideEffectReport> sideEffects, Exercise exercise, Boolean mindfulness, Boolean social, String note,
			Boolean noteForTherapist, List<String> agenda) {
	}

}
