package app.tandem.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * {@code getUpdates} that reads each update on its own. The library reads a whole batch at once, so one update it
 * cannot parse (a chat without {@code type}, a sender without {@code first_name}) fails the batch, the offset never
 * moves past it, and nobody gets an answer again. Here such an update becomes an empty one with its id (so the
 * offset moves on and it is acknowledged), is logged once by id only, and is counted for the health check.
 */
final class LenientGetUpdates extends GetUpdates {

	private static final Logger log = LoggerFactory.getLogger(LenientGetUpdates.class);

	private static final int LIMIT = 100;

	private static final int TIMEOUT_SECONDS = 50;

	private final transient AtomicLong skipped;

	LenientGetUpdates(int offset, AtomicLong skipped) {
		super(offset, LIMIT, TIMEOUT_SECONDS, List.of());
		this.skipped = skipped;
	}

	/**
	 * Reads one update with the library's shared reader, so that its readers for every part of an update are built
	 * (and their classes loaded) now, on the calling thread, instead of on the polling thread while the first person
	 * after a start waits for an answer.
	 */
	static void prepareReader() {
		try {
			OBJECT_MAPPER.readValue("{\"update_id\":1}", Update.class);
		}
		catch (JsonProcessingException | RuntimeException ex) {
			log.debug("Could not prepare the update reader ({}); the first poll prepares it",
					ex.getClass().getSimpleName());
		}
	}

	/** The generator the long-polling library calls with the last update id it received. */
	static Function<Integer, GetUpdates> generator(AtomicLong skipped) {
		return lastReceived -> new LenientGetUpdates(lastReceived + 1, skipped);
	}

	@Override
	public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
		JsonNode root;
		try {
			root = OBJECT_MAPPER.readTree(answer);
		}
		catch (JsonProcessingException ex) {
			return super.deserializeResponse(answer);
		}
		JsonNode result = root.path("result");
		if (!root.path("ok").asBoolean(false) || !result.isArray()) {
			return super.deserializeResponse(answer);
		}
		ArrayList<Update> updates = new ArrayList<>(result.size());
		for (JsonNode node : result) {
			try {
				updates.add(OBJECT_MAPPER.treeToValue(node, Update.class));
			}
			catch (JsonProcessingException | RuntimeException ex) {
				JsonNode id = node.path("update_id");
				if (!id.canConvertToInt()) {
					throw new TelegramApiRequestException("An update without an update_id", ex);
				}
				skipped.incrementAndGet();
				log.warn("Skipped update {}: Telegram sent it in a form this version cannot read ({})", id.asInt(),
						ex.getClass().getSimpleName());
				Update placeholder = new Update();
				placeholder.setUpdateId(id.asInt());
				updates.add(placeholder);
			}
		}
		return updates;
	}

}
