package app.tandem.medication;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.tandem.conversation.Recipient;
import app.tandem.conversation.Replies;
import app.tandem.schedule.LocalRule;
import app.tandem.schedule.Schedules;
import app.tandem.user.ProfileChanged;
import app.tandem.user.UserProfile;
import app.tandem.user.Users;

/**
 * Keeps one reminder schedule per local dose time of a person (with its follow-up and its close), so medications
 * due at the same minute come in one message. Re-synchronised when medications change and when the person's time
 * zone changes; doses keep their wall-clock time (08:00 stays 08:00), and Tandem confirms the new times.
 */
@Component
class MedicationSchedules {

	static final String REMIND = "dose";

	static final String FOLLOW_UP = "dose-follow";

	static final String CLOSE = "dose-close";

	static final String SLOT = "slot";

	/** On a reminder schedule: the ids of the medications due at its slot, so the reminder reads them by id. */
	static final String MEDICATIONS = "medications";

	private final Schedules schedules;

	private final Medications medications;

	private final Users users;

	private final Replies replies;

	private final MedicationProperties properties;

	MedicationSchedules(Schedules schedules, Medications medications, Users users, Replies replies,
			MedicationProperties properties) {
		this.schedules = schedules;
		this.medications = medications;
		this.users = users;
		this.replies = replies;
		this.properties = properties;
	}

	@EventListener
	void on(MedicationsChanged event) {
		users.find(event.userId()).ifPresent(this::sync);
	}

	@EventListener
	void on(ProfileChanged event) {
		UserProfile profile = event.profile();
		Optional<ZoneId> before = schedules.zoneOf(profile.userId(), REMIND);
		SortedSet<LocalTime> slots = sync(profile);
		if (before.isPresent() && profile.zone() != null && !before.get().equals(profile.zone()) && !slots.isEmpty()) {
			Recipient to = Recipient.scheduled(profile.chatId(), profile.language());
			replies.say(to, "med.zone-changed", profile.zone().getId(),
					String.join(", ", slots.stream().map(LocalTime::toString).toList()));
		}
	}

	/** Puts a schedule for every local dose time of the person's active medications, and removes the rest. */
	SortedSet<LocalTime> sync(UserProfile profile) {
		SortedMap<LocalTime, List<String>> due = new TreeMap<>();
		if (profile.zone() != null) {
			medications.current(profile.userId())
				.stream()
				.filter(Medication::isActive)
				.filter(medication -> !medication.isAsNeeded())
				.forEach(medication -> medication.times()
					.forEach(time -> due.computeIfAbsent(time, t -> new ArrayList<>()).add(medication.id())));
		}
		SortedSet<LocalTime> slots = new TreeSet<>(due.keySet());
		List<String> remind = new ArrayList<>();
		List<String> followUp = new ArrayList<>();
		List<String> close = new ArrayList<>();
		for (LocalTime slot : slots) {
			Map<String, String> attributes = Map.of(SLOT, slot.toString());
			remind.add(put(profile, REMIND, slot, slot,
					Map.of(SLOT, slot.toString(), MEDICATIONS, String.join(",", due.get(slot)))));
			followUp.add(put(profile, FOLLOW_UP, slot, slot.plus(properties.followUp()), attributes));
			close.add(put(profile, CLOSE, slot, slot.plus(properties.grace()), attributes));
		}
		schedules.removeAllExcept(profile.userId(), REMIND, remind);
		schedules.removeAllExcept(profile.userId(), FOLLOW_UP, followUp);
		schedules.removeAllExcept(profile.userId(), CLOSE, close);
		return slots;
	}

	private String put(UserProfile profile, String kind, LocalTime slot, LocalTime at, Map<String, String> attributes) {
		String id = kind + ":" + profile.userId() + ":" + slot;
		schedules.put(id, profile.userId(), profile.chatId(), kind, profile.zone(), LocalRule.daily(at), attributes);
		return id;
	}

}
