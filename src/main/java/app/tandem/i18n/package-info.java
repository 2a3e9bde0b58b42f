/**
 * User-facing text. Every sentence lives in {@code messages/messages*.properties}, formatted with ICU
 * MessageFormat (plural rules per language); the user's language picks the bundle ({@code pt_PT} falls back to
 * {@code pt}, then to English, the complete bundle). {@link app.tandem.i18n.LocalFormats} writes dates, weekdays
 * and country names as the person's language does; {@link app.tandem.i18n.Language} lists the languages spoken.
 */
package app.tandem.i18n;
