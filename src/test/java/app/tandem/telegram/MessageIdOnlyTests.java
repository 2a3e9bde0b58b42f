package app.tandem.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessageIdOnlyTests {

	/** What Telegram answers a sendMessage with: the whole message, keyboard and entities included. */
	static final String SENT = """
			{"ok":true,"result":{"message_id":4711,"from":{"id":1,"is_bot":true,"first_name":"Tandem"},
			"chat":{"id":42,"first_name":"Ana","type":"private"},"date":1764576000,"text":"What I can do \\u2014 /help",
			"entities":[{"offset":0,"length":12,"type":"bold"}],"reply_markup":{"inline_keyboard":[[{"text":"Done",
			"callback_data":"dose:t:1"}]]}}}""";

	@Test
	void shouldReadTheSentMessagesId() throws TelegramApiRequestException {
		Message sent = new MessageIdOnly.Send(SendMessage.builder().chatId("42").text("hi")).deserializeResponse(SENT);

		assertThat(sent.getMessageId()).isEqualTo(4711);
	}

	@Test
	void shouldLeaveARefusalToTheLibrarySoItIsClassifiedAsBefore() {
		String refused = "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't parse entities\"}";

		assertThatThrownBy(
				() -> new MessageIdOnly.Send(SendMessage.builder().chatId("42").text("hi")).deserializeResponse(refused))
			.isInstanceOfSatisfying(TelegramApiRequestException.class,
					ex -> assertThat(ex.getErrorCode()).isEqualTo(400));
	}

	@Test
	void shouldReadAnEditAnsweredWithTheMessageOrWithTrue() throws TelegramApiRequestException {
		MessageIdOnly.Edit edit = new MessageIdOnly.Edit(
				EditMessageText.builder().chatId("42").messageId(4711).text("Taken ✓"));

		assertThat(edit.deserializeResponse(SENT)).isInstanceOfSatisfying(Message.class,
				edited -> assertThat(edited.getMessageId()).isEqualTo(4711));
		assertThat(edit.deserializeResponse("{\"ok\":true,\"result\":true}")).isEqualTo(Boolean.TRUE);
	}

	@Test
	void shouldAskTelegramExactlyWhatTheLibrarysMethodAsks() throws Exception {
		ObjectMapper json = new ObjectMapper();

		assertThat(json.writeValueAsString(
				new MessageIdOnly.Send(SendMessage.builder().chatId("42").text("<b>hi</b>").parseMode(ParseMode.HTML))))
			.isEqualTo(json.writeValueAsString(
					SendMessage.builder().chatId("42").text("<b>hi</b>").parseMode(ParseMode.HTML).build()));
	}

}
