/**
 * The bridge to the care team: the weekly summary (a forwardable message with a chart), PDF reports for a chosen
 * period, and CSV exports. Everything here reads what other modules stored, a fixed handful of indexed queries per
 * person, never a query per day.
 */
package app.tandem.summary;
