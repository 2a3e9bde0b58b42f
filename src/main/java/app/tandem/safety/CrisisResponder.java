package app.tandem.safety;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import app.tandem.chat.Inbound;
import app.tandem.chat.InboundPayload;
import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.i18n.Messages;
import app.tandem.inbox.UrgentResponder;
import app.tandem.outbox.Lane;
import app.tandem.outbox.Outbox;

/**
 * Answers {@code /crisis}, {@code /sos}, a plain "sos" or "I need help", the "Need help now" button, and screens
 * every word a person types (text, command arguments, captions, edited messages) the moment an update arrives:
 * before it waits behind the chat's earlier updates, before consent or setup, whatever flow the chat is in, and
 * without touching the database. Everything goes on the crisis lane.
 * <p>
 * The answer follows the {@link RiskTier}: <em>urgent</em> puts the emergency number first; <em>crisis</em> shows
 * the lines and the safety plan; <em>concern</em> asks directly, with a line in the same message, and a Yes brings
 * the lines. Within {@link #REPEAT_WINDOW} of help shown, a message of the same or a lower tier gets a short
 * reminder with a number instead of the whole message again; a more severe one always gets its full answer.
 * <p>
 * The screen's rules are read on their own thread while the rest of the application is built, and the application
 * waits for them before anything starts ({@link #afterSingletonsInstantiated()}): the first message after a start is
 * screened by every rule, and rules that cannot be read still stop start-up.
 */
@Component
class CrisisResponder implements UrgentResponder, SmartInitializingSingleton {

	static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

	static final String CONCERN_YES = "crisis:concern:yes";

	static final String CONCERN_NO = "crisis:concern:no";

	private static final Set<String> COMMANDS = Set.of("crisis", "sos");

	private static final String BUTTON = "cmd::crisis";

	private static final String[] WARM_UP = { "slept badly, took my sertraline late, work was long",
			"i took all my pills", "no quiero vivir", "ich will nicht mehr", "je veux mourir", "quero morrer",
			"voglio morire", "не хочу жить", "hochu umeret" };

	private final CompletableFuture<RiskScreen> screen = CompletableFuture.supplyAsync(RiskScreen::new,
			CrisisResponder::onItsOwnThread);

	private final HelpWords helpWords = new HelpWords();

	private final CrisisMessage message;

	private final CrisisCountries countries;

	private final ScreenedMedications medications;

	private final Messages messages;

	private final Outbox outbox;

	private final Clock clock;

	private final SafetyFollowUps followUps;

	private final Map<Long, Shown> lastShown = new ConcurrentHashMap<>();

	CrisisResponder(CrisisMessage message, CrisisCountries countries, ScreenedMedications medications,
			Messages messages, Outbox outbox, Clock clock, SafetyFollowUps followUps) {
		this.message = message;
		this.countries = countries;
		this.medications = medications;
		this.messages = messages;
		this.outbox = outbox;
		this.clock = clock;
		this.followUps = followUps;
		screen.thenRunAsync(this::warmUp, CrisisResponder::onItsOwnThread);
	}

	/** Waits for the screen's rules, read in the background since this was made, before the application starts. */
	@Override
	public void afterSingletonsInstantiated() {
		screen.join();
	}

