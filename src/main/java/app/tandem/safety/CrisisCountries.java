package app.tandem.safety;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.i18n.Language;
import app.tandem.time.ZoneCountries;
import app.tandem.user.PersonalDataErased;
import app.tandem.user.ProfileChanged;
import app.tandem.user.UserProfile;

/**
 * Which country's crisis resources each chat gets, held in memory so the crisis path never waits for the database:
 * loaded once at start-up and kept current from {@link ProfileChanged}. The country the person chose wins; without
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

	private final Map<Long, FromProfile> byChat = new ConcurrentHashMap<>();

	/** Each known person's language, so crisis help is in the language they chose without a database call. */
	private final Map<Long, Language> languages = new ConcurrentHashMap<>();

	CrisisCountries(MongoTemplate mongo, CrisisLines lines) {
		this.mongo = mongo;
		this.lines = lines;
	}

	/** The chat's country (ISO 3166 code), or empty for the international fallback. */
	Optional<String> countryFor(Inbound in) {
		FromProfile known = byChat.get(in.chatId());
		if (known != null && known.country() != null) {
			return Optional.of(known.country());
		}
		boolean notListed = known != null && known.notListed();
		return unlessRuledOut(regionOf(in.languageCode()), notListed);
	}

	/** The update, to be answered in the language the person chose (their Telegram language before consent). */
	Inbound inTheirLanguage(Inbound in) {
		return in.inLanguage(languages.get(in.chatId()));
	}

	@EventListener
	void on(ProfileChanged event) {
		UserProfile profile = event.profile();
		languages.put(profile.chatId(), profile.language());
		FromProfile country = fromProfile(profile);
		if (country.isEmpty()) {
			byChat.remove(profile.chatId());
		}
		else {
			byChat.put(profile.chatId(), country);
		}
	}

	@EventListener
	void on(PersonalDataErased event) {
		byChat.remove(event.chatId());
		languages.remove(event.chatId());
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		Query profiles = new Query();
		profiles.fields().include("chatId", "country", "zone", "setupCompletedAt", "languageCode", "chosenLanguage");
		try {
			mongo.stream(profiles, UserProfile.class).forEach(profile -> {
				languages.putIfAbsent(profile.chatId(), profile.language());
				FromProfile country = fromProfile(profile);
				if (!country.isEmpty()) {
					byChat.putIfAbsent(profile.chatId(), country);
				}
			});
			log.debug("Crisis countries known for {} chats", byChat.size());
		}
		catch (DataAccessException ex) {
			log.warn("Could not load crisis countries; they fill in as profiles change");
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
