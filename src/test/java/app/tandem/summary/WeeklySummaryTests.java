package app.tandem.summary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import app.tandem.i18n.MessagesTestAccess;
import app.tandem.medication.DoseRecord;
import app.tandem.medication.DoseStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary of the seeded week, every figure worked out by hand (see {@link SeededWeek}).
 */
class WeeklySummaryTests {

	final SummaryText text = new SummaryText(MessagesTestAccess.english());

	@Test
	void shouldComputeEverySectionOfTheSeededWeek() {
		SummaryStats stats = SummaryStats.of(SeededWeek.data());

		assertThat(stats.checkIns()).isEqualTo(5);
		assertThat(stats.mood().average()).isEqualTo(6.0);
		assertThat(stats.mood().lowest()).isEqualTo(4);
		assertThat(stats.mood().highest()).isEqualTo(8);
		assertThat(stats.mood().change()).isEqualTo(2.0);
		assertThat(stats.anxiety().average()).isEqualTo(4.0);
		assertThat(stats.anxiety().change()).isNull();
		assertThat(stats.sleep().averageHours()).isEqualTo(6.4);
		assertThat(stats.sleep().averageQuality()).isEqualTo(3.2);
		assertThat(stats.sleep().shortNights()).isEqualTo(2);
		assertThat(stats.medications()).singleElement().satisfies(medication -> {
			assertThat(medication.taken()).isEqualTo(4);
			assertThat(medication.onTime()).isEqualTo(4);
			assertThat(medication.late()).isEmpty();
			assertThat(medication.scheduled()).isEqualTo(7);
			assertThat(medication.percent()).isEqualTo(57);
			assertThat(medication.missed()).containsExactly(SeededWeek.MONDAY.plusDays(1), SeededWeek.MONDAY.plusDays(5));
			assertThat(medication.skipReasons()).containsEntry("forgot", 1L);
			assertThat(medication.skipped()).containsExactly(new SummaryStats.SkippedDose(SeededWeek.MONDAY.plusDays(3), "forgot"));
			assertThat(medication.changes()).hasSize(1);
		});
		assertThat(stats.sideEffects()).extracting(s -> s.effect() + "/" + s.days() + "/" + s.worst() + "/" + s.medications())
			.containsExactly("nausea/3/SEVERE/[]", "headache/1/MILD/[]", "dizziness/1/null/[Sertraline]");
		assertThat(stats.lifestyle().exerciseDays()).isEqualTo(3);
		assertThat(stats.lifestyle().mindfulnessDays()).isEqualTo(2);
		assertThat(stats.lifestyle().socialDays()).isEqualTo(3);
		assertThat(stats.scores()).singleElement().satisfies(score -> {
			assertThat(score.total()).isEqualTo(11);
			assertThat(score.change()).isEqualTo(-3);
		});
		assertThat(stats.notes()).extracting(SummaryStats.Note::text)
			.containsExactly(SeededWeek.NOTE, "Talk about stopping Sertraline");
	}

	@Test
	void shouldRenderAForwardableMessageWithEverySection() {
		String message = String.join("\n\n", text.sections(SummaryStats.of(SeededWeek.data()), "A.K.", Locale.ENGLISH));

		assertThat(message).startsWith("📋 <b>Tandem weekly summary · Mon 23 – Sun 29 Nov 2026</b>\nA.K.")
			.contains("Check-ins: <b>5 of 7</b> days")
			.contains("average 6.0 · lowest 4 · highest 8\n<code>▃▄▅·▅·▆</code> · +2 vs previous week")
			.contains("<b>Anxiety</b> (0 none – 10 extreme): average 4.0 · lowest 2 · highest 6")
			.contains("<b>Sleep</b>: average 6.4 h · quality 3.2/5 · 2 nights under 6 h")
			.contains("• <b>Sertraline</b> 100 mg: taken 4 of 7 scheduled (57 %): 4 on time, 0 late")
			.contains("missed: Tue 24 Nov, Sat 28 Nov")
			.contains("skipped: Thu 26 Nov (forgot)")
			.contains("since Wed 25 Nov: 50 mg → 100 mg")
			.contains("• Nausea: 3 days, worst severe")
			.contains("• Headache: 1 day, worst mild")
			.contains("• Dizziness: 1 day (Sertraline)")
			.contains("exercise on 3 days · mindfulness on 2 · time with others on 3")
			.contains("• PHQ-9 Sat 28 Nov: 11 (moderate), -3 vs the previous one")
			.contains("• Mon 23 Nov: “Felt &lt;tired&gt; *very* _slow_ 😴 &amp; flat”")
			.contains("• Sun 29 Nov: “Talk about stopping Sertraline”")
			.endsWith("<i>Self-reported via Tandem; not a clinical assessment.</i>")
			.doesNotContain("just for me")
			.doesNotContain("item 9")
			.doesNotContain("<tired>");
		assertThat(MessageSplitter.split(text.sections(SummaryStats.of(SeededWeek.data()), "A.K.", Locale.ENGLISH)))
			.hasSize(1);
	}

