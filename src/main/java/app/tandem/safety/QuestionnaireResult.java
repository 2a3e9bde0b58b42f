package app.tandem.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A finished PHQ-9 or GAD-7: the answers, the total and its band, with the person's local date.
 */
@Document("questionnaires")
@CompoundIndex(name = "user_kind_date", def = "{'userId': 1, 'kind': 1, 'date': -1}")
public record QuestionnaireResult(@Id String id, long userId, String kind, LocalDate date, Instant takenAt,
		List<Integer> items, int total, String band) {
}
