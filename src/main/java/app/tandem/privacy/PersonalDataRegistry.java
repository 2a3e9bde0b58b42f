package app.tandem.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import app.tandem.user.PersonalData;
import app.tandem.user.PersonalDataErased;

/**
 * Every module's {@link PersonalData}, exported or erased together.
 */
@Component
class PersonalDataRegistry {

	private final List<PersonalData> parts;

	private final ApplicationEventPublisher events;

	PersonalDataRegistry(List<PersonalData> parts, ApplicationEventPublisher events) {
		this.parts = parts;
		this.events = events;
	}

	Map<String, Object> export(long userId, long chatId) {
		Map<String, Object> sections = new LinkedHashMap<>();
		parts.forEach(part -> sections.put(part.section(), part.export(userId, chatId)));
		return sections;
	}

	void erase(long userId, long chatId) {
		parts.forEach(part -> part.erase(userId, chatId));
		events.publishEvent(new PersonalDataErased(userId, chatId));
	}

}