	@Test
	void shouldBeKindAboutAnEmptyWeekAndStillShowAdherence() {
		SummaryData noCheckIns = new SummaryData(SeededWeek.WEEK, List.of(), SeededWeek.doses(),
				List.of(SeededWeek.sertraline()), List.of());
		SummaryData nothing = new SummaryData(SeededWeek.WEEK, List.of(), List.of(), List.of(), List.of());

		String withDoses = String.join("\n\n", text.sections(SummaryStats.of(noCheckIns), "", Locale.ENGLISH));
		String empty = String.join("\n\n", text.sections(SummaryStats.of(nothing), "", Locale.ENGLISH));

		assertThat(withDoses).contains("Check-ins: <b>0 of 7</b>", "taken 4 of 7 scheduled (57 %)").doesNotContain("<b>Mood</b>");
		assertThat(empty).contains("No check-ins this week — and that’s okay").doesNotContain("Medications");
	}

	@Test
	void shouldLeaveAnOpenDoseOutOfTheFiguresAndListExtraDosesOfAScheduledMedication() {
		List<DoseRecord> doses = new ArrayList<>();
		LocalDate sunday = SeededWeek.MONDAY.plusDays(6);
		Instant due = sunday.atTime(7, 0).toInstant(ZoneOffset.UTC);
		doses.add(new DoseRecord("med-1@1", SeededWeek.USER, "med-1", due.minus(Duration.ofDays(1)),
				sunday.minusDays(1), DoseStatus.TAKEN, due.minus(Duration.ofDays(1)).plus(Duration.ofMinutes(61)), null,
				null, null, false, false, false));
		doses.add(new DoseRecord("med-1@2", SeededWeek.USER, "med-1", due, sunday, DoseStatus.PENDING, null, null,
				null, null, false, false, false));
		doses.add(new DoseRecord("med-1@3", SeededWeek.USER, "med-1", due.plus(Duration.ofHours(5)), sunday,
				DoseStatus.TAKEN, due.plus(Duration.ofHours(5)), null, null, null, false, false, true));
		SummaryData data = new SummaryData(SeededWeek.WEEK, List.of(), doses, List.of(SeededWeek.sertraline()),
				List.of());

		String message = String.join("\n\n", text.sections(SummaryStats.of(data), "", Locale.ENGLISH));

		assertThat(message).contains("• <b>Sertraline</b> 100 mg: taken 1 of 1 scheduled (100 %): 0 on time, 1 late\n"
				+ "   late: Sat 28 Nov (1 h 1 min after the dose time)\n"
				+ "   not answered yet: 1\n"
				+ "   extra doses outside the schedule: 1× (Sun 29 Nov)\n"
				+ "   since Wed 25 Nov: 50 mg → 100 mg");
	}

	@Test
	void shouldSplitAnOverlongSummaryIntoNumberedPartsBetweenSectionsAndLines() {
		List<String> sections = new ArrayList<>(text.sections(SummaryStats.of(SeededWeek.data()), "", Locale.ENGLISH));
		StringBuilder notes = new StringBuilder("<b>Notes for my therapist</b>");
		for (int i = 1; i <= 60; i++) {
			notes.append("\n• Note ").append(i).append(": ").append("a fairly long line of thoughts ".repeat(4));
		}
		sections.add(sections.size() - 1, notes.toString());

		List<String> parts = MessageSplitter.split(sections);

		assertThat(parts).hasSizeGreaterThan(1);
		assertThat(parts).allSatisfy(part -> assertThat(part).hasSizeLessThanOrEqualTo(4096));
		for (int i = 0; i < parts.size(); i++) {
			assertThat(parts.get(i)).startsWith("(" + (i + 1) + "/" + parts.size() + ")\n");
		}
		String joined = String.join("\n", parts);
		for (int i = 1; i <= 60; i++) {
			assertThat(joined).contains("• Note " + i + ": " + "a fairly long line of thoughts ".repeat(4));
		}
	}

}
