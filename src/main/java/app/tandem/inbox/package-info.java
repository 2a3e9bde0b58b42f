/**
 * Every update is recorded by its update id before it is handled, so a redelivered update is a no-op and an update
 * that was received but not handled before a crash is handled after the restart. Chats run in parallel; one chat's
 * updates run strictly in order.
 */
package app.tandem.inbox;
