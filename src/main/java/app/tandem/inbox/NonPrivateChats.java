package app.tandem.inbox;

import app.tandem.chat.Inbound;

/**
 * What to do with an update from a group or channel: Tandem stores nothing from it.
 */
public interface NonPrivateChats {

	void refuse(Inbound inbound);

}
