/**
 * The user profile: consent, time zone, check-in time, country for crisis resources, and whether Telegram still
 * lets Tandem reach them.
 */
package app.tandem.user;
