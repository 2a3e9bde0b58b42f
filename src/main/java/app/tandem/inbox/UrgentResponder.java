package app.tandem.inbox;

import app.tandem.chat.Inbound;

/**
 * Reacts to an update the moment it arrives, before it is stored or waits behind the chat's earlier updates, and
 * without any database call or lock, so it works during a store outage and under load. Implemented by the safety
 * module for crisis help.
 */
public interface UrgentResponder {

	/**
	 * Reacts to the update.
	 * @return whether it was answered as urgent (crisis help, or a crisis button): nothing else may then be said
	 * about it
	 */
	boolean respond(Inbound inbound);

}
