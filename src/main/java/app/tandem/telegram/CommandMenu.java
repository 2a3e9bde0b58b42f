package app.tandem.telegram;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import app.tandem.i18n.Messages;

/**
 * Telegram's "/" menu: the commands a person uses, each with its one-line description from the message bundle
 * ({@code menu.<command>}). Registered once polling has started, so it works without a trip to @BotFather; for each
 * language whose descriptions are translated, also under that language's code.
 */
@Component
class CommandMenu {

	static final List<String> COMMANDS = List.of("checkin", "meds", "took", "history", "edit", "summary", "report",
			"crisis", "safetyplan", "phq9", "gad7", "learn", "settings", "name", "export", "delete", "cancel", "help");

	static final List<String> LANGUAGES = List.of("de", "es", "fr", "it", "pt", "ru");

	private static final Logger log = LoggerFactory.getLogger(CommandMenu.class);

	private final TelegramClient client;

	private final Messages messages;

	CommandMenu(TelegramClient client, Messages messages) {
		this.client = client;
		this.messages = messages;
	}

	/** Sets the menu; a failure is logged and does not stop anything (the commands work when typed). */
	void register() {
		List<BotCommand> english = commands(Locale.ENGLISH);
		set(english, null);
		for (String language : LANGUAGES) {
			List<BotCommand> translated = commands(Locale.forLanguageTag(language));
			if (!translated.equals(english)) {
				set(translated, language);
			}
		}
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
