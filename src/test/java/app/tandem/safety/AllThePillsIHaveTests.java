package app.tandem.safety;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Tonight I take all the pills I have", in every language of the screen: a plan with the means at hand. German
 * heard it only with "ich" or "dann" between the verb and "alle" ("ich nehm heute nacht alle tabletten die ich hab"
 * got nothing; found by rules round 27's German helper, who left it), French only in the near future ("je vais
 * prendre tous mes cachets"), not in the present. Pills packed for a trip or taken as prescribed stay quiet.
 */
class AllThePillsIHaveTests extends RulesAlone {

	@ParameterizedTest
	@ValueSource(strings = { "tonight i'm taking all the pills i have", "ich nehm heute nacht alle tabletten die ich hab",
			"heute nacht nehme ich alle tabletten, die ich noch habe", "esta noche me tomo todas las pastillas que tengo",
			"stanotte prendo tutte le pillole che ho", "cette nuit je prends tous les cachets que j'ai",
			"je prends tous mes cachets qui me restent", "hoje à noite vou tomar todos os comprimidos que tenho",
			"сегодня ночью выпью все таблетки что есть" })
	void shouldHearAllThePillsOneHasTakenTonight(String text) {
		assertRisk(text, RiskTier.CRISIS);
	}

	@ParameterizedTest
	@ValueSource(strings = { "je prends tous les cachets que j'ai pour les vacances dans ma valise",
			"je prends toutes les pilules que j'ai avec moi en voyage", "ich nehm heute abend alle tabletten mit zur oma",
			"ich nehme jetzt alle tabletten wie verschrieben", "ce soir je prends tout ce que j'ai comme pulls" })
	void shouldNotHearPillsPackedForATripOrTakenAsPrescribed(String text) {
		assertQuiet(text);
	}

}
