/**
 * User-facing text. Every sentence lives in {@code messages/messages*.properties}; the user's Telegram language
 * picks the bundle, English being the complete fallback.
 */
package app.tandem.i18n;
