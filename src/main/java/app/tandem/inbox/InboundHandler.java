package app.tandem.inbox;

import app.tandem.chat.Inbound;

/**
 * Handles one update from a private chat, on that chat's ordered worker. Implemented by the conversation module.
 */
public interface InboundHandler {

	/**
	 * Handles the update.
	 * @param answeredUrgently whether the {@link UrgentResponder} already answered it with crisis help, in which
	 * case nothing more may be said about it (no parse error, no "I didn't ask anything")
	 */
	void handle(Inbound inbound, boolean answeredUrgently);

	/** Handling threw: tell the user kindly that this one did not work, so their message is not silently lost. */
	void handlingFailed(Inbound inbound);

	/** The store is down: tell the user their message will be handled shortly. Must not touch the store. */
	void storeUnavailable(Inbound inbound);

}
