package app.tandem.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.ButtonData;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.ConversationState;
import app.tandem.conversation.Conversations;
import app.tandem.conversation.Flow;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.user.UserProfile;

/**
 * {@code /report}: the period by button (last 30 or 90 days) or typed ({@code 2026-10-01 2026-11-29}), then the
 * PDF as a document, with an "uploading" indicator while it is made.
 */
@Component
class ReportFlow implements Flow, CommandHandler {

	static final String FLOW = "report";

	static final int MAX_DAYS = 366;

	private final Conversations conversations;

	private final ClinicianReport report;

	private final Replies replies;

	private final Clock clock;

	ReportFlow(Conversations conversations, ClinicianReport report, Replies replies, Clock clock) {
		this.conversations = conversations;
		this.report = report;
		this.replies = replies;
		this.clock = clock;
	}

	@Override
	public String name() {
		return FLOW;
	}

	@Override
	public Set<String> commands() {
		return Set.of("report");
	}

	@Override
	public void handle(Turn turn) {
		if (conversations.begin(turn.chatId(), FLOW, "period", Map.of(), turn.updateId()).isPresent()) {
			replies.ask(turn.inbound(),
					Keyboard.of(replies.button(turn.inbound(), "report.last-30", ButtonData.of(FLOW, "period", "30")),
							replies.button(turn.inbound(), "report.last-90", ButtonData.of(FLOW, "period", "90"))),
					"report.question");
		}
	}

	@Override
	public void onInput(Turn turn, ConversationState state) {
		UserProfile profile = turn.profile().orElseThrow();
		LocalDate today = LocalDate.now(clock.withZone(profile.zoneOrUtc()));
		Optional<Period> period = turn.buttonValue()
			.map(days -> new Period(today.minusDays(Integer.parseInt(days) - 1L), today))
			.or(() -> turn.typed().flatMap(text -> typed(text, today)));
		if (period.isEmpty()) {
			replies.say(turn.inbound(), "report.hint", MAX_DAYS);
			return;
		}
		replies.acknowledge(turn.inbound(), null, true);
		if (!conversations.end(state, turn.updateId())) {
			return;
		}
		replies.send(turn.inbound(), new OutboundMessage.ChatAction(OutboundMessage.ChatAction.Action.UPLOAD_DOCUMENT));
		byte[] pdf = report.render(profile, period.get(), profile.summaryLocale(turn.inbound().locale()));
		replies.send(turn.inbound(), new OutboundMessage.Document(pdf,
				"tandem-report-" + period.get().from() + "-to-" + period.get().to() + ".pdf",
				replies.text(turn.inbound(), "report.caption", period.get().label(turn.inbound().locale()))));
	}

	private static Optional<Period> typed(String text, LocalDate today) {
		String[] parts = text.strip().split("\\s*(?:\\s|–|—|to|-(?=\\s))\\s*");
		if (parts.length != 2) {
			return Optional.empty();
		}
		try {
			LocalDate from = LocalDate.parse(parts[0]);
			LocalDate to = LocalDate.parse(parts[1]);
			if (to.isBefore(from) || to.isAfter(today) || from.plusDays(MAX_DAYS).isBefore(to)) {
				return Optional.empty();
			}
			return Optional.of(new Period(from, to));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
