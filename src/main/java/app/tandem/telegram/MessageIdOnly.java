package app.tandem.telegram;

import java.io.IOException;
import java.io.Serializable;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@code sendMessage} and {@code editMessageText} that read only the message's id from Telegram's answer. The
 * library reads the whole message back (its chat, sender, text, entities and keyboard) for every message sent, a
 * quarter of the sending threads' CPU, and the outbox keeps only the id. Any other answer (an error, an edit answered
 * {@code true}) is read by the library as before, so errors are classified as they always were.
 */
final class MessageIdOnly {

	private static final JsonFactory JSON = new JsonFactory();

	private MessageIdOnly() {
	}

	/**
	 * The message of a successful answer, with only its id; {@code null} for any other answer.
	 */
	static Message read(String answer) {
		try (JsonParser parser = JSON.createParser(answer)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return null;
			}
			boolean ok = false;
			Integer id = null;
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				String field = parser.currentName();
				JsonToken value = parser.nextToken();
				if (field.equals("ok")) {
					ok = (value == JsonToken.VALUE_TRUE);
				}
				else if (field.equals("result") && value == JsonToken.START_OBJECT) {
					id = messageId(parser);
				}
				else {
					parser.skipChildren();
				}
			}
			if (!ok || id == null) {
				return null;
			}
			Message message = new Message();
			message.setMessageId(id);
			return message;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static Integer messageId(JsonParser parser) throws IOException {
		Integer id = null;
		while (parser.nextToken() == JsonToken.FIELD_NAME) {
			String field = parser.currentName();
			JsonToken value = parser.nextToken();
			if (field.equals("message_id") && value == JsonToken.VALUE_NUMBER_INT) {
				id = parser.getIntValue();
			}
			else {
				parser.skipChildren();
			}
		}
		return id;
	}

	/** {@code sendMessage}, reading only the sent message's id. */
	static final class Send extends SendMessage {

		Send(SendMessageBuilder<?, ?> builder) {
			super(builder);
		}

		@Override
		public Message deserializeResponse(String answer) throws TelegramApiRequestException {
			Message sent = read(answer);
			return (sent != null) ? sent : super.deserializeResponse(answer);
		}

	}

	/** {@code editMessageText}, reading only the edited message's id. */
	static final class Edit extends EditMessageText {

		Edit(EditMessageTextBuilder<?, ?> builder) {
			super(builder);
		}

		@Override
		public Serializable deserializeResponse(String answer) throws TelegramApiRequestException {
			Message edited = read(answer);
			return (edited != null) ? edited : super.deserializeResponse(answer);
		}

	}

}
