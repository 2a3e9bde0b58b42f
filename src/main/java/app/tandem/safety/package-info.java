/**
 * Crisis help that is never blocked: {@code /crisis} and {@code /sos} from any state, every typed message screened
 * for signs of suicide or self-harm risk, the right lines for the user's country and every country's emergency number,
 * all without a database call.
 */
package app.tandem.safety;
