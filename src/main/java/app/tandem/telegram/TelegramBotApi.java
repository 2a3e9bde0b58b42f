package app.tandem.telegram;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.telegram.telegrambots.meta.api.methods.ActionType;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.groupadministration.LeaveChat;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import app.tandem.chat.Html;
import app.tandem.chat.Keyboard;
import app.tandem.chat.OutboundMessage;
import app.tandem.outbox.BotApi;

/**
 * Carries out an {@link OutboundMessage} as a Bot API call and classifies the answer for the outbox.
 */
@Component
class TelegramBotApi implements BotApi {

	private static final Logger log = LoggerFactory.getLogger(TelegramBotApi.class);

	private final TelegramClient client;

	TelegramBotApi(TelegramClient client) {
		this.client = client;
	}

	/**
	 * Opens the sending connection once at start-up (a {@code getMe}), so the first crisis reply after a start does
	 * not also pay for the connection and TLS handshake. Failures do not matter here: sending retries on its own.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void warmUp() {
		try {
			client.executeAsync(new GetMe()).exceptionally(failure -> null);
		}
		catch (TelegramApiException | RuntimeException ex) {
			// nothing to warm up; the first send will connect
		}
	}

	/**
	 * Sends the message. If Telegram cannot parse its HTML (a bug of ours: a tag it does not know, a character left
	 * unescaped), it is sent once more without markup, so the person still reads it: never silently dropped.
	 */
	@Override
	public CompletableFuture<Outcome> call(long chatId, OutboundMessage message) {
		return send(chatId, message).thenCompose(outcome -> {
			OutboundMessage plain = unparsable(outcome) ? withoutMarkup(message) : null;
			if (plain == null) {
				return CompletableFuture.completedFuture(outcome);
			}
			log.error("Telegram could not parse the HTML of a {} for chat {} ({}); sent again without markup",
					message.getClass().getSimpleName(), chatId, ((Outcome.Rejected) outcome).reason());
			return send(chatId, plain);
		});
	}

	private static boolean unparsable(Outcome outcome) {
		return outcome instanceof Outcome.Rejected rejected && rejected.code() == 400
				&& rejected.reason().contains("can't parse entities");
	}

	/** The message with its text or caption stripped of markup; {@code null} for a message without any. */
	private static OutboundMessage withoutMarkup(OutboundMessage message) {
		if (message instanceof OutboundMessage.Text text) {
			return new OutboundMessage.Text(Html.withoutMarkup(text.html()), text.keyboard());
		}
		if (message instanceof OutboundMessage.EditText edit) {
			return new OutboundMessage.EditText(edit.messageId(), Html.withoutMarkup(edit.html()), edit.keyboard());
		}
		if (message instanceof OutboundMessage.Photo photo) {
			return new OutboundMessage.Photo(photo.png(), photo.fileName(), Html.withoutMarkup(photo.captionHtml()));
		}
		if (message instanceof OutboundMessage.Document document) {
			return new OutboundMessage.Document(document.content(), document.fileName(),
					Html.withoutMarkup(document.captionHtml()));
		}
		return null;
	}

	private CompletableFuture<Outcome> send(long chatId, OutboundMessage message) {
		CompletableFuture<? extends Serializable> call;
		try {
			call = execute(chatId, message);
		}
		catch (TelegramApiException ex) {
			return CompletableFuture.completedFuture(classify(ex));
		}
		return call.handle((result, failure) -> (failure == null) ? ok(result) : classify(failure));
	}

