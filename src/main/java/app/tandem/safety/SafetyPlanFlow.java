package app.tandem.safety;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.chat.Html;
import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.ConversationState;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Flow;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;

/**
 * {@code /safetyplan}: write, view and edit a Stanley–Brown safety plan, one section at a time, every section
 * optional. Typed words become the section; Skip keeps what was there.
 */
@Component
class SafetyPlanFlow implements Flow, CommandHandler {

	static final String FLOW = "plan";

	static final int MAX_LENGTH = 1000;

	private final Conversations conversations;

	private final SafetyPlans plans;

	private final Replies replies;

	SafetyPlanFlow(Conversations conversations, SafetyPlans plans, Replies replies) {
		this.conversations = conversations;
		this.plans = plans;
		this.replies = replies;
	}

	@Override
	public String name() {
		return FLOW;
	}

	@Override
	public Set<String> commands() {
		return Set.of("safetyplan");
	}

	@Override
	public void handle(Turn turn) {
		boolean edit = "edit".equals(turn.arguments().strip());
		Optional<SafetyPlan> plan = plans.find(turn.userId());
		if (plan.isPresent() && !edit) {
			replies.send(turn.inbound(), new OutboundMessage.Text(plans.render(plan.get(), turn.inbound().locale()),
					Keyboard.of(replies.button(turn.inbound(), "plan.edit", ButtonData.command("safetyplan", "edit")))));
			return;
		}
		SafetyPlanSection first = SafetyPlanSection.WARNING_SIGNS;
		if (conversations.begin(turn.chatId(), FLOW, first.id(), Map.of(), turn.updateId()).isPresent()) {
			replies.say(turn.inbound(), plan.isPresent() ? "plan.intro-edit" : "plan.intro");
			ask(turn, first, plan);
		}
	}

	@Override
	public void onInput(Turn turn, ConversationState state) {
		SafetyPlanSection section = SafetyPlanSection.of(state.step());
		Optional<String> button = turn.buttonValue();
		if (button.isPresent()) {
			replies.acknowledge(turn.inbound(), null, true);
			moveOn(turn, state, "back".equals(button.get()) ? section.previous() : section.next());
			return;
		}
		String text = turn.typed().orElse("");
		if (text.isEmpty() || text.length() > MAX_LENGTH) {
			replies.say(turn.inbound(), "plan.hint", MAX_LENGTH);
			return;
		}
		plans.write(turn.userId(), section, text);
		moveOn(turn, state, section.next());
	}

	private void moveOn(Turn turn, ConversationState state, SafetyPlanSection next) {
		if (next == null) {
			if (conversations.end(state, turn.updateId())) {
				plans.find(turn.userId())
					.ifPresentOrElse(plan -> replies.send(turn.inbound(), new OutboundMessage.Text(
							plans.render(plan, turn.inbound().locale()) + "\n\n" + replies.text(turn.inbound(), "plan.saved"))),
							() -> replies.say(turn.inbound(), "plan.empty"));
			}
			return;
		}
		if (conversations.advance(state, next.id(), Map.of(), turn.updateId()).isPresent()) {
			ask(turn, next, plans.find(turn.userId()));
		}
	}

	private void ask(Turn turn, SafetyPlanSection section, Optional<SafetyPlan> plan) {
		String question = replies.text(turn.inbound(), "plan." + section.id(), section.ordinal() + 1,
				SafetyPlanSection.values().length);
		String current = plan.map(p -> p.section(section)).orElse(null);
		if (current != null) {
			question += "\n\n" + replies.text(turn.inbound(), "plan.current", Html.escape(current));
		}
		Keyboard keyboard = Keyboard.of(
				replies.button(turn.inbound(), "button.back", ButtonData.of(FLOW, section.id(), "back")),
				replies.button(turn.inbound(), "button.skip", ButtonData.of(FLOW, section.id(), "skip")));
		replies.send(turn.inbound(), new OutboundMessage.Text(question, keyboard));
	}

}
