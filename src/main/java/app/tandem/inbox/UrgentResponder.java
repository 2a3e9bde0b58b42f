package app.tandem.inbox;

import app.tandem.chat.Inbound;

/**
 * Reacts to an update the moment it arrives, before it waits behind the chat's earlier updates, and without any
 * database call, so it works during a store outage. Implemented by the safety module for crisis help.
 */
public interface UrgentResponder {

	void respond(Inbound inbound);

}
