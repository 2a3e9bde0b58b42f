package app.tandem.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Component;

import app.tandem.checkin.CheckIn;
import app.tandem.checkin.Journal;
import app.tandem.medication.DoseLog;
import app.tandem.medication.DoseRecord;
import app.tandem.medication.Medication;
import app.tandem.medication.Medications;
import app.tandem.user.ExportFile;

/**
 * The person's data as CSV, one file per kind (check-ins, doses, medications), zipped. Only their own rows: every
 * query is by their user id.
 */
@Component
class CsvExport implements ExportFile {

	private static final LocalDate EVERYTHING_FROM = LocalDate.of(2000, 1, 1);

	private final Journal journal;

	private final DoseLog doses;

	private final Medications medications;

	private final Clock clock;

	CsvExport(Journal journal, DoseLog doses, Medications medications, Clock clock) {
		this.journal = journal;
		this.doses = doses;
		this.medications = medications;
		this.clock = clock;
	}

	@Override
	public String fileName(long userId) {
		return "tandem-export-" + LocalDate.now(clock) + ".zip";
	}

	@Override
	public byte[] content(long userId, long chatId) {
		LocalDate until = LocalDate.now(clock).plusDays(1);
		List<Medication> meds = medications.all(userId);
		Map<String, String> names = meds.stream().collect(Collectors.toMap(Medication::id, Medication::displayName));
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			write(zip, "checkins.csv", new String[] { "date", "mood", "anxiety", "sleep_hours", "sleep_quality",
					"side_effects", "exercise", "mindfulness", "social", "note", "note_for_therapist" }, printer -> {
						for (CheckIn entry : journal.between(userId, EVERYTHING_FROM, until)) {
							printer.printRecord(entry.date(), entry.mood(), entry.anxiety(), entry.sleepHours(),
									entry.sleepQuality(), entry.sideEffectsOrEmpty()
										.stream()
										.map(effect -> effect.effect()
												+ ((effect.severity() != null) ? " (" + effect.severity() + ")" : ""))
										.collect(Collectors.joining("; ")),
									entry.exercise(), entry.mindfulness(), entry.social(),
									(entry.note() != null) ? entry.note().text() : null, entry.noteForTherapist());
						}
					});
			write(zip, "doses.csv", new String[] { "medication", "due_at", "local_date", "status", "taken_at",
					"skip_reason", "side_effects", "as_needed" }, printer -> {
						for (DoseRecord dose : doses.between(userId, EVERYTHING_FROM, until)) {
							printer.printRecord(names.get(dose.medicationId()), dose.dueAt(), dose.localDate(),
									dose.status(), dose.takenAt(), dose.skipReason(),
									(dose.sideEffects() != null) ? String.join("; ", dose.sideEffects()) : null,
									dose.asNeeded());
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
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
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
