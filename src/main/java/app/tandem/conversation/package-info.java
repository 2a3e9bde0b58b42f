/**
 * The path of one message once it is in the inbox: commands start flows, the chat's active flow takes typed
 * answers and button presses, everything else gets a short pointer to {@code /help}. Also the persisted per-chat
 * dialog state ({@link app.tandem.conversation.ConversationState}) that lets a flow continue after a restart, and
 * closes it once it has been idle too long.
 */
package app.tandem.conversation;
