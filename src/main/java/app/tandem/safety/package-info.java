/**
 * Crisis help that is never blocked: {@code /crisis} and {@code /sos} from any state; every word a person types
 * screened for signs of suicide or self-harm risk ({@link app.tandem.safety.RiskScreen}, with rules per language in
 * {@code safety/screen/*.rules}) and answered by severity ({@link app.tandem.safety.RiskTier}); the right lines for
 * the person's country and every country's emergency number — all without a database call. Also PHQ-9, GAD-7, the
 * safety plan, low-mood support and the {@code /learn} cards.
 */
package app.tandem.safety;
