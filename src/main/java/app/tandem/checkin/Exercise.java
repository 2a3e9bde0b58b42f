package app.tandem.checkin;

/** How much the person moved today. */
public enum Exercise {

	NONE, UNDER_30, OVER_30

}
