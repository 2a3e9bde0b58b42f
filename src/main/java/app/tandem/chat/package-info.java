/**
 * The app's own chat vocabulary: what arrives from a user ({@link app.tandem.chat.Inbound}) and what goes back
 * ({@link app.tandem.chat.OutboundMessage}). Features speak only this language; the telegram adapter translates.
 */
package app.tandem.chat;
