package app.tandem.checkin;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param checkins how long check-ins are kept, e.g. {@code 12m} (months) or {@code 2y}; older ones are deleted,
 * notes included, by an hourly sweep. Unset (the default): kept until the person deletes them.
 */
@ConfigurationProperties("tandem.retention")
public record CheckInRetentionProperties(Period checkins) {

	public CheckInRetentionProperties {
		if (checkins != null && (checkins.isNegative() || checkins.isZero())) {
			throw new IllegalArgumentException("tandem.retention.checkins must be positive, e.g. 12m");
		}
	}

}