	private static void onItsOwnThread(Runnable task) {
		Thread thread = new Thread(task, "risk-screen");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Runs the screen over a few messages at start-up, on its own thread while the rest of the application starts
	 * (it waits for the screen's model to be learnt), so the first message after a start is screened at speed.
	 */
	private void warmUp() {
		for (int i = 0; i < 20; i++) {
			for (String text : WARM_UP) {
				screen.join().screen(text, List.of("Sertraline"));
			}
		}
	}

	@Override
	public boolean respond(Inbound received) {
		Inbound in = countries.inTheirLanguage(received);
		InboundPayload payload = in.payload();
		if (payload instanceof InboundPayload.Command command && COMMANDS.contains(command.name())) {
			full(in, RiskTier.CRISIS, CrisisTrigger.ASKED, null);
			return true;
		}
		if (payload instanceof InboundPayload.ButtonPress press) {
			return onButton(in, press);
		}
		if (payload instanceof InboundPayload.Text text && answersTheQuestion(in, text.text())) {
			return true;
		}
		if (payload instanceof InboundPayload.Text text && helpWords.asksForHelp(text.text())) {
			full(in, RiskTier.CRISIS, CrisisTrigger.ASKED, null);
			return true;
		}
		Optional<Risk> risk = screen.join().screen(in.typedWords(), medications.namesOf(in.userId()));
		risk.ifPresent(found -> onRisk(in, found));
		return risk.isPresent();
	}

	/** Shows crisis resources at once for a reason found while handling (PHQ-9 item 9), whatever the window. */
	void showNow(Inbound in, CrisisTrigger trigger) {
		full(in, RiskTier.CRISIS, trigger, null);
	}

	private boolean onButton(Inbound in, InboundPayload.ButtonPress press) {
		switch (press.data()) {
			case BUTTON -> {
				outbox.send(in.chatId(), new OutboundMessage.AnswerButton(press.callbackId(), null), Lane.CRISIS);
				full(in, RiskTier.CRISIS, CrisisTrigger.ASKED, null);
			}
			case CONCERN_YES -> {
				closeQuestion(in, press);
				full(in, RiskTier.CRISIS, CrisisTrigger.SCREENED_TEXT, RiskSignal.PASSIVE_IDEATION);
			}
			case CONCERN_NO -> {
				closeQuestion(in, press);
				Optional.ofNullable(lastShown.get(in.chatId()))
					.ifPresent(shown -> lastShown.put(in.chatId(), new Shown(shown.at(), shown.tier(), false)));
				outbox.send(in.chatId(), new OutboundMessage.Text(messages.get(in.locale(), "crisis.concern.thanks")),
						Lane.CRISIS);
			}
			default -> {
				return false;
			}
		}
		return true;
	}

	/** A typed "yes" or "no" right after the concern question answers it, as the buttons do. */
	private boolean answersTheQuestion(Inbound in, String text) {
		Shown before = lastShown.get(in.chatId());
		if (before == null || !before.asked() || before.at().plus(REPEAT_WINDOW).isBefore(clock.instant())) {
			return false;
		}
		Optional<Boolean> answer = helpWords.yesOrNo(text);
		answer.ifPresent(yes -> {
			if (yes) {
				full(in, RiskTier.CRISIS, CrisisTrigger.SCREENED_TEXT, RiskSignal.PASSIVE_IDEATION);
			}
			else {
				lastShown.put(in.chatId(), new Shown(before.at(), before.tier(), false));
				outbox.send(in.chatId(), new OutboundMessage.Text(messages.get(in.locale(), "crisis.concern.thanks")),
						Lane.CRISIS);
			}
		});
		return answer.isPresent();
	}

	private void closeQuestion(Inbound in, InboundPayload.ButtonPress press) {
		outbox.send(in.chatId(), new OutboundMessage.AnswerButton(press.callbackId(), null), Lane.CRISIS);
		outbox.send(in.chatId(), new OutboundMessage.EditKeyboard(press.messageId(), null), Lane.CRISIS);
	}

	private void onRisk(Inbound in, Risk risk) {
		Shown before = lastShown.get(in.chatId());
		Instant now = clock.instant();
		boolean recent = before != null && before.at().plus(REPEAT_WINDOW).isAfter(now);
		if (recent && !risk.tier().isAbove(before.tier())) {
			lastShown.put(in.chatId(), new Shown(now, before.tier(), before.asked()));
			String repeat = message.repeat(countries.countryFor(in), in.locale());
			outbox.send(in.chatId(), new OutboundMessage.Text(repeat), Lane.CRISIS);
			return;
		}
		if (risk.tier() == RiskTier.CONCERN) {
			lastShown.put(in.chatId(), new Shown(now, RiskTier.CONCERN, true));
			Keyboard answers = Keyboard.of(
					new Keyboard.Button(messages.get(in.locale(), "crisis.concern.yes"), CONCERN_YES),
					new Keyboard.Button(messages.get(in.locale(), "crisis.concern.no"), CONCERN_NO));
			String question = message.question(countries.countryFor(in), in.locale());
			outbox.send(in.chatId(), new OutboundMessage.Text(question, answers), Lane.CRISIS);
			return;
		}
		full(in, risk.tier(), CrisisTrigger.SCREENED_TEXT, risk.signal());
	}

	private void full(Inbound in, RiskTier tier, CrisisTrigger trigger, RiskSignal signal) {
		Instant now = clock.instant();
		Shown before = lastShown.get(in.chatId());
		boolean recent = before != null && before.at().plus(REPEAT_WINDOW).isAfter(now);
		lastShown.put(in.chatId(), new Shown(now, (recent && before.tier().isAbove(tier)) ? before.tier() : tier, false));
		Optional<String> country = countries.countryFor(in);
		String text = (tier == RiskTier.URGENT) ? message.urgent(country, in.locale())
				: message.compose(country, in.locale());
		outbox.send(in.chatId(), new OutboundMessage.Text(text), Lane.CRISIS);
		followUps.afterCrisisMessage(in.chatId(), in.locale(), trigger, signal);
	}

	/** What was last shown to a chat and when; {@code asked}: the concern question awaits an answer. */
	private record Shown(Instant at, RiskTier tier, boolean asked) {
	}

}
