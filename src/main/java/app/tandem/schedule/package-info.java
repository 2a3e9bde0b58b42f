/**
 * Everything that fires at a user's local time: each schedule is a document with the user's zone, a local rule
 * and the next UTC instant it fires, claimed atomically by whichever instance ticks first and delivered at most
 * once per occurrence (a delivery key with a unique index). Time zones and daylight saving are
 * {@link app.tandem.schedule.LocalRule}'s job.
 */
package app.tandem.schedule;
