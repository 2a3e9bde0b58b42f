package app.tandem.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import app.tandem.checkin.CheckIn;
import app.tandem.checkin.Journal;
import app.tandem.checkin.SideEffectReport;
import app.tandem.i18n.Messages;
import app.tandem.medication.DoseLog;
import app.tandem.medication.DoseRecord;
import app.tandem.medication.Medication;
import app.tandem.medication.Medications;
import app.tandem.safety.QuestionnaireResult;
import app.tandem.safety.Questionnaires;
import app.tandem.store.PrivateText;
import app.tandem.user.ExportFile;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

/**
 * The person's data as CSV, one file per kind (check-ins, side effects with the medication they were tied to,
 * appointment topics, doses, medications, questionnaires with PHQ-9 item 9 flagged), zipped; every instant in UTC
 * and beside it in the person's local time. Only their own rows: every query is by their user id.
 */
@Component
class CsvExport implements ExportFile {

	private static final LocalDate EVERYTHING_FROM = LocalDate.of(2000, 1, 1);

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Journal journal;

	private final DoseLog doses;

	private final Medications medications;

	private final Questionnaires questionnaires;

	private final Users users;

	private final Messages messages;

	private final Clock clock;

	CsvExport(Journal journal, DoseLog doses, Medications medications, Questionnaires questionnaires, Users users,
			Messages messages, Clock clock) {
		this.journal = journal;
		this.doses = doses;
		this.medications = medications;
		this.questionnaires = questionnaires;
		this.users = users;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public String fileName(long userId) {
		return "tandem-export-" + LocalDate.now(clock) + ".zip";
	}

	@Override
	public byte[] content(long userId, long chatId) {
		LocalDate until = LocalDate.now(clock).plusDays(1);
		ZoneId zone = users.find(userId).map(UserProfile::zoneOrUtc).orElse(ZoneOffset.UTC);
		List<Medication> meds = medications.all(userId);
		Map<String, Medication> byId = meds.stream().collect(Collectors.toMap(Medication::id, Function.identity()));
		List<CheckIn> checkIns = journal.between(userId, EVERYTHING_FROM, until);
		List<DoseRecord> doseRecords = doses.between(userId, EVERYTHING_FROM, until);
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			write(zip, "checkins.csv", new String[] { "date", "mood", "anxiety", "sleep_hours", "sleep_quality",
					"side_effects", "exercise", "mindfulness", "social", "note", "note_for_therapist", "agenda",
					"started_at_utc", "started_at_local", "time_zone" }, printer -> {
						for (CheckIn entry : checkIns) {
							printer.printRecord(entry.date(), entry.mood(), entry.anxiety(), entry.sleepHours(),
									entry.sleepQuality(), entry.sideEffectsOrEmpty()
										.stream()
										.map(CsvExport::sideEffect)
										.collect(Collectors.joining("; ")),
									entry.exercise(), entry.mindfulness(), entry.social(),
									(entry.note() != null) ? entry.note().text() : null, entry.noteForTherapist(),
									(entry.agenda() != null) ? entry.agenda().stream().map(PrivateText::text)
										.collect(Collectors.joining(" | ")) : null,
									entry.startedAt(), local(entry.startedAt(), zone), zone.getId());
						}
					});
			write(zip, "side_effects.csv", new String[] { "date", "effect", "severity", "medication", "recorded_with" },
					printer -> {
						for (CheckIn entry : checkIns) {
							for (SideEffectReport effect : entry.sideEffectsOrEmpty()) {
								printer.printRecord(entry.date(), effect.effect(), severity(effect), effect.medication(),
										"check-in");
							}
						}
						for (DoseRecord dose : doseRecords) {
							for (String effect : (dose.sideEffects() != null) ? dose.sideEffects() : List.<String>of()) {
								printer.printRecord(dose.localDate(), effect, null, name(byId, dose), "dose");
							}
						}
					});
			write(zip, "agenda.csv", new String[] { "date", "topic" }, printer -> {
				for (CheckIn entry : checkIns) {
					for (PrivateText topic : (entry.agenda() != null) ? entry.agenda() : List.<PrivateText>of()) {
						printer.printRecord(entry.date(), topic.text());
					}
				}
			});
			write(zip, "doses.csv", new String[] { "medication", "dose", "due_at_utc", "due_at_local", "local_date",
					"status", "taken_at_utc", "taken_at_local", "skip_reason", "side_effects", "as_needed",
					"time_zone" }, printer -> {
						for (DoseRecord dose : doseRecords) {
							Medication medication = byId.get(dose.medicationId());
							printer.printRecord(name(byId, dose),
									(medication != null) ? medication.doseOn(dose.localDate()) : null, dose.dueAt(),
									local(dose.dueAt(), zone), dose.localDate(), dose.status(), dose.takenAt(),
									local(dose.takenAt(), zone), dose.skipReason(),
									(dose.sideEffects() != null) ? String.join("; ", dose.sideEffects()) : null,
									dose.asNeeded(), zone.getId());
						}
					});
			write(zip, "medications.csv", new String[] { "name", "dose", "times", "status", "dose_changes" },
					printer -> {
						for (Medication medication : meds) {
							printer.printRecord(medication.displayName(), medication.dose(),
									medication.times().stream().map(Object::toString).collect(Collectors.joining(" ")),
									medication.status(), medication.doseChangesOrEmpty()
										.stream()
										.map(change -> change.from() + ": " + change.before() + " -> " + change.after())
										.collect(Collectors.joining("; ")));
						}
					});
			write(zip, "questionnaires.csv", new String[] { "date", "questionnaire", "total", "band", "answers",
					"flag", "taken_at_utc", "taken_at_local", "time_zone" }, printer -> {
						for (QuestionnaireResult result : questionnaires.between(userId, EVERYTHING_FROM, until)) {
							Integer item9 = SummaryStats.Score.item9(result);
							printer.printRecord(result.date(), result.kind().replace("PHQ9", "PHQ-9").replace("GAD7", "GAD-7"),
									result.total(), result.band(),
									(result.items() != null) ? result.items().stream().map(String::valueOf)
										.collect(Collectors.joining(" ")) : null,
									(item9 != null) ? messages.get(Locale.ENGLISH, "export.item9",
											messages.get(Locale.ENGLISH, "questionnaire.answer." + item9)
												.toLowerCase(Locale.ENGLISH)) : null,
									result.takenAt(), local(result.takenAt(), zone), zone.getId());
						}
					});
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** "nausea (MILD, Lithium)". */
	private static String sideEffect(SideEffectReport effect) {
		List<String> details = new ArrayList<>();
		if (effect.severity() != null) {
			details.add(effect.severity().name());
		}
		if (effect.medication() != null) {
			details.add(effect.medication());
		}
		return effect.effect() + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
	}

	private static String severity(SideEffectReport effect) {
		return (effect.severity() != null) ? effect.severity().name() : null;
	}

	private static String name(Map<String, Medication> byId, DoseRecord dose) {
		Medication medication = byId.get(dose.medicationId());
		return (medication != null) ? medication.displayName() : null;
	}

	/** "2026-11-24 22:00" in the person's zone. */
	private static String local(Instant instant, ZoneId zone) {
		return (instant == null) ? null : LOCAL.format(instant.atZone(zone));
	}

	private static void write(ZipOutputStream zip, String name, String[] header, Rows rows) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
		CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).get());
		rows.print(printer);
		printer.flush();
		zip.closeEntry();
	}

	@FunctionalInterface
	private interface Rows {

		void print(CSVPrinter printer) throws IOException;

	}

}
