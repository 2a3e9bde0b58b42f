package app.tandem.summary;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import app.tandem.checkin.CheckIn;
import app.tandem.checkin.Exercise;
import app.tandem.checkin.Severity;
import app.tandem.checkin.SideEffectReport;
import app.tandem.medication.DoseAmount;
import app.tandem.medication.DoseChange;
import app.tandem.medication.DoseRecord;
import app.tandem.medication.DoseStatus;
import app.tandem.medication.Medication;
import app.tandem.medication.MedicationStatus;
import app.tandem.safety.QuestionnaireResult;
import app.tandem.store.PrivateText;

/**
 * One week with something in every section, Monday 23 to Sunday 29 November 2026, and the week before it. The
 * expected figures in the tests are worked out by hand from what is here.
 */
final class SeededWeek {

	static final long USER = 42;

	static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

	static final Period WEEK = new Period(MONDAY, MONDAY.plusDays(6));

	static final String NOTE = "Felt <tired> *very* _slow_ 😴 & flat";

	private SeededWeek() {
	}

	static SummaryData data() {
		return new SummaryData(WEEK, checkIns(), doses(), List.of(sertraline()), questionnaires());
	}

	static List<CheckIn> checkIns() {
		List<CheckIn> entries = new ArrayList<>();
		entries.add(entry(MONDAY.minusDays(7), 3, null, null, null, null, null, null, null, null, false, null));
		entries.add(entry(MONDAY.minusDays(5), 5, null, null, null, null, null, null, null, null, false, null));
		entries.add(entry(MONDAY, 4, 6, 5.5, 2, List.of(effect("nausea", Severity.MODERATE)), Exercise.NONE, false,
				true, NOTE, true, null));
		entries.add(entry(MONDAY.plusDays(1), 5, 5, 7.0, 3,
				List.of(effect("nausea", Severity.MILD), effect("headache", Severity.MILD)), Exercise.UNDER_30, true,
				true, null, false, null));
		entries.add(entry(MONDAY.plusDays(2), 6, 4, 8.0, 4, List.of(), Exercise.OVER_30, true, false,
				"just for me", false, null));
		entries.add(entry(MONDAY.plusDays(4), 7, 3, 6.5, 4, null, Exercise.OVER_30, null, true, null, false, null));
		entries.add(entry(MONDAY.plusDays(6), 8, 2, 5.0, 3, List.of(effect("nausea", Severity.SEVERE)), null, null,
				null, null, false, "Talk about stopping Sertraline"));
		return entries;
	}

	static Medication sertraline() {
		DoseAmount fifty = new DoseAmount(new BigDecimal("50"), "mg");
		DoseAmount hundred = new DoseAmount(new BigDecimal("100"), "mg");
		return new Medication("med-1", USER, new PrivateText("Sertraline"), hundred, List.of(LocalTime.of(8, 0)),
				EnumSet.allOf(DayOfWeek.class), 1, MONDAY.minusDays(30), MedicationStatus.ACTIVE, null, null, null,
				List.of(new DoseChange(MONDAY.plusDays(2), fifty, hundred)), Instant.parse("2026-10-01T00:00:00Z"),
				null);
	}

	static List<DoseRecord> doses() {
		List<DoseStatus> week = List.of(DoseStatus.TAKEN, DoseStatus.MISSED, DoseStatus.TAKEN, DoseStatus.SKIPPED,
				DoseStatus.TAKEN, DoseStatus.NOT_REMINDED, DoseStatus.TAKEN);
		List<DoseRecord> doses = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			LocalDate date = MONDAY.plusDays(day);
			Instant due = date.atTime(7, 0).toInstant(ZoneOffset.UTC);
			DoseStatus status = week.get(day);
			doses.add(new DoseRecord("med-1@" + due.getEpochSecond(), USER, "med-1", due, date, status,
					(status == DoseStatus.TAKEN) ? due.plusSeconds(300) : null,
					(status == DoseStatus.SKIPPED) ? "forgot" : null, (day == 2) ? List.of("dizziness") : null, null,
					false, false, false));
		}
		return doses;
	}

	static List<QuestionnaireResult> questionnaires() {
		return List.of(
				new QuestionnaireResult("q1", USER, "PHQ9", MONDAY.minusDays(1), Instant.parse("2026-11-22T10:00:00Z"),
						List.of(2, 2, 2, 2, 2, 2, 1, 1, 0), 14, "moderate"),
				new QuestionnaireResult("q2", USER, "PHQ9", MONDAY.plusDays(5), Instant.parse("2026-11-28T10:00:00Z"),
						List.of(2, 1, 2, 1, 2, 1, 1, 1, 0), 11, "moderate"));
	}

	private static SideEffectReport effect(String name, Severity severity) {
		return new SideEffectReport(name, severity, null);
	}

	private static CheckIn entry(LocalDate date, Integer mood, Integer anxiety, Double sleep, Integer quality,
			List<SideEffectReport> effects, Exercise exercise, Boolean mindfulness, Boolean social, String note,
			boolean forTherapist, String agenda) {
		return new CheckIn(USER + ":" + date, USER, date, mood, anxiety, sleep, quality, effects, exercise,
				mindfulness, social, PrivateText.of(note), forTherapist, (agenda != null) ? List.of(new PrivateText(agenda)) : null,
				null, null, null, null, null);
	}

}
