package app.tandem.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Bot API server for tests. It speaks {@code /bot<token>/<method>} with JSON and multipart bodies, records every
 * call, serves injected updates through long polling ({@code getUpdates} with offset and timeout, confirming
 * earlier updates as Telegram does), records the command menu ({@code setMyCommands}) per language, answers 429,
 * 403 or 500 on demand and 401 to every call of a token it was told to reject. As Telegram, it allows one
 * {@code getUpdates} consumer per token: a {@code getUpdates} that comes while another one of the same token is still
 * waiting terminates that one with 409 Conflict, and counts it ({@link Bot#conflicts()}). State is kept per bot
 * token, so several application contexts can share one server without taking each other's updates.
 * <p>
 * Webhooks as Telegram does them: {@code setWebhook} (URL, secret token, allowed updates, max connections),
 * {@code deleteWebhook} and {@code getWebhookInfo}; while a webhook is set, {@code getUpdates} is refused with 409
 * and every update (those waiting, and each one pushed) is posted to the webhook with the secret in
 * {@code X-Telegram-Bot-Api-Secret-Token}, one after another, each again after a short pause until it is answered
 * with 2xx. {@link Bot#spreadOver} plays a load balancer in front of several instances.
 */
public final class FakeBotApi implements AutoCloseable {

	static {
		// The JDK's HttpServer writes an answer's headers and its body apart with Nagle's algorithm on, so the body
		// waited for the client's delayed ACK: about 40 ms added to every Bot API call, polls included, a delay of
		// this server's own. The build sets this too: it counts only if no HttpServer was created before in the JVM.
		System.setProperty("sun.net.httpserver.nodelay", "true");
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern PATH = Pattern.compile("/bot([^/]+)/(\\w+)");

	/** The username every fake bot answers {@code getMe} with. */
	public static final String USERNAME = "tandem_test_bot";

	private static final Duration MAX_POLL_WAIT = Duration.ofMillis(500);

	private static final List<String> METHODS = List.of("getUpdates", "setWebhook", "deleteWebhook",
			"getWebhookInfo", "getMe", "sendMessage",
			"editMessageText", "editMessageReplyMarkup", "answerCallbackQuery", "sendPhoto", "sendDocument",
			"sendChatAction", "leaveChat", "setMyCommands");

	private static volatile FakeBotApi shared;

	private final HttpServer server;

	private final Map<String, Bot> bots = new ConcurrentHashMap<>();

	private FakeBotApi() throws IOException {
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setExecutor(Executors.newCachedThreadPool(runnable -> {
			Thread thread = new Thread(runnable, "fake-bot-api");
			thread.setDaemon(true);
			return thread;
		}));
		server.createContext("/", this::serve);
		server.start();
	}

	/** The one server of this test run. */
	public static synchronized FakeBotApi shared() {
		if (shared == null) {
			try {
				shared = new FakeBotApi();
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return shared;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** The state of the bot with this token. */
	public Bot bot(String token) {
		return bots.computeIfAbsent(token, t -> new Bot());
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			Matcher matcher = PATH.matcher(exchange.getRequestURI().getPath());
			if (!matcher.matches()) {
				respond(exchange, 404, error(404, "Not Found"));
				return;
			}
			Bot bot = bot(matcher.group(1));
			String method = canonical(matcher.group(2));
			JsonNode params = parseBody(exchange);
			JsonNode answer = bot.answer(method, params);
			int status = answer.path("ok").asBoolean() ? 200 : answer.path("error_code").asInt(500);
			respond(exchange, status, answer);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Method names are case-insensitive in the Bot API; tests use their documented spelling. */
	private static String canonical(String method) {
		return METHODS.stream().filter(known -> known.equalsIgnoreCase(method)).findFirst().orElse(method);
	}

	private static JsonNode parseBody(HttpExchange exchange) throws IOException {
		byte[] body = readAll(exchange.getRequestBody());
		String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
		if (contentType.startsWith("multipart/form-data")) {
			return Multipart.parse(body, contentType);
		}
		if (body.length == 0) {
			return JSON.createObjectNode();
		}
		return JSON.readTree(body);
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		in.transferTo(out);
		return out.toByteArray();
	}

	private static void respond(HttpExchange exchange, int status, JsonNode body) throws IOException {
		byte[] bytes = JSON.writeValueAsBytes(body);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	static ObjectNode error(int code, String description) {
		ObjectNode node = JSON.createObjectNode().put("ok", false).put("error_code", code).put("description", description);
		return node;
	}

	@Override
	public void close() {
		server.stop(0);
	}

	/** One recorded Bot API call. */
	public record Call(String method, JsonNode params, long nanoTime, Integer messageId) {

		public long chatId() {
			return params.path("chat_id").asLong();
		}

		public String text() {
			return params.path("text").asText(params.path("caption").asText(null));
		}

		/** The labels of the inline buttons sent with this call, row by row. */
		public List<String> buttonLabels() {
			List<String> labels = new ArrayList<>();
			markup().path("inline_keyboard").forEach(row -> row.forEach(b -> labels.add(b.path("text").asText())));
			return labels;
		}

		public String buttonData(String label) {
			return buttonData(label, 1);
		}

		/** The data of the n-th button (from 1) with this label, row by row. */
		public String buttonData(String label, int occurrence) {
			int seen = 0;
			for (JsonNode row : markup().path("inline_keyboard")) {
				for (JsonNode button : row) {
					if (button.path("text").asText().equals(label) && ++seen == occurrence) {
						return button.path("callback_data").asText();
					}
				}
			}
			return null;
		}

		private JsonNode markup() {
			return TelegramRules.markup(params);
		}

	}

	/** What the server knows about one bot token: its pending updates, its calls, its planned failures. */
	public static final class Bot {

		private final Deque<ObjectNode> updates = new ArrayDeque<>();

		private final List<Call> calls = new ArrayList<>();

		private final List<Failure> failures = new ArrayList<>();

		private final AtomicLong nextUpdateId = new AtomicLong(1000);

		private final AtomicInteger nextMessageId = new AtomicInteger(1);

		private final Map<String, List<String>> commandMenus = new ConcurrentHashMap<>();

		/** The calls refused as Telegram refuses them ({@link TelegramRules}); not among {@link #calls()}. */
		private final List<Refusal> refusals = new ArrayList<>();

		/** The messages sent, by chat and message id, as Telegram keeps them for edits. */
		private final Map<List<Long>, Sent> sent = new HashMap<>();

		private volatile boolean rejected;

		/** Numbers each {@code getUpdates}, so a waiting one sees that a newer one came. */
		private long polls;

		private int conflicts;

		private final Webhooks webhooks = new Webhooks(this::backToPolling);

		/** From now on every call with this token is answered as Telegram answers a revoked or wrong token. */
		public void reject() {
			rejected = true;
		}

		/**
		 * The command menu last set for a language ({@code ""} for the default), each entry as
		 * {@code "command — description"}; empty when none was set.
		 */
		public List<String> commandMenu(String languageCode) {
			return commandMenus.getOrDefault(languageCode, List.of());
		}

		/** The languages a command menu was set for ({@code ""} for the default). */
		public Set<String> commandMenuLanguages() {
			return Set.copyOf(commandMenus.keySet());
		}

		public long nextUpdateId() {
			return nextUpdateId.incrementAndGet();
		}

		/** Makes an update available to the next {@code getUpdates}, or posts it to the webhook when one is set. */
		public synchronized void push(ObjectNode update) {
			if (webhooks.isSet()) {
				webhooks.deliver(update);
				return;
			}
			updates.addLast(update);
			notifyAll();
		}

		/** An update the webhook did not take goes back to {@code getUpdates} once the webhook is deleted. */
		private synchronized void backToPolling(ObjectNode update) {
			updates.addLast(update);
			notifyAll();
		}

		/** The webhook side of this bot: what was set, and the posts made to it. */
		public Webhooks webhooks() {
			return webhooks;
		}

		/**
		 * Posts the updates of this bot to these URLs in turn (each next update to the next one), as a load balancer
		 * in front of several instances would, instead of the URL the webhook was set to.
		 */
		public void spreadOver(List<String> urls) {
			webhooks.spreadOver(urls);
		}

		/** Every call so far, oldest first. */
		public synchronized List<Call> calls() {
			return List.copyOf(calls);
		}

		public synchronized List<Call> calls(Predicate<Call> filter) {
			return calls.stream().filter(filter).toList();
		}

		/** The next call to {@code method} (for any chat when {@code chatId} is null) fails with this error. */
		public synchronized void failNext(String method, Long chatId, int code, String description,
				Integer retryAfter) {
			failures.add(new Failure(method, chatId, code, description, retryAfter));
		}

		synchronized JsonNode answer(String method, JsonNode params) throws InterruptedException {
			if (rejected) {
				return error(401, "Unauthorized");
			}
			if (method.equals("getUpdates")) {
				if (webhooks.isSet()) {
					conflicts++;
					return error(409, "Conflict: can't use getUpdates method while webhook is active; use "
							+ "deleteWebhook to delete the webhook first");
				}
				return getUpdates(params);
			}
			long receivedAt = System.nanoTime();
			String refusal = refusal(method, params);
			if (refusal != null) {
				refusals.add(new Refusal(new Call(method, params, receivedAt, null), refusal));
				notifyAll();
				return error(400, refusal);
			}
			JsonNode answer = failureFor(method, params);
			if (answer == null) {
				answer = ok(method, params);
				if (method.equals("setMyCommands")) {
					recordCommandMenu(params);
				}
				answer = webhookCall(method, params, (ObjectNode) answer);
			}
			JsonNode messageId = answer.path("result").path("message_id");
			if (messageId.isInt() && answer.path("ok").asBoolean()) {
				remember(params, messageId.asInt());
			}
			calls.add(new Call(method, params, receivedAt, messageId.isInt() ? messageId.asInt() : null));
			notifyAll();
			return answer;
		}

		/**
		 * The calls Telegram would have refused (400): a text too long, HTML that does not parse, callback data over
		 * 64 bytes, an edit of a message never sent or one that changes nothing. A test may assert there were none.
		 */
		public synchronized List<Refusal> refusals() {
			return List.copyOf(refusals);
		}

		private String refusal(String method, JsonNode params) {
			String refusal = TelegramRules.refusal(method, params);
			if (refusal != null || !method.startsWith("editMessage")) {
				return refusal;
			}
			Sent before = sent.get(List.of(params.path("chat_id").asLong(), params.path("message_id").asLong()));
			if (before == null) {
				return "Bad Request: message to edit not found";
			}
			JsonNode markup = markupOf(params);
			boolean sameText = method.equals("editMessageReplyMarkup") || visibleText(params).equals(before.text());
			if (sameText && markup.equals(before.markup())) {
				return "Bad Request: message is not modified: specified new message content and reply markup are "
						+ "exactly the same as a current content and reply markup of the message";
			}
			if (method.equals("editMessageText") && before.text() == null) {
				return "Bad Request: there is no text in the message to edit";
			}
			return null;
		}

		/** Keeps what a message now shows, for later edits of it (a keyboard edit keeps its text). */
		private void remember(JsonNode params, int messageId) {
			List<Long> key = List.of(params.path("chat_id").asLong(), (long) messageId);
			Sent before = sent.get(key);
			String text = params.has("text") ? visibleText(params) : (before != null) ? before.text() : null;
			sent.put(key, new Sent(text, markupOf(params)));
		}

		private static String visibleText(JsonNode params) {
			return TelegramRules.visibleText(params.path("text").asText(""), params.path("parse_mode").asText(""));
		}

		/** The call's keyboard, none as an empty object (refused calls never get here, so it is JSON). */
		private static JsonNode markupOf(JsonNode params) {
			JsonNode markup = TelegramRules.markup(params);
			return markup.isMissingNode() || markup.isNull() ? JSON.createObjectNode() : markup;
		}

		private JsonNode failureFor(String method, JsonNode params) {
			for (Iterator<Failure> it = failures.iterator(); it.hasNext();) {
				Failure failure = it.next();
				if (failure.method().equals(method)
						&& (failure.chatId() == null || failure.chatId() == params.path("chat_id").asLong())) {
					it.remove();
					ObjectNode error = error(failure.code(), failure.description());
					if (failure.retryAfter() != null) {
						error.putObject("parameters").put("retry_after", failure.retryAfter());
					}
					return error;
				}
			}
			return null;
		}

		private ObjectNode webhookCall(String method, JsonNode params, ObjectNode answer) {
			switch (method) {
				case "setWebhook" -> {
					webhooks.set(params);
					// Telegram posts what was waiting for getUpdates to the new webhook.
					while (!updates.isEmpty()) {
						webhooks.deliver(updates.pollFirst());
					}
				}
				case "deleteWebhook" -> webhooks.delete();
				case "getWebhookInfo" -> answer.set("result", webhooks.info());
				default -> {
				}
			}
			return answer;
		}

		private void recordCommandMenu(JsonNode params) {
			List<String> menu = new ArrayList<>();
			params.path("commands")
				.forEach(command -> menu
					.add(command.path("command").asText() + " — " + command.path("description").asText()));
			commandMenus.put(params.path("language_code").asText(""), List.copyOf(menu));
		}

		/**
		 * How many {@code getUpdates} were terminated by another one of the same token that came while they waited:
		 * more than one consumer was polling.
		 */
		public synchronized int conflicts() {
			return conflicts;
		}

		/** How many {@code getUpdates} calls this token had (each call, terminated or answered). */
		public synchronized long polls() {
			return polls;
		}

		private JsonNode getUpdates(JsonNode params) throws InterruptedException {
			long mine = ++polls;
			notifyAll();
			long offset = params.path("offset").asLong(0);
			updates.removeIf(update -> update.path("update_id").asLong() < offset);
			long deadline = System.nanoTime() + Math.min(TimeUnit.SECONDS.toNanos(params.path("timeout").asLong(0)),
					MAX_POLL_WAIT.toNanos());
			while (updates.isEmpty() && System.nanoTime() < deadline && polls == mine) {
				TimeUnit.NANOSECONDS.timedWait(this, Math.max(deadline - System.nanoTime(), 1));
			}
			if (polls != mine) {
				conflicts++;
				return error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot "
						+ "instance is running");
			}
			ObjectNode answer = JSON.createObjectNode().put("ok", true);
			var result = answer.putArray("result");
			int limit = params.path("limit").asInt(100);
			updates.stream().limit(limit).forEach(result::add);
			return answer;
		}

		private ObjectNode ok(String method, JsonNode params) {
			ObjectNode answer = JSON.createObjectNode().put("ok", true);
			switch (method) {
				case "sendMessage", "sendPhoto", "sendDocument" -> {
					ObjectNode message = answer.putObject("result");
					message.put("message_id", nextMessageId.getAndIncrement());
					message.put("date", System.currentTimeMillis() / 1000);
					message.putObject("chat").put("id", params.path("chat_id").asLong()).put("type", "private");
					if (params.has("text")) {
						message.put("text", params.path("text").asText());
					}
				}
				case "editMessageText", "editMessageReplyMarkup" -> {
					ObjectNode message = answer.putObject("result");
					message.put("message_id", params.path("message_id").asInt());
					message.put("date", System.currentTimeMillis() / 1000);
					message.put("edit_date", System.currentTimeMillis() / 1000);
					message.putObject("chat").put("id", params.path("chat_id").asLong()).put("type", "private");
					String text = method.equals("editMessageText") ? visibleText(params)
							: sent.get(List.of(params.path("chat_id").asLong(), params.path("message_id").asLong())).text();
					if (text != null) {
						message.put("text", text);
					}
				}
				case "getMe" -> answer.putObject("result")
					.put("id", 4242)
					.put("is_bot", true)
					.put("first_name", "Tandem")
					.put("username", USERNAME);
				default -> answer.put("result", true);
			}
			return answer;
		}

		/** Waits until a call matching the filter has been recorded, and returns the first one. */
		public synchronized Call await(Predicate<Call> filter, Duration timeout) throws InterruptedException {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (true) {
				for (Call call : calls) {
					if (filter.test(call)) {
						return call;
					}
				}
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					throw new AssertionError("No matching Bot API call within " + timeout + "; the last calls were: "
							+ calls.subList(Math.max(0, calls.size() - 8), calls.size())
								.stream()
								.map(c -> c.method() + " " + c.params())
								.toList());
				}
				TimeUnit.NANOSECONDS.timedWait(this, left);
			}
		}

		/** Whether every injected update has been fetched and confirmed by the bot. */
		public synchronized boolean allUpdatesConfirmed() {
			return updates.isEmpty();
		}

	}

	private record Failure(String method, Long chatId, int code, String description, Integer retryAfter) {
	}

	/** A call Telegram would have refused, and the description it would have answered with. */
	public record Refusal(Call call, String description) {
	}

	/** A message as it stands: its text as the person sees it ({@code null} for a photo or file), its keyboard. */
	private record Sent(String text, JsonNode markup) {
	}

}
