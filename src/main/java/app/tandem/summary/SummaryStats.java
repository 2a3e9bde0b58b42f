package app.tandem.summary;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.tandem.checkin.CheckIn;
import app.tandem.checkin.Exercise;
import app.tandem.checkin.Severity;
import app.tandem.checkin.SideEffectReport;
import app.tandem.medication.DoseAmount;
import app.tandem.medication.DoseChange;
import app.tandem.medication.DoseRecord;
import app.tandem.medication.DoseStatus;
import app.tandem.medication.Medication;
import app.tandem.safety.QuestionnaireResult;

/**
 * The numbers of a summary, computed from {@link SummaryData} in memory: averages, extremes, adherence, side
 * effects, lifestyle, questionnaire scores and flagged notes.
 */
record SummaryStats(Period period, int checkIns, Scale mood, Scale anxiety, Sleep sleep,
		List<MedicationAdherence> medications, List<SideEffectSummary> sideEffects, Lifestyle lifestyle,
		List<Score> scores, List<Note> notes) {

	static final double SHORT_NIGHT = 6;

	/** A scheduled dose taken at most this long after its time is on time. */
	static final Duration ON_TIME = Duration.ofHours(1);

	static SummaryStats of(SummaryData data) {
		List<CheckIn> week = data.inPeriod();
		Map<LocalDate, CheckIn> byDate = week.stream().collect(Collectors.toMap(CheckIn::date, Function.identity()));
		List<LocalDate> dates = data.period().dates();
		return new SummaryStats(data.period(), week.size(),
				Scale.of(dates, byDate, CheckIn::mood, data.inPreviousPeriod()),
				Scale.of(dates, byDate, CheckIn::anxiety, data.inPreviousPeriod()), Sleep.of(week),
				MedicationAdherence.of(data), SideEffectSummary.of(week, data), Lifestyle.of(week),
				Score.of(data), Note.of(week));
	}

	boolean isEmpty() {
		return checkIns == 0 && medications.isEmpty() && scores.isEmpty();
	}

	/** A 0–10 scale over the days: per-day values (null where nothing was recorded), average, extremes, change. */
	record Scale(List<Integer> perDay, Double average, Integer lowest, Integer highest, Double change) {

		static Scale of(List<LocalDate> dates, Map<LocalDate, CheckIn> byDate, Function<CheckIn, Integer> value,
				List<CheckIn> previous) {
			List<Integer> perDay = dates.stream()
				.map(date -> Optional.ofNullable(byDate.get(date)).map(value).orElse(null))
				.toList();
			List<Integer> recorded = perDay.stream().filter(Objects::nonNull).toList();
			if (recorded.isEmpty()) {
				return new Scale(perDay, null, null, null, null);
			}
			double average = recorded.stream().mapToInt(Integer::intValue).average().orElseThrow();
			Double before = mean(previous.stream().map(value).filter(Objects::nonNull).toList());
			return new Scale(perDay, round(average), recorded.stream().min(Integer::compare).orElseThrow(),
					recorded.stream().max(Integer::compare).orElseThrow(),
					(before != null) ? round(average - before) : null);
		}

		boolean hasData() {
			return average != null;
		}

	}

	record Sleep(Double averageHours, Double averageQuality, int shortNights) {

		static Sleep of(List<CheckIn> week) {
			List<Double> hours = week.stream().map(CheckIn::sleepHours).filter(Objects::nonNull).toList();
			List<Integer> quality = week.stream().map(CheckIn::sleepQuality).filter(Objects::nonNull).toList();
			Double avgHours = hours.isEmpty() ? null : round(hours.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
			return new Sleep(avgHours, mean(quality), (int) hours.stream().filter(h -> h < SHORT_NIGHT).count());
		}

		boolean hasData() {
			return averageHours != null || averageQuality != null;
		}

	}

	/**
	 * One medication's period. A scheduled dose is taken on time within {@link #ON_TIME} of its time (earlier counts
	 * as on time), taken late after that (whether pressed late, corrected, or after a skip or a missed dose), skipped
	 * (with the reason given), missed (unanswered or not reminded), or still open (reminded, not answered yet; not
	 * counted). As-needed doses, and extra doses of a scheduled medication, are listed by time.
	 *
	 * @param name the medication
	 * @param dose its dose on the last day of the period
	 * @param asNeededOnly whether it is an as-needed medication (no schedule)
	 * @param scheduled scheduled doses with an outcome (open ones left out)
	 * @param onTime taken on time
	 * @param late taken late, with the delay
	 * @param skipped skipped, with the reason (null when none was given)
	 * @param missed the days of missed doses
	 * @param open doses reminded and not answered yet
	 * @param changes dose changes starting in the period
	 * @param asNeeded as-needed or extra doses, when taken
	 */
	record MedicationAdherence(String name, DoseAmount dose, boolean asNeededOnly, int scheduled, int onTime,
			List<LateDose> late, List<SkippedDose> skipped, List<LocalDate> missed, int open, List<DoseChange> changes,
			List<DoseRecord> asNeeded) {

		static List<MedicationAdherence> of(SummaryData data) {
			Map<String, List<DoseRecord>> byMedication = data.doses()
				.stream()
				.collect(Collectors.groupingBy(DoseRecord::medicationId, LinkedHashMap::new, Collectors.toList()));
			List<MedicationAdherence> result = new ArrayList<>();
			for (Medication medication : data.medications()) {
				List<DoseRecord> doses = byMedication.getOrDefault(medication.id(), List.of());
				List<DoseChange> changes = medication.doseChangesOrEmpty()
					.stream()
					.filter(change -> data.period().contains(change.from()))
					.toList();
				if (doses.isEmpty() && changes.isEmpty()) {
					continue;
				}
				result.add(of(medication, doses, changes, data.period()));
			}
			return result;
		}

		private static MedicationAdherence of(Medication medication, List<DoseRecord> doses, List<DoseChange> changes,
				Period period) {
			List<DoseRecord> scheduled = doses.stream().filter(dose -> !dose.asNeeded()).toList();
			List<DoseRecord> taken = scheduled.stream().filter(dose -> dose.status() == DoseStatus.TAKEN).toList();
			List<LateDose> late = taken.stream()
				.filter(dose -> dose.takenAt() != null
						&& Duration.between(dose.dueAt(), dose.takenAt()).compareTo(ON_TIME) > 0)
				.map(dose -> new LateDose(dose.localDate(), Duration.between(dose.dueAt(), dose.takenAt())))
				.toList();
			List<SkippedDose> skipped = scheduled.stream()
				.filter(dose -> dose.status() == DoseStatus.SKIPPED)
				.map(dose -> new SkippedDose(dose.localDate(), dose.skipReason()))
				.toList();
			List<LocalDate> missed = scheduled.stream()
				.filter(dose -> dose.status() == DoseStatus.MISSED || dose.status() == DoseStatus.NOT_REMINDED)
				.map(DoseRecord::localDate)
				.toList();
			int open = (int) scheduled.stream().filter(dose -> dose.status() == DoseStatus.PENDING).count();
			return new MedicationAdherence(medication.displayName(), medication.doseOn(period.to()),
					medication.isAsNeeded() && scheduled.isEmpty(), scheduled.size() - open, taken.size() - late.size(),
					late, skipped, missed, open, changes, doses.stream().filter(DoseRecord::asNeeded).toList());
		}

		int taken() {
			return onTime + late.size();
		}

		Integer percent() {
			return (scheduled == 0) ? null : (int) Math.round(100.0 * taken() / scheduled);
		}

		/** Skip reasons with how often each was given, "none" for skips without one. */
		Map<String, Long> skipReasons() {
			return skipped.stream()
				.collect(Collectors.groupingBy(skip -> (skip.reason() != null) ? skip.reason() : NO_REASON, TreeMap::new,
						Collectors.counting()));
		}

	}

	static final String NO_REASON = "none";

	/** A scheduled dose taken later than {@link #ON_TIME}, and by how much. */
	record LateDose(LocalDate date, Duration delay) {
	}

	/** A skipped dose, with its reason (null if none was given). */
	record SkippedDose(LocalDate date, String reason) {
	}

	/** One side effect: on how many days, at worst how bad, tied to which medications. */
	record SideEffectSummary(String effect, int days, Severity worst, List<String> medications) {

		static List<SideEffectSummary> of(List<CheckIn> week, SummaryData data) {
			Map<String, TreeSet<LocalDate>> days = new LinkedHashMap<>();
			Map<String, Severity> worst = new LinkedHashMap<>();
			Map<String, TreeSet<String>> medications = new LinkedHashMap<>();
			for (CheckIn entry : week) {
				for (SideEffectReport report : entry.sideEffectsOrEmpty()) {
					days.computeIfAbsent(report.effect(), e -> new TreeSet<>()).add(entry.date());
					medications.computeIfAbsent(report.effect(), e -> new TreeSet<>());
					if (report.severity() != null) {
						worst.merge(report.effect(), report.severity(), (a, b) -> a.compareTo(b) >= 0 ? a : b);
					}
					if (report.medication() != null) {
						medications.get(report.effect()).add(report.medication());
					}
				}
			}
			Map<String, String> names = data.medications()
				.stream()
				.collect(Collectors.toMap(Medication::id, Medication::displayName));
			for (DoseRecord dose : data.doses()) {
				if (dose.sideEffects() == null) {
					continue;
				}
				for (String effect : dose.sideEffects()) {
					days.computeIfAbsent(effect, e -> new TreeSet<>()).add(dose.localDate());
					medications.computeIfAbsent(effect, e -> new TreeSet<>())
						.add(names.getOrDefault(dose.medicationId(), "?"));
				}
			}
			return days.entrySet()
				.stream()
				.map(entry -> new SideEffectSummary(entry.getKey(), entry.getValue().size(), worst.get(entry.getKey()),
						List.copyOf(medications.getOrDefault(entry.getKey(), new TreeSet<>()))))
				.sorted(Comparator.comparingInt(SideEffectSummary::days).reversed())
				.toList();
		}

	}

	record Lifestyle(int exerciseDays, int mindfulnessDays, int socialDays, boolean hasData) {

		static Lifestyle of(List<CheckIn> week) {
			return new Lifestyle(
					(int) week.stream().filter(e -> e.exercise() != null && e.exercise() != Exercise.NONE).count(),
					(int) week.stream().filter(e -> Boolean.TRUE.equals(e.mindfulness())).count(),
					(int) week.stream().filter(e -> Boolean.TRUE.equals(e.social())).count(),
					week.stream().anyMatch(e -> e.exercise() != null || e.mindfulness() != null || e.social() != null));
		}

	}

	/**
	 * A questionnaire taken in the period, with the change against the one before it, and the answer to PHQ-9 item 9
	 * (thoughts of death or self-harm) when it was above 0, so it is never hidden in a total.
	 */
	record Score(String kind, LocalDate date, int total, String band, Integer change, Integer item9) {

		static List<Score> of(SummaryData data) {
			List<Score> scores = new ArrayList<>();
			Map<String, QuestionnaireResult> previous = new LinkedHashMap<>();
			for (QuestionnaireResult result : data.questionnaires()) {
				QuestionnaireResult before = previous.put(result.kind(), result);
				if (data.period().contains(result.date())) {
					scores.add(new Score(result.kind(), result.date(), result.total(), result.band(),
							(before != null) ? result.total() - before.total() : null, item9(result)));
				}
			}
			return scores;
		}

		/** PHQ-9 item 9 answered above 0 (1 several days, 2 more than half the days, 3 nearly every day), or null. */
		static Integer item9(QuestionnaireResult result) {
			if (!"PHQ9".equals(result.kind()) || result.items() == null || result.items().size() < 9) {
				return null;
			}
			Integer answer = result.items().get(8);
			return (answer != null && answer > 0) ? answer : null;
		}

		String label() {
			return kind.replace("PHQ9", "PHQ-9").replace("GAD7", "GAD-7");
		}

	}

	/** A note the person flagged for their therapist, or a topic they added for their next appointment. */
	record Note(LocalDate date, String text) {

		static List<Note> of(List<CheckIn> week) {
			List<Note> notes = new ArrayList<>();
			for (CheckIn entry : week) {
				if (entry.note() != null && Boolean.TRUE.equals(entry.noteForTherapist())) {
					notes.add(new Note(entry.date(), entry.note().text()));
				}
				if (entry.agenda() != null) {
					entry.agenda().forEach(topic -> notes.add(new Note(entry.date(), topic.text())));
				}
			}
			return notes;
		}

	}

	private static Double mean(List<? extends Number> values) {
		return values.isEmpty() ? null : round(values.stream().mapToDouble(Number::doubleValue).average().orElseThrow());
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
