package app.tandem.safety;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That crisis resources were shown, when, and why; never what was written. The person sees these in their export.
 */
@Document("crisis_events")
record CrisisEvent(@Id String id, @Indexed long userId, Instant at, CrisisTrigger trigger, RiskSignal signal) {
}
