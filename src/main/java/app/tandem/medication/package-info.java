/**
 * Medications: schedules at local times, reminder pings with Taken / Snooze / Skip, one follow-up, missed doses,
 * adherence history, refills and dose changes over time. Tandem records and reminds; it never suggests a dose and
 * always says that stopping or changing a medication is for the prescriber.
 */
package app.tandem.medication;
