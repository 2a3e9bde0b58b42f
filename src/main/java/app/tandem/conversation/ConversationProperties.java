package app.tandem.conversation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param idleExpiry how long an unfinished conversation waits for the person: after that its draft is removed
 * (what was already saved stays saved), and they are told when they come back
 */
@Validated
@ConfigurationProperties("tandem.conversation")
public record ConversationProperties(@DefaultValue("24h") Duration idleExpiry) {

	public ConversationProperties {
		if (idleExpiry.isNegative() || idleExpiry.isZero()) {
			throw new IllegalArgumentException("tandem.conversation.idle-expiry must be positive");
		}
	}

}
