package app.tandem.schedule;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record that one occurrence of a schedule was handled. Its id ({@code scheduleId@dueAt}) is unique, so an
 * occurrence is handled at most once even when two instances or a crash race; it expires after a while.
 */
@Document("deliveries")
record Delivery(@Id String key, @Indexed long userId, Instant handledAt,
		@Indexed(expireAfter = "30d") Instant expiresFrom) {
}
