package app.tandem.medication;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;

import org.springframework.stereotype.Component;

import app.tandem.conversation.Recipient;
import app.tandem.conversation.Replies;
import app.tandem.medication.DoseMessages.Due;
import app.tandem.schedule.LocalRule;
import app.tandem.schedule.ScheduleHandler;
import app.tandem.schedule.ScheduledFire;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

/**
 * The reminder at a dose time: a record per medication due (created once, whatever the retries), and one message.
 * After downtime, a reminder still inside its window goes out late and says so; an older one is recorded
 * "missed — not reminded" and not sent.
 */
@Component
class DoseReminders implements ScheduleHandler {

	/** How many days back a reminder looks for earlier doses of its medications still pending. */
	static final int LOOK_BACK = 8;

	private static final int QUEUING_THREADS = 8;

	/** The fewest reminders a thread writes and hands to the outbox in one call. */
	private static final int PART = 50;

	private final Medications medications;

	private final DoseLog doses;

	private final DoseMessages messages;

	private final Users users;

	private final MedicationProperties properties;

	/**
	 * Where a batch's reminders are written and handed to the outbox, a part per thread: each part is stored in one
	 * write, and parts handed over at the same moment share one (the outbox's group commit), so a minute with
	 * thousands of reminders costs a few writes per batch, not one per person, while the messages are written,
	 * mapped and encrypted on several threads.
	 */
	private final ExecutorService queuing = Executors.newFixedThreadPool(QUEUING_THREADS, runnable -> {
		Thread thread = new Thread(runnable, "dose-reminders");
		thread.setDaemon(true);
		return thread;
	});

	DoseReminders(Medications medications, DoseLog doses, DoseMessages messages, Users users,
			MedicationProperties properties) {
		this.medications = medications;
		this.doses = doses;
		this.messages = messages;
		this.users = users;
		this.properties = properties;
	}

	@Override
	public String kind() {
		return MedicationSchedules.REMIND;
	}

	@Override
	public Duration grace() {
		return properties.grace();
	}

	@Override
	public void fire(ScheduledFire fire) {
		fireAll(List.of(fire));
	}


	/**
	 * A batch of reminders in a fixed number of queries, each reaching documents by id (so the embedded store, which
	 * has no secondary indexes, does not scan a collection): the profiles; the medications due, listed on each
	 * reminder schedule (schedules written before that list existed fall back to one query by person); the
	 * records of their recent earlier doses, to close those still pending; the existing records, and one bulk insert;
	 * then one message per person.
	 */
	@Override
	public void fireAll(List<ScheduledFire> fires) {
		var userIds = fires.stream().map(ScheduledFire::userId).collect(Collectors.toSet());
		var profiles = users.findAll(userIds);
		var medicationsByUser = medicationsOf(fires).stream().collect(Collectors.groupingBy(Medication::userId));
		List<Due> planned = new ArrayList<>();
		List<String> earlier = new ArrayList<>();
		for (ScheduledFire fire : fires) {
			LocalTime slot = LocalTime.parse(fire.attributes().get(MedicationSchedules.SLOT));
			medicationsByUser.getOrDefault(fire.userId(), List.of())
				.stream()
				.filter(medication -> isDue(medication, slot, fire))
				.forEach(medication -> {
					planned.add(new Due(medication, new DoseRecord(DoseRecord.idOf(medication.id(), fire.dueAt()),
							fire.userId(), medication.id(), fire.dueAt(), fire.localDate(), DoseStatus.PENDING, null,
							null, null, null, false, fire.isLate(), false)));
					earlier.addAll(earlierDoseIds(medication, fire));
				});
		}
		doses.closeIfPending(earlier);
		var created = doses.openAll(planned.stream().map(Due::record).toList())
			.stream()
			.map(DoseRecord::id)
			.collect(Collectors.toSet());
		var byFire = planned.stream()
			.filter(due -> created.contains(due.record().id()))
			.collect(Collectors.groupingBy(due -> due.record().userId() + "@" + due.record().dueAt(),
					LinkedHashMap::new, Collectors.toList()));
		List<Supplier<Replies.Tagged>> reminders = new ArrayList<>();
		for (ScheduledFire fire : fires) {
			List<Due> due = byFire.get(fire.userId() + "@" + fire.dueAt());
			UserProfile profile = profiles.get(fire.userId());
			if (due == null || profile == null) {
				continue;
			}
			reminders.add(() -> messages.reminder(Recipient.scheduled(fire, profile.language()), due,
					LocalTime.parse(fire.attributes().get(MedicationSchedules.SLOT)), fire.zone(),
					fire.isLate() ? "med.remind-late" : "med.remind"));
		}
		awaitAll(inParts(reminders).stream()
			.map(part -> CompletableFuture.runAsync(
					() -> messages.remindAll(part.stream().map(Supplier::get).toList()), queuing))
			.toList());
	}

