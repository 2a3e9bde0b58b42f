package app.tandem.summary;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import app.tandem.checkin.CheckIn;
import app.tandem.i18n.Messages;
import app.tandem.i18n.MessagesTestAccess;
import app.tandem.store.PrivateText;
import app.tandem.store.PrivateText;
import app.tandem.user.UserProfile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clinician's PDF laid out for real histories, read back with PDFBox: empty stretches collapsed, side effects
 * with severity, the note itself, plural forms, one date style, no page left with a line or two, any script.
 */
class ReportLayoutTests {

	static final Period THIRTY_DAYS = new Period(SeededWeek.MONDAY.plusDays(6).minusDays(29), SeededWeek.MONDAY.plusDays(6));

	final Messages messages = MessagesTestAccess.english();

	@Test
	void shouldCollapseEachRunOfDaysWithoutACheckInIntoOneLine() throws IOException {
		SummaryData data = new SummaryData(THIRTY_DAYS, SeededWeek.checkIns(), SeededWeek.doses(),
				List.of(SeededWeek.sertraline()), SeededWeek.questionnaires());

		String text = text(render(data));

		assertThat(text).contains("Period: Sat 31 Oct – Sun 29 Nov 2026 (30 days) · check-ins on 7 days")
			.contains("No check-ins Sat 31 Oct – Sun 15 Nov (16 days) Mon 16 Nov 3")
			.contains("Mon 16 Nov 3 – – – No check-in on Tue 17 Nov Wed 18 Nov 5")
			.contains("No check-ins Thu 19 Nov – Sun 22 Nov (4 days) Mon 23 Nov 4 6 5.5 2")
			.contains("No check-in on Thu 26 Nov Fri 27 Nov 7 3 6.5 4")
			.doesNotContain("Sun 1 Nov", "Thu 12 Nov", "- - -");
	}

	@Test
	void shouldShowSideEffectsWithSeverityAndTheNoteItselfInTheDailyTable() throws IOException {
		List<CheckIn> entries = new ArrayList<>(SeededWeek.checkIns());
		String longNote = "Woke at four most nights this week and could not fall asleep again until it was light";
		entries.set(5, withNote(entries.get(5), longNote, true));

		String text = text(render(new SummaryData(SeededWeek.WEEK, entries, SeededWeek.doses(),
				List.of(SeededWeek.sertraline()), SeededWeek.questionnaires())));

		assertThat(text).contains("Mon 23 Nov 4 6 5.5 2 Nausea (moderate) Felt <tired> *very* _slow_ 😴 & flat")
			.contains("Tue 24 Nov 5 5 7.0 3 Nausea (mild), Headache (mild)")
			.contains("Fri 27 Nov 7 3 6.5 4 Woke at four most nights this week and could not fall… (see notes)")
			.contains("Sun 29 Nov 8 2 5.0 3 Nausea (severe) Talk about stopping Sertraline")
			.contains("Fri 27 Nov: \"" + longNote + "\"")
			.doesNotContain("just for me")
			.doesNotContainPattern("Nov [0-9.– ]+ yes ");
	}

	@Test
	void shouldUsePluralFormsAndOneDateStyle() throws IOException {
		String text = text(render(SeededWeek.data()));

		assertThat(text).contains("(7 days) · check-ins on 5 days · made on Sun 29 Nov 2026")
			.contains("Headache: on 1 day, worst mild")
			.contains("Nausea: on 3 days, worst severe")
			.contains("2 nights under 6 h")
			.contains("No check-in on Thu 26 Nov")
			.doesNotContain("day(s)")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
			.doesNotContainPattern("\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b");
	}

	@Test
	void shouldNeverLeaveALineOrTwoAloneOnTheLastPage() throws IOException {
		for (int extraNotes = 0; extraNotes <= 30; extraNotes++) {
			byte[] pdf = render(withTherapistNotes(extraNotes));
			try (PDDocument document = Loader.loadPDF(pdf)) {
				int pages = document.getNumberOfPages();
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(pages);
				stripper.setEndPage(pages);
				long lines = Arrays.stream(stripper.getText(document).split("\\R"))
					.filter(line -> !line.isBlank() && !line.contains("Self-reported via Tandem"))
					.count();
				assertThat(pages == 1 || lines >= 3)
					.as("with %d extra notes, page %d of %d holds %d lines", extraNotes, pages, pages, lines)
					.isTrue();
			}
		}
	}

	@Test
	void shouldDrawAnyScriptAndLeaveOutWhatTheFontLacksWithoutQuestionMarks() throws IOException {
		String note = "Настроение лучше, спала 7 часов · Ελληνικά: καλύτερα · Crème brûlée, Zürich, Łódź, "
				+ "São Paulo · مرحبا بالعالم · e\u0301 n\u0303 · 今天很累 · 😀🎉👍🏽 👩‍👩‍👧 🇩🇪 ❤️ · end";
		List<CheckIn> entries = new ArrayList<>(SeededWeek.checkIns());
		entries.set(2, withNote(entries.get(2), note, true));

		String text = text(render(new SummaryData(SeededWeek.WEEK, entries, SeededWeek.doses(),
				List.of(SeededWeek.sertraline()), SeededWeek.questionnaires())));

		assertThat(text).contains("Настроение лучше, спала 7 часов", "Ελληνικά: καλύτερα",
				"Crème brûlée, Zürich, Łódź, São Paulo", "e\u0301 n\u0303", "[…] ·", "end")
			.doesNotContain("?", "\uFFFD", "今");
	}

	byte[] render(SummaryData data) {
		SummaryReader reader = new SummaryReader(null, null, null, null) {
			@Override
			SummaryData read(long userId, Period period) {
				return data;
			}
		};
		ClinicianReport report = new ClinicianReport(reader, new WeeklyChartRenderer(reader, messages), messages,
				Clock.fixed(Instant.parse("2026-11-29T18:00:00Z"), ZoneOffset.UTC));
		UserProfile profile = new UserProfile(SeededWeek.USER, SeededWeek.USER, "en", ZoneId.of("Europe/Berlin"),
				null, "DE", null, null, null, new PrivateText("A.K."), null, null, null, null, null);
		return report.render(profile, data.period(), Locale.ENGLISH);
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	static SummaryData withTherapistNotes(int count) {
		List<CheckIn> entries = new ArrayList<>(SeededWeek.checkIns());
		for (int i = 0; i < count; i++) {
			LocalDate date = SeededWeek.MONDAY.minusDays(8 + i);
			CheckIn entry = new CheckIn(SeededWeek.USER + ":" + date, SeededWeek.USER, date, 5, 5, 7.0, 3, null, null,
					null, null, new PrivateText("Note " + i + " about the week, for the session"), true, null, null,
					null, null, null, null);
			entries.add(0, entry);
		}
		return new SummaryData(new Period(SeededWeek.MONDAY.minusDays(8 + count), SeededWeek.WEEK.to()), entries,
				SeededWeek.doses(), List.of(SeededWeek.sertraline()), SeededWeek.questionnaires());
	}

	static CheckIn withNote(CheckIn entry, String note, boolean forTherapist) {
		return new CheckIn(entry.id(), entry.userId(), entry.date(), entry.mood(), entry.anxiety(), entry.sleepHours(),
				entry.sleepQuality(), entry.sideEffects(), entry.exercise(), entry.mindfulness(), entry.social(),
				new PrivateText(note), forTherapist, entry.agenda(), entry.promptedAt(), entry.nudgedAt(),
				entry.startedAt(), entry.completedAt(), entry.updatedAt());
	}

}
