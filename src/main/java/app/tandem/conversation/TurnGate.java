package app.tandem.conversation;

/**
 * Looks at every update before it is routed (after crisis help, which nothing holds up) and may take it instead:
 * for example to ask for consent again before anything else is stored.
 */
public interface TurnGate {

	/** @return {@code true} if this gate answered the update and it must not be routed further */
	boolean holds(Turn turn);

}
