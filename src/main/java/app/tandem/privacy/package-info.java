/**
 * The person's data rights: {@code /export} sends everything Tandem stores about them; {@code /delete} erases it
 * after one confirmation. Each module contributes its part through {@link app.tandem.user.PersonalData}.
 */
package app.tandem.privacy;
