package app.tandem.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.stereotype.Component;

import app.tandem.chat.OutboundMessage;
import app.tandem.conversation.CommandHandler;
import app.tandem.conversation.Replies;
import app.tandem.conversation.Turn;
import app.tandem.user.ExportFile;

/**
 * {@code /export}: everything Tandem stores about the person, as one JSON document in the chat.
 */
@Component
class ExportCommand implements CommandHandler {

	private final PersonalDataRegistry data;

	private final Replies replies;

	private final ObjectMapper json;

	private final Clock clock;

	private final List<ExportFile> files;

	ExportCommand(PersonalDataRegistry data, Replies replies, ObjectMapper json, Clock clock, List<ExportFile> files) {
		this.data = data;
		this.files = files;
		this.replies = replies;
		this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT)
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		this.clock = clock;
	}

	@Override
	public Set<String> commands() {
		return Set.of("export");
	}

	@Override
	public void handle(Turn turn) {
		replies.send(turn.inbound(), new OutboundMessage.ChatAction(OutboundMessage.ChatAction.Action.UPLOAD_DOCUMENT));
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("exportedAt", clock.instant());
		export.putAll(data.export(turn.userId(), turn.chatId()));
		byte[] content;
		try {
			content = json.writeValueAsBytes(export);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Export of user " + turn.userId() + " could not be written", ex);
		}
		String fileName = "tandem-export-" + LocalDate.now(clock) + ".json";
		replies.send(turn.inbound(),
				new OutboundMessage.Document(content, fileName, replies.text(turn.inbound(), "export.caption")));
		for (ExportFile file : files) {
			replies.send(turn.inbound(), new OutboundMessage.Document(file.content(turn.userId(), turn.chatId()),
					file.fileName(turn.userId()), replies.text(turn.inbound(), "export.caption-csv")));
		}
	}

}
