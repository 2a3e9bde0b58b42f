package app.tandem.safety;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.i18n.Language;
import app.tandem.store.StoreOutage;
import app.tandem.time.ZoneCountries;
import app.tandem.user.PersonalDataErased;
import app.tandem.user.ProfileChanged;
import app.tandem.user.UserProfile;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which country's crisis resources each chat gets, held in memory so the crisis path does not wait for the database:
 * loaded once at start-up (packed, {@link KnownAtStart}) and kept current from {@link ProfileChanged}. Several instances share one store and each
 * sees only its own events, so a value older than {@link #FRESH_FOR} (or none) is read again from the store, waiting
 * at most {@link #STORE_WAIT}: a country another instance just saved is served here too, and while the store is down
 * or slow the last value known here is (or, without one, the guess from the Telegram language). The country the person chose wins; without
 * one, the country of their time zone, then the region of their Telegram language tag ({@code pt-BR}), then none
 * (the international fallback).
 * <p>
 * Someone who answered "Not listed" told us their country is none of those with lines, so a guess that lands on
 * one of them is dropped: no lines of a country they left, yet still their own country's emergency number when a
 * guess finds a country without lines.
 */
@Component
class CrisisCountries {

	private static final Logger log = LoggerFactory.getLogger(CrisisCountries.class);

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	private final MongoTemplate mongo;

	private final CrisisLines lines;

	/** How long a value known here is served without asking the store again. */
	static final Duration FRESH_FOR = Duration.ofSeconds(5);

	/** How long the crisis path waits for the store before it answers with what it knows. */
	static final Duration STORE_WAIT = Duration.ofMillis(300);

	private static final int LOAD_BATCH = 1_000;

	static final int LOAD_PART = 20_000;

	/** Values read or heard of since the start; they win over {@link #atStart}. */
	private final Map<Long, Known> byChat = new ConcurrentHashMap<>();

	/**
	 * Each person's language heard of since the start, so crisis help is in the language they chose without a
	 * database call; the others' are in {@link #atStart}.
	 */
	private final Map<Long, Language> languages = new ConcurrentHashMap<>();

	/** What every profile said at start-up, and when (nano time) it was read. */
	private volatile KnownAtStart atStart = KnownAtStart.NONE;

	private volatile long atStartReadAt;

	private final ExecutorService reads;

	/** What the inbox and the outbox saw of the store: while it is down, the crisis path does not wait for it. */
	private final StoreOutage outage;

	/**
	 * Nano time until which the crisis path does not wait for the store, because a read of its own failed or took
	 * longer than {@link #STORE_WAIT} (the next read would most likely wait as long, queued behind the first).
	 */
	private volatile long unreadUntil;

	/** Nano time, to tell how old a value is; a test moves it. */
	private final LongSupplier ticker;

	@Autowired
	CrisisCountries(MongoTemplate mongo, CrisisLines lines, StoreOutage outage) {
		this(mongo, lines, outage, System::nanoTime);
	}

	CrisisCountries(MongoTemplate mongo, CrisisLines lines, StoreOutage outage, LongSupplier ticker) {
		this.mongo = mongo;
		this.lines = lines;
		this.outage = outage;
		this.ticker = ticker;
		this.unreadUntil = ticker.getAsLong();
		CustomizableThreadFactory threads = new CustomizableThreadFactory("crisis-country-");
		threads.setDaemon(true);
		this.reads = Executors.newCachedThreadPool(threads);
	}

	/** The chat's country (ISO 3166 code), or empty for the international fallback. */
	Optional<String> countryFor(Inbound in) {
		FromProfile known = current(in.chatId());
		if (known != null && known.country() != null) {
			return Optional.of(known.country());
		}
		boolean notListed = known != null && known.notListed();
		return unlessRuledOut(regionOf(in.languageCode()), notListed);
	}

	/**
	 * The update, to be answered in the language the person chose (their Telegram language before consent), as
	 * known here: no store call on the crisis path.
	 */
	Inbound inTheirLanguage(Inbound in) {
		Language language = languages.get(in.chatId());
		if (language == null) {
			KnownAtStart.Entry entry = atStart.get(in.chatId());
			language = (entry != null) ? entry.language() : null;
		}
		return in.inLanguage(language);
	}

	/** What the chat's profile says: known here and fresh, else read now, else the last value known here. */
	private FromProfile current(long chatId) {
		Known known = byChat.get(chatId);
		if (known == null) {
			KnownAtStart.Entry entry = atStart.get(chatId);
			FromProfile country = (entry != null) ? new FromProfile(entry.country(), entry.notListed()) : null;
			known = (country != null && !country.isEmpty()) ? new Known(country, atStartReadAt) : null;
		}
		long now = ticker.getAsLong();
		if (known != null && now - known.readAt() < FRESH_FOR.toNanos()) {
			return known.country();
		}
		if (outage.isOngoing() || now - unreadUntil < 0) {
			// the store failed or was slow seconds ago: every crisis answer would wait out STORE_WAIT again
			return (known != null) ? known.country() : null;
		}
		try {
			FromProfile read = reads.submit(() -> read(chatId)).get(STORE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
			byChat.put(chatId, new Known(read, now));
			return read;
		}
		catch (TimeoutException | ExecutionException | RejectedExecutionException ex) {
			unreadUntil = now + FRESH_FOR.toNanos();
			log.debug("Crisis country of a chat not read from the store ({}); using the last one known",
					ex.getClass().getSimpleName());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return (known != null) ? known.country() : null;
	}

	private FromProfile read(long chatId) {
		UserProfile profile = mongo.findOne(Query.query(where("chatId").is(chatId)), UserProfile.class);
		if (profile != null) {
			languages.put(chatId, profile.language());
		}
		FromProfile country = (profile != null) ? fromProfile(profile) : null;
		return (country != null && !country.isEmpty()) ? country : null;
	}

	@EventListener
	void on(ProfileChanged event) {
		UserProfile profile = event.profile();
		languages.put(profile.chatId(), profile.language());
		FromProfile country = fromProfile(profile);
		byChat.put(profile.chatId(), new Known(country.isEmpty() ? null : country, ticker.getAsLong()));
	}

	@EventListener
	void on(PersonalDataErased event) {
		byChat.remove(event.chatId());
		languages.remove(event.chatId());
		atStart.forget(event.chatId());
	}

	/**
	 * Reads what every profile says, packed ({@link KnownAtStart}). The embedded store answers a query with all its
	 * results at once, in memory (about 650 bytes a person: 65 MB for 100,000, a third of the heap), so the profiles
	 * are read in parts of about {@link #LOAD_PART} people, by user id modulo the number of parts (counted from the
	 * collection's size, which a count of matching documents would read in full), and each part in batches of
	 * {@link #LOAD_BATCH}. What was heard of meanwhile wins.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void load() {
		long readAt = ticker.getAsLong();
		KnownAtStart.Builder loaded = new KnownAtStart.Builder();
		try {
			long people = mongo.estimatedCount(UserProfile.class);
			long parts = Math.max(1, (people + LOAD_PART - 1) / LOAD_PART);
			for (long part = 0; part < parts; part++) {
				Query profiles = Query.query(where("_id").mod(parts, part)).cursorBatchSize(LOAD_BATCH);
				profiles.fields()
					.include("chatId", "country", "zone", "setupCompletedAt", "languageCode", "chosenLanguage");
				mongo.stream(profiles, UserProfile.class).forEach(profile -> add(loaded, profile, readAt));
			}
			atStartReadAt = readAt;
			atStart = loaded.build();
			log.debug("Crisis countries known for {} chats", atStart.size());
		}
		catch (DataAccessException ex) {
			log.warn("Could not load crisis countries; they fill in as profiles change");
		}
	}

	private void add(KnownAtStart.Builder loaded, UserProfile profile, long readAt) {
		FromProfile country = fromProfile(profile);
		if (KnownAtStart.fits(country.country())) {
			loaded.add(profile.chatId(), country.country(), country.notListed(), profile.language());
		}
		else {
			languages.putIfAbsent(profile.chatId(), profile.language());
			byChat.putIfAbsent(profile.chatId(), new Known(country, readAt));
		}
	}

	private FromProfile fromProfile(UserProfile profile) {
		if (profile.country() != null) {
			return new FromProfile(profile.country(), false);
		}
		// Setup ends with the country question, so a finished setup without a country means "Not listed".
		boolean notListed = profile.isSetUp();
		Optional<String> fromZone = Optional.ofNullable(profile.zone()).flatMap(ZoneCountries::countryOf);
		return new FromProfile(unlessRuledOut(fromZone, notListed).orElse(null), notListed);
	}

	private Optional<String> unlessRuledOut(Optional<String> guess, boolean notListed) {
		return notListed ? guess.filter(code -> lines.forCountry(code).isEmpty()) : guess;
	}

	/** The region of a Telegram language tag ({@code pt-BR} gives {@code BR}). */
	private static Optional<String> regionOf(String languageCode) {
		if (languageCode == null) {
			return Optional.empty();
		}
		String region = Locale.forLanguageTag(languageCode.replace('_', '-')).getCountry().toUpperCase(Locale.ROOT);
		return ISO_COUNTRIES.contains(region) ? Optional.of(region) : Optional.empty();
	}

	/** What a profile said ({@code null}: nothing), and when (nano time) it was read or heard of. */
	private record Known(FromProfile country, long readAt) {
	}

	/**
	 * What a profile says about the person's country.
	 *
	 * @param country the one they chose, else their time zone's (may be null)
	 * @param notListed they answered "Not listed"
	 */
	private record FromProfile(String country, boolean notListed) {

		boolean isEmpty() {
			return country == null && !notListed;
		}

	}

}
