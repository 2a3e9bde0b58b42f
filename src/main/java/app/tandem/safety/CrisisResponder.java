package app.tandem.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.chat.InboundPayload;
import app.tandem.chat.OutboundMessage;
import app.tandem.inbox.UrgentResponder;
import app.tandem.outbox.Lane;
import app.tandem.outbox.Outbox;

/**
 * Answers {@code /crisis}, {@code /sos} and the "Need help now" button, and screens every typed message, the
 * moment an update arrives: before it waits behind the chat's earlier updates, before consent or setup, whatever
 * flow the chat is in, and without touching the database. The crisis message goes on the highest-priority lane.
 * Automatic answers to screened text come at most once per {@link #AUTOMATIC_INTERVAL} per chat; asking is always
 * answered.
 */
@Component
class CrisisResponder implements UrgentResponder {

	static final Duration AUTOMATIC_INTERVAL = Duration.ofMinutes(10);

	private static final Set<String> COMMANDS = Set.of("crisis", "sos");

	private static final String BUTTON = "cmd::crisis";

	private final RiskScreen screen = new RiskScreen();

	private final CrisisMessage message;

	private final CrisisCountries countries;

	private final Outbox outbox;

	private final Clock clock;

	private final SafetyFollowUps followUps;

	private final Map<Long, Instant> lastAutomatic = new ConcurrentHashMap<>();

	CrisisResponder(CrisisMessage message, CrisisCountries countries, Outbox outbox, Clock clock,
			SafetyFollowUps followUps) {
		this.message = message;
		this.countries = countries;
		this.outbox = outbox;
		this.clock = clock;
		this.followUps = followUps;
	}

	@Override
	public void respond(Inbound in) {
		InboundPayload payload = in.payload();
		if (payload instanceof InboundPayload.Command command && COMMANDS.contains(command.name())) {
			send(in, CrisisTrigger.ASKED, null);
			return;
		}
		if (payload instanceof InboundPayload.ButtonPress press && BUTTON.equals(press.data())) {
			outbox.send(in.chatId(), new OutboundMessage.AnswerButton(press.callbackId(), null), Lane.CRISIS);
			send(in, CrisisTrigger.ASKED, null);
			return;
		}
		Optional<RiskSignal> signal = screened(in).map(Risk::signal);
		if (signal.isPresent() && automaticAllowed(in.chatId())) {
			send(in, CrisisTrigger.SCREENED_TEXT, signal.get());
		}
	}

	/** Shows crisis resources at once for a reason found while handling (PHQ-9 item 9), whatever the rate limit. */
	void showNow(Inbound in, CrisisTrigger trigger) {
		send(in, trigger, null);
	}

	private Optional<Risk> screened(Inbound in) {
		if (in.payload() instanceof InboundPayload.Text text) {
			return screen.screen(text.text());
		}
		if (in.payload() instanceof InboundPayload.Command command) {
			return screen.screen(command.arguments());
		}
		return Optional.empty();
	}

	private boolean automaticAllowed(long chatId) {
		Instant now = clock.instant();
		Instant previous = lastAutomatic.get(chatId);
		if (previous != null && previous.plus(AUTOMATIC_INTERVAL).isAfter(now)) {
			return false;
		}
		lastAutomatic.put(chatId, now);
		return true;
	}

	private void send(Inbound in, CrisisTrigger trigger, RiskSignal signal) {
		String text = message.compose(countries.countryFor(in), in.locale());
		outbox.send(in.chatId(), new OutboundMessage.Text(text), Lane.CRISIS);
		followUps.afterCrisisMessage(in.chatId(), in.locale(), trigger, signal);
	}

}
