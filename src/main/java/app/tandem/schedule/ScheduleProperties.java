package app.tandem.schedule;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param tick how often each instance looks for due schedules
 * @param batch how many due schedules one query claims
 * @param lease how long a claim holds before another instance may take over
 */
@Validated
@ConfigurationProperties("tandem.schedule")
public record ScheduleProperties(@DefaultValue("5s") Duration tick, @DefaultValue("500") @Min(1) int batch,
		@DefaultValue("2m") Duration lease) {
}
