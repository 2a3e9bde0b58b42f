/**
 * Where Tandem keeps its data: a MongoDB named by {@code MONGODB_URI}, or, when none is set, an embedded
 * MongoDB-compatible server (mongo-java-server) persisting to a local folder. Both are reached through the normal
 * MongoDB driver, so features never know which one is in use.
 */
package app.tandem.store;
