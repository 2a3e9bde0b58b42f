/**
 * Reading times and time zones the way people type them ({@code 8pm}, {@code Lisbon}, {@code UTC+2}), and the
 * country a time zone belongs to.
 */
package app.tandem.time;
