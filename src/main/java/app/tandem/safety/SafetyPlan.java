package app.tandem.safety;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import app.tandem.store.PrivateText;

/**
 * A Stanley–Brown safety plan: the person's own words for each section, encrypted at rest.
 *
 * @param userId whose plan it is
 * @param sections by {@link SafetyPlanSection} name; a section may be missing
 * @param updatedAt when it last changed
 */
@Document("safety_plans")
record SafetyPlan(@Id long userId, Map<String, PrivateText> sections, Instant updatedAt) {

	String section(SafetyPlanSection section) {
		PrivateText text = (sections != null) ? sections.get(section.name()) : null;
		return (text != null) ? text.text() : null;
	}

	boolean isEmpty() {
		return sections == null || sections.isEmpty();
	}

}
