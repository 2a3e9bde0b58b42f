package app.tandem.telegram;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Reports whether Tandem is receiving updates from Telegram ({@code /actuator/health}); an instance that stands by
 * while another one polls is up; in webhook mode, one that has set the webhook is up.
 */
@Component("telegram")
class TelegramHealth implements HealthIndicator {

	private final TelegramPolling polling;

	private final WebhookRegistration webhook;

	TelegramHealth(TelegramPolling polling, WebhookRegistration webhook) {
		this.polling = polling;
		this.webhook = webhook;
	}

	@Override
	public Health health() {
		Health.Builder health;
		if (webhook.isEnabled()) {
			return webhook.isRegistered() ? Health.up().withDetail("updates", "webhook").build()
					: Health.down().withDetail("reason", "the webhook is not set at the Bot API yet").build();
		}
		if (polling.isPolling()) {
			health = Health.up();
		}
		else if (polling.isStandingBy()) {
			health = Health.up().withDetail("polling", "standing by: another instance polls Telegram");
		}
		else {
			health = Health.down().withDetail("reason", "not connected to the Bot API yet");
		}
		return health.withDetail("skippedUpdates", polling.skippedUpdates()).build();
	}

}
