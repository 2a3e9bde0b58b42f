package app.tandem.safety;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The person's choices about questionnaire offers.
 *
 * @param userId whose
 * @param offersOff they asked not to be offered questionnaires after check-ins
 * @param lastOfferedAt when one was last offered
 */
@Document("safety_settings")
record SafetySettings(@Id long userId, boolean offersOff, Instant lastOfferedAt) {
}
