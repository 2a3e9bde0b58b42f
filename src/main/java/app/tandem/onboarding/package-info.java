/**
 * The first conversation and the settings: {@code /start} (welcome, consent, time zone, check-in time, country for
 * crisis resources) and {@code /settings}, which reuses the same steps one at a time.
 */
package app.tandem.onboarding;
