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
 * a chat's schedules, a claim's read-back.
 */
@EndToEndTest
class HotPathIndexesIntegrationTests {

	@Autowired
	MongoTemplate mongo;

	@Test
	void shouldDeclareAnIndexForEveryHotPathQuery() {
		assertThat(indexedFields("doses")).contains("medicationId");
		assertThat(indexedFields("schedules")).contains("chatId", "leaseOwner", "paused");
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
