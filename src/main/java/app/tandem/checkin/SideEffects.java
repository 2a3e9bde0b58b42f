package app.tandem.checkin;

import java.util.List;

/**
 * The common side effects offered as buttons. Labels live in the message bundle under {@code side-effect.<key>}.
 */
final class SideEffects {

	static final List<String> COMMON = List.of("nausea", "headache", "drowsiness", "insomnia", "dizziness",
			"dry_mouth", "appetite", "sexual", "restlessness", "numbness");

	static final int MAX_OTHER_LENGTH = 60;

	private SideEffects() {
	}

	static boolean isCommon(String key) {
		return COMMON.contains(key);
	}

}
