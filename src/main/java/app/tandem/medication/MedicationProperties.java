package app.tandem.medication;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param followUp when an unanswered reminder gets its one follow-up
 * @param grace when an unanswered dose is recorded as missed (or earlier, when the next dose comes)
 * @param refillDays a refill reminder when this many days of supply or fewer are left
 */
@ConfigurationProperties("tandem.medication")
public record MedicationProperties(@DefaultValue("30m") Duration followUp, @DefaultValue("2h") Duration grace,
		@DefaultValue("7") int refillDays) {
}