	private CompletableFuture<? extends Serializable> execute(long chatId, OutboundMessage message)
			throws TelegramApiException {
		String chat = Long.toString(chatId);
		if (message instanceof OutboundMessage.Text text) {
			return client.executeAsync(new MessageIdOnly.Send(SendMessage.builder()
				.chatId(chat)
				.text(text.html())
				.parseMode(ParseMode.HTML)
				.replyMarkup(markup(text.keyboard()))));
		}
		if (message instanceof OutboundMessage.EditText edit) {
			return client.executeAsync(new MessageIdOnly.Edit(EditMessageText.builder()
				.chatId(chat)
				.messageId(edit.messageId())
				.text(edit.html())
				.parseMode(ParseMode.HTML)
				.replyMarkup(markup(edit.keyboard()))));
		}
		if (message instanceof OutboundMessage.EditKeyboard edit) {
			return client.executeAsync(EditMessageReplyMarkup.builder()
				.chatId(chat)
				.messageId(edit.messageId())
				.replyMarkup(markup(edit.keyboard()))
				.build());
		}
		if (message instanceof OutboundMessage.AnswerButton answer) {
			return client.executeAsync(
					AnswerCallbackQuery.builder().callbackQueryId(answer.callbackId()).text(answer.notice()).build());
		}
		if (message instanceof OutboundMessage.Photo photo) {
			return client.executeAsync(SendPhoto.builder()
				.chatId(chat)
				.photo(new InputFile(new ByteArrayInputStream(photo.png()), photo.fileName()))
				.caption(photo.captionHtml())
				.parseMode(ParseMode.HTML)
				.build());
		}
		if (message instanceof OutboundMessage.Document document) {
			return client.executeAsync(SendDocument.builder()
				.chatId(chat)
				.document(new InputFile(new ByteArrayInputStream(document.content()), document.fileName()))
				.caption(document.captionHtml())
				.parseMode(ParseMode.HTML)
				.build());
		}
		if (message instanceof OutboundMessage.ChatAction action) {
			return client.executeAsync(
					SendChatAction.builder().chatId(chat).action(actionType(action.action()).toString()).build());
		}
		if (message instanceof OutboundMessage.LeaveChat) {
			return client.executeAsync(LeaveChat.builder().chatId(chat).build());
		}
		throw new TelegramApiException("No Bot API method for " + message.getClass().getSimpleName());
	}

	private static Outcome ok(Serializable result) {
		return new Outcome.Ok((result instanceof Message sent) ? sent.getMessageId() : null);
	}

	static Outcome classify(Throwable failure) {
		Throwable cause = (failure instanceof CompletionException && failure.getCause() != null) ? failure.getCause()
				: failure;
		if (cause instanceof TelegramApiRequestException request && request.getErrorCode() != null
				&& request.getErrorCode() > 0) {
			int code = request.getErrorCode();
			String description = String.valueOf(request.getApiResponse());
			if (code == 429) {
				Integer retryAfter = (request.getParameters() != null) ? request.getParameters().getRetryAfter() : null;
				return new Outcome.RetryAfter(Duration.ofSeconds((retryAfter != null) ? retryAfter : 1));
			}
			if (code == 403) {
				return new Outcome.Forbidden();
			}
			if (code == 400 && description.contains("message is not modified")) {
				return new Outcome.Ok(null);
			}
			if (code >= 500) {
				return new Outcome.Transient("HTTP " + code);
			}
			return new Outcome.Rejected(code, description);
		}
		if (cause instanceof IOException || cause.getCause() instanceof IOException) {
			return new Outcome.Transient(cause.getClass().getSimpleName());
		}
		if (cause instanceof TelegramApiException) {
			return new Outcome.Rejected(0, cause.getClass().getSimpleName());
		}
		return new Outcome.Transient(cause.getClass().getSimpleName());
	}

	private static InlineKeyboardMarkup markup(Keyboard keyboard) {
		if (keyboard == null) {
			return null;
		}
		return InlineKeyboardMarkup.builder()
			.keyboard(keyboard.rows()
				.stream()
				.map(row -> new InlineKeyboardRow(row.stream()
					.map(button -> InlineKeyboardButton.builder().text(button.label()).callbackData(button.data()).build())
					.toList()))
				.toList())
			.build();
	}

	private static ActionType actionType(OutboundMessage.ChatAction.Action action) {
		return switch (action) {
			case TYPING -> ActionType.TYPING;
			case UPLOAD_PHOTO -> ActionType.UPLOAD_PHOTO;
			case UPLOAD_DOCUMENT -> ActionType.UPLOAD_DOCUMENT;
		};
	}

}
