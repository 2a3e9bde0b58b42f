package app.tandem.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import app.tandem.SetupProblem;

/**
 * How to reach Telegram. The token comes only from the environment ({@code TELEGRAM_BOT_TOKEN}) and is never
 * logged or shown by {@link #toString()}.
 *
 * @param token the bot token from BotFather
 * @param apiUrl the Bot API server's base URL ({@code TELEGRAM_API_URL}), the public API by default
 * @param pollerLease the poller lease time: when the instance that polls dies, another one starts polling within
 * this time (every instance checks the lease every quarter of it; see {@link PollerLease})
 * @param webhook webhook mode instead of long polling, when its URL is set
 */
@ConfigurationProperties("tandem.telegram")
public record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
		@DefaultValue("30s") Duration pollerLease, @DefaultValue Webhook webhook) {

	private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

	private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

	public TelegramProperties {
		if (token == null || token.isBlank()) {
			throw new SetupProblem("TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather in Telegram and "
					+ "start Tandem with TELEGRAM_BOT_TOKEN=<the token it gives you>.");
		}
		if (!TOKEN.matcher(token.trim()).matches()) {
			throw new SetupProblem("TELEGRAM_BOT_TOKEN does not look like a bot token "
					+ "(expected digits, a colon, then letters, digits, '_' or '-', as @BotFather gives it).");
		}
		token = token.trim();
		String scheme = (apiUrl == null) ? null : apiUrl.getScheme();
		if (apiUrl == null || apiUrl.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
			throw new SetupProblem("TELEGRAM_API_URL must be an http(s) URL such as http://127.0.0.1:8081.");
		}
		if (pollerLease == null || pollerLease.compareTo(Duration.ofSeconds(1)) < 0) {
			throw new SetupProblem("tandem.telegram.poller-lease must be at least 1s (30s by default).");
		}
		if (webhook == null) {
			webhook = new Webhook(null, null, Webhook.DEFAULT_PATH, Webhook.DEFAULT_MAX_CONNECTIONS);
		}
	}

	int apiPort() {
		if (apiUrl.getPort() > 0) {
			return apiUrl.getPort();
		}
		return "http".equals(apiUrl.getScheme()) ? 80 : 443;
	}

	@Override
	public String toString() {
		return "TelegramProperties[token=<hidden>, apiUrl=" + apiUrl + ", pollerLease=" + pollerLease + ", webhook="
				+ webhook + "]";
	}

	/**
	 * Webhook mode: Telegram posts each update to {@code url}, which reaches {@code path} on any instance (behind a
	 * load balancer); no instance polls. The secret comes only from the environment and is never shown.
	 *
	 * @param url the public HTTPS URL Telegram posts updates to ({@code TELEGRAM_WEBHOOK_URL}); empty: long polling
	 * @param secret what Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token} ({@code TELEGRAM_WEBHOOK_SECRET},
	 * 1-256 of {@code A-Z a-z 0-9 _ -})
	 * @param path the path of the endpoint on this instance
	 * @param maxConnections how many requests at a time Telegram may send (1-100)
	 */
	public record Webhook(String url, String secret, @DefaultValue(DEFAULT_PATH) String path,
			@DefaultValue("40") int maxConnections) {

		static final String DEFAULT_PATH = "/telegram/webhook";

		static final int DEFAULT_MAX_CONNECTIONS = 40;

		public Webhook {
			url = (url == null || url.isBlank()) ? null : url.trim();
			secret = (secret == null || secret.isBlank()) ? null : secret.trim();
			if (url == null) {
				if (secret != null) {
					throw new SetupProblem("TELEGRAM_WEBHOOK_SECRET is set but TELEGRAM_WEBHOOK_URL is not: set both "
							+ "for webhook mode, or neither for long polling.");
				}
			}
			else {
				validate(url, secret, path, maxConnections);
			}
		}

		private static void validate(String url, String secret, String path, int maxConnections) {
			URI uri;
			try {
				uri = URI.create(url);
			}
			catch (IllegalArgumentException ex) {
				uri = null;
			}
			if (uri == null || uri.getHost() == null
					|| !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
				throw new SetupProblem("TELEGRAM_WEBHOOK_URL must be the public https URL Telegram posts updates to, "
						+ "such as https://bot.example.org/telegram/webhook.");
			}
			if (secret == null || !SECRET.matcher(secret).matches()) {
				throw new SetupProblem("Webhook mode needs TELEGRAM_WEBHOOK_SECRET: 1-256 letters, digits, '_' or "
						+ "'-' (for example: openssl rand -hex 32).");
			}
			if (path == null || !path.startsWith("/")) {
				throw new SetupProblem("tandem.telegram.webhook.path must start with '/' (" + DEFAULT_PATH
						+ " by default).");
			}
			if (maxConnections < 1 || maxConnections > 100) {
				throw new SetupProblem("tandem.telegram.webhook.max-connections must be between 1 and 100.");
			}
		}

		/** Whether Tandem runs in webhook mode (no instance polls). */
		public boolean isEnabled() {
			return url != null;
		}

		@Override
		public String toString() {
			return "Webhook[url=" + url + ", secret=<hidden>, path=" + path + ", maxConnections=" + maxConnections
					+ "]";
		}

	}

}
