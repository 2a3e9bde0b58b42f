package app.tandem.inbox;

import app.tandem.chat.Inbound;

/**
 * An update as taken in, whether the urgent responder already answered it, and whether a timed-out store attempt
 * may have stored it.
 */
record Received(Inbound inbound, boolean answeredUrgently, boolean mayBeStored) {

	Received(Inbound inbound, boolean answeredUrgently) {
		this(inbound, answeredUrgently, false);
	}

	Received maybeStored() {
		return new Received(inbound, answeredUrgently, true);
	}

}
