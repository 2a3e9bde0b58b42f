package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * A cut while cooking is everyday talk: fourteen such sentences tried in the seven languages after rules round 29,
 * six alarmed. The English and Spanish rules are narrowed here (chopping, slicing, peeling, making dinner; picando,
 * rebanando); a cut told with intent, "again" or on purpose stays heard. The German, Italian and Russian ones ("am
 * neuen Messer geschnitten", "mentre cucinavo", "когда резала хлеб") are not narrowed yet.
 */
class KitchenCutsTests extends RulesAlone {

	@Test
	void shouldHearACutTellingOfIntentButNotACutWhileChoppingOnions() {
		assertRisk("i cut myself last night", RiskTier.CRISIS);
		assertRisk("cut myself again while cooking because i wanted to feel something", RiskTier.CRISIS);
		assertRisk("cut myself chopping onions on purpose", RiskTier.CRISIS);
		assertQuiet("cut myself chopping onions, bled everywhere lol", "sliced my thumb peeling potatoes for the roast");
	}

	@Test
	void shouldHearCutsOnTheArmButNotCutsFromChoppingVegetables() {
		assertRisk("me hice unos cortes en el brazo anoche", RiskTier.CRISIS);
		assertQuiet("me hice unos cortes en la mano picando verduras con el cuchillo nuevo");
	}

}
