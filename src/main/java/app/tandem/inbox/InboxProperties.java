package app.tandem.inbox;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param workers threads handling updates (chats in parallel, each chat in order); 0, the default, is twice the
 * processors the JVM may use: handling is mostly CPU on the embedded store, and more threads than that only lengthen
 * each update's handling (on two cores, 8 workers: handling p99 80-370 ms; 4: 57-235 ms, at about the same rate; see
 * the README)
 * @param retention how long a handled update's id is kept to recognise a redelivery
 * @param storeWait how long taking in an update waits for the store before holding the update in memory (and
 * treating the store as down for a few seconds)
 * @param maxQueued how many chats may wait for a worker before taking in more waits for room
 * @param claimLease how long an instance's claim on an update it is handling holds: when the instance dies, another
 * one handles the update (and the rest of its chat) after this time
 */
@Validated
@ConfigurationProperties("tandem.inbox")
public record InboxProperties(@DefaultValue("0") @Min(0) int workers, @DefaultValue("7d") Duration retention,
		@DefaultValue("500ms") Duration storeWait, @DefaultValue("10000") @Min(1) int maxQueued,
		@DefaultValue("60s") Duration claimLease) {

	@ConstructorBinding
	public InboxProperties {
	}

	public InboxProperties(int workers, Duration retention, Duration storeWait, int maxQueued) {
		this(workers, retention, storeWait, maxQueued, Duration.ofSeconds(60));
	}

	/** The threads handling updates: as configured, or twice the processors the JVM may use. */
	public int workerThreads() {
		return (workers > 0) ? workers : 2 * Runtime.getRuntime().availableProcessors();
	}

}
