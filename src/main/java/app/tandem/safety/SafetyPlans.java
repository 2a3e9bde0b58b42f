package app.tandem.safety;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import app.tandem.chat.Html;
import app.tandem.chat.OutboundMessage;
import app.tandem.i18n.Messages;
import app.tandem.outbox.Lane;
import app.tandem.outbox.Outbox;
import app.tandem.store.PrivateText;
import app.tandem.user.PersonalData;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Stores safety plans (one atomic update per section) and renders them.
 */
@Service
class SafetyPlans implements PersonalData {

	private final MongoTemplate mongo;

	private final Messages messages;

	private final Outbox outbox;

	private final Clock clock;

	SafetyPlans(MongoTemplate mongo, Messages messages, Outbox outbox, Clock clock) {
		this.mongo = mongo;
		this.messages = messages;
		this.outbox = outbox;
		this.clock = clock;
	}

	Optional<SafetyPlan> find(long userId) {
		return Optional.ofNullable(mongo.findById(userId, SafetyPlan.class)).filter(plan -> !plan.isEmpty());
	}

	void write(long userId, SafetyPlanSection section, String text) {
		String field = "sections." + section.name();
		mongo.upsert(Query.query(where("_id").is(userId)), new Update()
			.set(field, new PrivateText(text).at(SafetyPlan.class, userId, field))
			.set("updatedAt", clock.instant()), SafetyPlan.class);
	}

	/** The plan as one message, sections the person left empty left out. */
	String render(SafetyPlan plan, Locale locale) {
		List<String> parts = new ArrayList<>();
		parts.add(messages.get(locale, "plan.title"));
		for (SafetyPlanSection section : SafetyPlanSection.values()) {
			String text = plan.section(section);
			if (text != null) {
				parts.add("<b>" + messages.get(locale, "plan.heading." + section.id()) + "</b>\n" + Html.escape(text));
			}
		}
		return String.join("\n\n", parts);
	}

	void showAfterCrisis(long chatId, Locale locale) {
		find(chatId).ifPresent(plan -> outbox.send(chatId, new OutboundMessage.Text(render(plan, locale)), Lane.CRISIS));
	}

	@Override
	public String section() {
		return "safetyPlan";
	}

	@Override
	public Object export(long userId, long chatId) {
		return find(userId).map(plan -> {
			var sections = new LinkedHashMap<String, String>();
			for (SafetyPlanSection section : SafetyPlanSection.values()) {
				sections.put(section.id(), plan.section(section));
			}
			return sections;
		}).orElse(null);
	}

	@Override
	public void erase(long userId, long chatId) {
		mongo.remove(Query.query(where("_id").is(userId)), SafetyPlan.class);
	}

}
