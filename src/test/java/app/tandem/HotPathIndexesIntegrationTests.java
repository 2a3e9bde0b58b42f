package app.tandem;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;

import app.tandem.support.EndToEndTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries on the hot paths have indexes on MongoDB: the outbox's claim and lease renewal, a medication's doses,
 * a chat's schedules, the due schedules; and a schedule's claim and release (a compare-and-set on its id and lease
 * owner) reach it by a unique key, which the embedded store, with no other secondary indexes, also uses.
 */
@EndToEndTest
class HotPathIndexesIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	@Test
	void shouldDeclareAnIndexForEveryHotPathQuery() {
		assertThat(indexedFields("doses")).contains("medicationId");
		assertThat(indexedFields("schedules")).contains("chatId", "paused");
		assertThat(mongo.indexOps("schedules").getIndexInfo()).anySatisfy(index -> {
			assertThat(index.isUnique()).isTrue();
			assertThat(index.getIndexFields()).extracting(field -> field.getKey()).containsExactly("_id", "leaseOwner");
		});
		assertThat(indexedFields("outbox")).contains("status", "leaseOwner", "claim", "chatId");
	}

	private List<String> indexedFields(String collection) {
		return mongo.indexOps(collection)
			.getIndexInfo()
			.stream()
			.map(IndexInfo::getIndexFields)
			.map(fields -> fields.get(0).getKey())
			.toList();
	}

}
