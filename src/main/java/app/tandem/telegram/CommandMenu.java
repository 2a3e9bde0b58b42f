package app.tandem.telegram;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import app.tandem.i18n.Language;
import app.tandem.i18n.Messages;

/**
 * Telegram's "/" menu: the commands a person uses, each with its one-line description from the message bundle
 * ({@code menu.<command>}). Registered once polling has started, so it works without a trip to @BotFather: in
 * English as the default, and for each language Tandem speaks under its two-letter code (all Bot API allows;
 * {@code pt} gets Brazilian Portuguese, the language of most Portuguese-speaking Telegram users).
 */
@Component
class CommandMenu {

	static final List<String> COMMANDS = List.of("checkin", "meds", "took", "history", "edit", "summary", "report",
			"crisis", "safetyplan", "phq9", "gad7", "learn", "settings", "language", "name", "export", "delete", "cancel",
			"help");

	private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

	private final TelegramClient client;

	private final Messages messages;

	CommandMenu(TelegramClient client, Messages messages) {
		this.client = client;
		this.messages = messages;
	}

	/** Sets the menu; a failure is logged and does not stop anything (the commands work when typed). */
	void register() {
		set(commands(Locale.ENGLISH), null);
		Map<String, Language> byCode = new LinkedHashMap<>();
		for (Language language : Language.values()) {
			byCode.putIfAbsent(language.locale().getLanguage(), language);
		}
		byCode.forEach((code, language) -> set(commands(language.locale()), code));
	}

	private List<BotCommand> commands(Locale locale) {
		return COMMANDS.stream()
			.map(command -> new BotCommand(command, messages.get(locale, "menu." + command)))
			.toList();
	}

	private void set(List<BotCommand> commands, String language) {
		try {
			client.execute(new SetMyCommands(commands, null, language));
		}
		catch (TelegramApiException | RuntimeException ex) {
			log.warn("Could not set the command menu{} ({}); commands still work when typed",
					(language == null) ? "" : " for " + language, ex.getClass().getSimpleName());
		}
	}

}
