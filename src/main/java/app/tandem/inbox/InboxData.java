package app.tandem.inbox;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import app.tandem.user.PersonalData;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The inbox's part of an export or erasure: the receipts of recent updates (their words are already dropped once
 * handled; the receipts expire on their own).
 */
@Component
class InboxData implements PersonalData {

	private final MongoTemplate mongo;

	InboxData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String section() {
		return "recentUpdates";
	}

	@Override
	public Object export(long userId, long chatId) {
		List<InboxEntry> entries = mongo.find(Query.query(where("chatId").is(chatId)), InboxEntry.class);
		return entries.stream().map(entry -> new Receipt(entry.updateId(), entry.kind(), entry.receivedAt())).toList();
	}

	@Override
	public void erase(long userId, long chatId) {
		mongo.remove(Query.query(where("chatId").is(chatId)), InboxEntry.class);
	}

	record Receipt(long updateId, String kind, Instant receivedAt) {
	}

}
