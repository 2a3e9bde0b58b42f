package app.tandem.inbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The most recent update ids taken in, so a redelivered update is not answered urgently twice before the store
 * can say it was seen. Bounded; its lock guards no I/O.
 */
final class RecentIds {

	private final Set<Long> ids;

	RecentIds(int capacity) {
		this.ids = Collections.newSetFromMap(new LinkedHashMap<>(capacity, 0.75f, false) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
				return size() > capacity;
			}
		});
	}

	/** Whether the id is new (and now remembered). */
	synchronized boolean add(long id) {
		return ids.add(id);
	}

}
