package app.tandem.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The webhook side of one fake bot, as Telegram does it: the webhook set with {@code setWebhook}, and the posts of
 * updates to it, one after another, each with the secret token in {@code X-Telegram-Bot-Api-Secret-Token} and
 * posted again after a pause until it is answered with 2xx (Telegram keeps retrying; this gives up after
 * {@link #ATTEMPTS} attempts, about a minute and a half, so a stopped test does not post forever). When the webhook
 * is deleted, what was not delivered goes back to {@code getUpdates}, as at Telegram.
 */
public final class Webhooks {

	public static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private static final int ATTEMPTS = 100;

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** One post of an update to a webhook, and the HTTP status it was answered with (0: no answer). */
	public record Delivery(long updateId, String url, int status) {
	}

	private volatile String url;

	private volatile String secret;

	private volatile List<String> allowedUpdates = List.of();

	private volatile int maxConnections;

	private volatile List<String> spread = List.of();

	private final AtomicInteger nextTarget = new AtomicInteger();

	private final LinkedBlockingDeque<ObjectNode> queue = new LinkedBlockingDeque<>();

	private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	private final AtomicInteger inFlight = new AtomicInteger();

	private Thread deliverer;

	private final Consumer<ObjectNode> backToPolling;

	Webhooks(Consumer<ObjectNode> backToPolling) {
		this.backToPolling = backToPolling;
	}

	synchronized void set(JsonNode params) {
		url = params.path("url").asText(null);
		secret = params.path("secret_token").asText(null);
		maxConnections = params.path("max_connections").asInt(40);
		JsonNode allowed = params.path("allowed_updates");
		if (allowed.isTextual()) {
			try {
				allowed = JSON.readTree(allowed.asText());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		}
		List<String> kinds = new ArrayList<>();
		allowed.forEach(kind -> kinds.add(kind.asText()));
		allowedUpdates = List.copyOf(kinds);
	}

	synchronized void delete() {
		url = null;
		secret = null;
		ObjectNode waiting;
		while ((waiting = queue.pollFirst()) != null) {
			inFlight.decrementAndGet();
			backToPolling.accept(waiting);
		}
	}

	/** Whether a webhook is set. */
	public boolean isSet() {
		return url != null;
	}

	public String url() {
		return url;
	}

	public String secret() {
		return secret;
	}

	public List<String> allowedUpdates() {
		return allowedUpdates;
	}

	public int maxConnections() {
		return maxConnections;
	}

	void spreadOver(List<String> urls) {
		spread = List.copyOf(urls);
	}

	ObjectNode info() {
		ObjectNode info = JSON.createObjectNode().put("url", (url != null) ? url : "")
			.put("has_custom_certificate", false)
			.put("pending_update_count", queue.size() + inFlight.get());
		if (url != null) {
			info.put("max_connections", maxConnections);
			allowedUpdates.forEach(info.putArray("allowed_updates")::add);
		}
		return info;
	}

	/** Queues an update to be posted to the webhook. */
	synchronized void deliver(ObjectNode update) {
		inFlight.incrementAndGet();
		queue.addLast(update);
		if (deliverer == null) {
			deliverer = new Thread(this::deliverAll, "fake-bot-api-webhook");
			deliverer.setDaemon(true);
			deliverer.start();
		}
	}

	private void deliverAll() {
		while (true) {
			ObjectNode update;
			try {
				update = queue.takeFirst();
			}
			catch (InterruptedException ex) {
				return;
			}
			try {
				deliverOne(update);
			}
			finally {
				inFlight.decrementAndGet();
			}
		}
	}

	private void deliverOne(ObjectNode update) {
		for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
			String target = target();
			if (target == null) {
				backToPolling.accept(update);
				return;
			}
			int status = post(target, update, secret);
			deliveries.add(new Delivery(update.path("update_id").asLong(), target, status));
			if (status >= 200 && status < 300) {
				return;
			}
			try {
				TimeUnit.MILLISECONDS.sleep(Math.min(100L * attempt, 1_000L));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private String target() {
		List<String> targets = spread;
		if (url == null) {
			return null;
		}
		return targets.isEmpty() ? url : targets.get(Math.floorMod(nextTarget.getAndIncrement(), targets.size()));
	}

	/**
	 * Posts an update to a URL as Telegram posts to a webhook, with this secret token ({@code null}: without the
	 * header); returns the HTTP status (0 when nothing answered).
	 */
	public static int post(String url, ObjectNode update, String secret) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(update.toString()));
		if (secret != null) {
			request.header(SECRET_HEADER, secret);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return 0;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return 0;
		}
	}

	/** Every post made so far, oldest first. */
	public List<Delivery> deliveries() {
		return List.copyOf(deliveries);
	}

	/** Whether every update queued for the webhook was posted and answered (or given up on). */
	public boolean allDelivered() {
		return inFlight.get() == 0;
	}

}
