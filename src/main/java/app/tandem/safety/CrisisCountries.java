package app.tandem.safety;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import app.tandem.user.PersonalDataErased;
import app.tandem.user.ProfileChanged;
import app.tandem.user.UserProfile;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which country's lines each chat gets, held in memory so the crisis path never waits for the database: loaded
 * once at start-up and kept current from {@link ProfileChanged}. A chat not known here gets the country in its
 * Telegram language tag when there is one ({@code pt-BR}), otherwise the international fallback.
 */
@Component
class CrisisCountries {

	private static final Logger log = LoggerFactory.getLogger(CrisisCountries.class);

	private final MongoTemplate mongo;

	private final Map<Long, String> byChat = new ConcurrentHashMap<>();

	CrisisCountries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Optional<String> countryFor(Inbound in) {
		String known = byChat.get(in.chatId());
		if (known != null) {
			return Optional.of(known);
		}
		String region = in.locale().getCountry();
		return region.isEmpty() ? Optional.empty() : Optional.of(region.toUpperCase(Locale.ROOT));
	}

	@EventListener
	void on(ProfileChanged event) {
		UserProfile profile = event.profile();
		if (profile.country() != null) {
			byChat.put(profile.chatId(), profile.country());
		}
	}

	@EventListener
	void on(PersonalDataErased event) {
		byChat.remove(event.chatId());
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		Query withCountry = Query.query(where("country").ne(null));
		withCountry.fields().include("chatId", "country");
		try {
			mongo.stream(withCountry, UserProfile.class)
				.forEach(profile -> byChat.putIfAbsent(profile.chatId(), profile.country()));
			log.info("Crisis countries known for {} chats", byChat.size());
		}
		catch (DataAccessException ex) {
			log.warn("Could not load crisis countries; they fill in as profiles change");
		}
	}

}
