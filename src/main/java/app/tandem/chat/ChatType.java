package app.tandem.chat;

/** The kind of chat an update came from. Tandem works in private chats only. */
public enum ChatType {

	PRIVATE, GROUP, CHANNEL, OTHER

}