	/** The reminders in up to {@link #QUEUING_THREADS} parts of at least {@link #PART} each, in order. */
	private static List<List<Supplier<Replies.Tagged>>> inParts(List<Supplier<Replies.Tagged>> reminders) {
		int size = Math.max(PART, (reminders.size() + QUEUING_THREADS - 1) / QUEUING_THREADS);
		List<List<Supplier<Replies.Tagged>>> parts = new ArrayList<>();
		for (int from = 0; from < reminders.size(); from += size) {
			parts.add(reminders.subList(from, Math.min(reminders.size(), from + size)));
		}
		return parts;
	}

	/**
	 * Waits until every reminder is in the outbox; the first failure is thrown (after all have ended), so the batch
	 * is tried again one by one, and the outbox's ids keep what was already queued from being queued twice.
	 */
	private static void awaitAll(List<CompletableFuture<Void>> queued) {
		try {
			CompletableFuture.allOf(queued.toArray(CompletableFuture[]::new)).join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	@PreDestroy
	void stop() {
		queuing.shutdown();
	}

	/**
	 * The medications the reminders are for: by the ids their schedules list, or, for schedules that list none
	 * (written before they did), the people's active medications.
	 */
	private List<Medication> medicationsOf(List<ScheduledFire> fires) {
		Set<String> listed = new HashSet<>();
		Set<Long> unlisted = new HashSet<>();
		for (ScheduledFire fire : fires) {
			String ids = fire.attributes().get(MedicationSchedules.MEDICATIONS);
			if (ids == null) {
				unlisted.add(fire.userId());
			}
			else if (!ids.isEmpty()) {
				listed.addAll(List.of(ids.split(",")));
			}
		}
		List<Medication> found = new ArrayList<>(medications.byIds(listed));
		if (!unlisted.isEmpty()) {
			found.removeIf(medication -> unlisted.contains(medication.userId()));
			found.addAll(medications.activeOf(unlisted));
		}
		return found;
	}

	/**
	 * The ids of the medication's scheduled doses in the {@link #LOOK_BACK} days before this one (ids are made from
	 * the medication and the instant, so they can be computed): those still pending are closed as missed. An older
	 * one still pending, or one at a time or in a zone since changed, is closed by the next dose close, which closes
	 * all of the person's pending doses.
	 */
	private static List<String> earlierDoseIds(Medication medication, ScheduledFire fire) {
		List<String> ids = new ArrayList<>();
		for (int back = LOOK_BACK; back >= 0; back--) {
			LocalDate date = fire.localDate().minusDays(back);
			if (!medication.takenOn(date)) {
				continue;
			}
			for (LocalTime time : medication.times()) {
				Instant at = LocalRule.daily(time).instantOf(date, fire.zone());
				if (at.isBefore(fire.dueAt())) {
					ids.add(DoseRecord.idOf(medication.id(), at));
				}
			}
		}
		return ids;
	}

	@Override
	public void missed(ScheduledFire fire) {
		LocalTime slot = LocalTime.parse(fire.attributes().get(MedicationSchedules.SLOT));
		dueAt(fire, slot).forEach(medication -> doses.open(medication, fire.dueAt(), fire.localDate(),
				DoseStatus.NOT_REMINDED, false));
	}

	private List<Medication> dueAt(ScheduledFire fire, LocalTime slot) {
		return medications.current(fire.userId()).stream().filter(medication -> isDue(medication, slot, fire)).toList();
	}

	private static boolean isDue(Medication medication, LocalTime slot, ScheduledFire fire) {
		return medication.isActive() && !medication.isAsNeeded() && medication.times().contains(slot)
				&& medication.takenOn(fire.localDate());
	}

}
