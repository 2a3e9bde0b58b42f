package app.tandem.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import app.tandem.chat.Inbound;
import app.tandem.chat.InboundPayload;
import app.tandem.user.UserProfile;

/**
 * One update being handled, with what is known about the chat at that moment.
 *
 * @param inbound the update
 * @param profile the user's profile, empty before consent
 * @param state the chat's active flow, if any
 */
public record Turn(Inbound inbound, Optional<UserProfile> profile, Optional<ConversationState> state) {

	public long chatId() {
		return inbound.chatId();
	}

	public long userId() {
		return inbound.userId();
	}

	public long updateId() {
		return inbound.updateId();
	}

	public boolean hasConsented() {
		return profile.map(UserProfile::hasConsented).orElse(false);
	}

	/** The value part of a pressed button's data ({@code setup:zone:Europe/Berlin} gives {@code Europe/Berlin}). */
	public Optional<String> buttonValue() {
		if (inbound.payload() instanceof InboundPayload.ButtonPress press) {
			return Optional.of(ButtonData.parse(press.data()).value());
		}
		return Optional.empty();
	}

	/** The name of the command being run, typed ({@code /history}) or from a shortcut button; otherwise null. */
	public String commandName() {
		if (inbound.payload() instanceof InboundPayload.ButtonPress press) {
			ButtonData data = ButtonData.parse(press.data());
			return data.isCommand() ? data.commandName() : null;
		}
		return inbound.commandName();
	}

	/** The arguments of the command being run, typed ({@code /history 30}) or from a shortcut button. */
	public String arguments() {
		if (inbound.payload() instanceof InboundPayload.Command command) {
			return command.arguments();
		}
		if (inbound.payload() instanceof InboundPayload.ButtonPress press) {
			ButtonData data = ButtonData.parse(press.data());
			return data.isCommand() ? data.commandArguments() : "";
		}
		return "";
	}

	/** The person's time zone, or UTC before they chose one. */
	public ZoneId zone() {
		return profile.map(UserProfile::zoneOrUtc).orElse(ZoneOffset.UTC);
	}

	/** The person's local date now. */
	public LocalDate today(Clock clock) {
		return LocalDate.now(clock.withZone(zone()));
	}

	/** Who to answer. */
	public Recipient recipient() {
		return Recipient.of(inbound);
	}

	/** Typed text, trimmed, when the user typed rather than tapped. */
	public Optional<String> typed() {
		return Optional.ofNullable(inbound.text()).map(String::strip);
	}

}
