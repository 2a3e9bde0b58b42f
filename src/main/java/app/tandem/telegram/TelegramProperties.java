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
 */
@ConfigurationProperties("tandem.telegram")
public record TelegramProperties(String token, @DefaultValue("https://api.telegram.org") URI apiUrl,
		@DefaultValue("30s") Duration pollerLease) {

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
	}

	int apiPort() {
		if (apiUrl.getPort() > 0) {
			return apiUrl.getPort();
		}
		return "http".equals(apiUrl.getScheme()) ? 80 : 443;
	}

	@Override
	public String toString() {
		return "TelegramProperties[token=<hidden>, apiUrl=" + apiUrl + ", pollerLease=" + pollerLease + "]";
	}

}
