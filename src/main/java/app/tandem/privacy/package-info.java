/**
 * The person's data rights: {@code /export} sends everything Tandem stores about them; {@code /delete} erases it
 * after one confirmation; {@code /privacy} says what is stored, where, for how long and who can see it. Each module
 * contributes its part through {@link app.tandem.user.PersonalData}.
 */
package app.tandem.privacy;
