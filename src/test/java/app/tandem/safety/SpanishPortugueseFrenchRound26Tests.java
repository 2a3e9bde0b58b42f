package app.tandem.safety;

import org.junit.jupiter.api.Test;

/**
 * Round 26 for Spanish, Portuguese and French, rules alone: the thirtieth development part showed the rules missing
 * a moment come with everything thought out, belongings and a pet shared out to a relative and a neighbour, going to
 * see God (Spanish); dying that would make no difference, a goodbye to the world tonight, cutting written without
 * its final r (Portuguese); a letter and the means ready with only the nerve lacking, cuts made on one's thigh told
 * in a long note of the day, undoing and deleting one's life, and a "connerie" that is a real one (French). It also
 * raised false alarms, which it now keeps quiet: self-harm told as no longer done, a shot threatened over one more
 * meeting, a jump rope, a hairdresser who cut one's hair, leaving a group chat and "la corde au cou" of a loan.
 * Round 26 keeps quiet, too, a party planned, clothes outgrown and given away, things left with family for a trip,
 * mass on Sunday, leaving a school group, a goodbye to colleagues, a haircut, bank passwords left for paying the
 * bills while away, a cover letter not yet sent, a roast scored before the oven, one's privacy deleted from the
 * networks, a rash purchase and banging one's head against the walls over paperwork.
 */
class SpanishPortugueseFrenchRound26Tests extends RulesAlone {

	@Test
	void shouldHearTheMomentComeWithAllDecidedButNotAPartyPrepared() {
		assertRisk("ya llegó el momento, lo tengo todo decidido", RiskTier.CRISIS);
		assertQuiet("ha llegado el momento, lo tengo todo preparado para la fiesta sorpresa de mi hermana");
	}

	@Test
	void shouldHearBelongingsSharedOutButNotClothesOutgrownOrLeftForATrip() {
		assertRisk("regalé mi bici a mi hermano y los cuadros a mi tía", RiskTier.CONCERN);
		assertRisk("dei a minha bicicleta pro meu irmão e os livros pra minha tia", RiskTier.CONCERN);
		assertQuiet("regalé mi abrigo a mi hermana y las botas a mi prima porque ya no me quedaban",
				"como me voy de viaje, le dejé mi coche a mi hermano y el gato a la vecina",
				"dei meu casaco pro meu irmão e as botas pra minha prima, já não me serviam",
				"antes da viagem deixei meu carro pro meu irmão e o gato pra minha vizinha");
	}

	@Test
	void shouldHearGoingToGodButNotToMass() {
		assertRisk("ya me quiero ir con diosito, no puedo más", RiskTier.CRISIS);
		assertQuiet("mañana quiero ir a ver a Dios en la misa de las doce");
	}

	@Test
	void shouldHearHurtingOneselfNowButNotNoLongerDoingIt() {
		assertRisk("ya no aguanto, me hago daño cada noche", RiskTier.CRISIS);
		assertQuiet("desde que voy al psicólogo ya no me hago daño");
	}

	@Test
	void shouldHearAShotTonightButNotOverOneMoreShift() {
		assertRisk("ya no puedo más, me pego un tiro esta noche", RiskTier.CRISIS);
		assertQuiet("como me toque otro turno de noche este mes me pego un tiro");
	}

	@Test
	void shouldHearDyingMakingNoDifferenceButNotLeavingAGroup() {
		assertRisk("se eu morresse hoje não ia fazer falta nenhuma", RiskTier.CONCERN);
		assertQuiet("se eu sumisse do grupo da escola nem ia fazer diferença");
	}

	@Test
	void shouldHearAGoodbyeToTheWorldButNotToColleagues() {
		assertRisk("vou dar tchau pro mundo hoje", RiskTier.CRISIS);
		assertQuiet("vou dar tchau pro pessoal do trabalho hoje");
	}

	@Test
	void shouldHearCuttingWithoutItsFinalRButNotAHaircut() {
		assertRisk("vou me corta de novo hoje", RiskTier.CRISIS);
		assertQuiet("vou me corta o cabelo amanhã de novo");
	}

	@Test
	void shouldHearARopeAndAPlaceButNotAJumpRope() {
		assertRisk("comprei uma corda e já sei onde vou amarrar", RiskTier.CRISIS);
		assertQuiet("comprei uma corda de pular nova pra treinar");
	}

	@Test
	void shouldHearBankPasswordsHandedOnButNotForBillsDuringATrip() {
		assertRisk("passei as senhas do banco pra minha irmã, ela vai precisar de tudo", RiskTier.CONCERN);
		assertQuiet("deixei as senhas do banco pra minha irmã pagar as contas enquanto eu viajo");
	}

	@Test
	void shouldHearOnlyTheNerveLackingButNotForACoverLetter() {
		assertRisk("la corde est prête, il me manque plus que le courage", RiskTier.CRISIS);
		assertQuiet("j'ai préparé la lettre de motivation, il me manque juste le courage de l'envoyer");
	}

	@Test
	void shouldHearCutsOnOnesArmsButNotOnARoast() {
		assertRisk("j'ai refait des entailles sur mes bras cette nuit", RiskTier.CRISIS);
		assertQuiet("j'ai fait des entailles sur le gigot avant de le mettre au four");
	}

	@Test
	void shouldHearDeletingOnesLifeButNotOnesPrivacy() {
		assertRisk("j'aimerais juste supprimer ma vie", RiskTier.CONCERN);
		assertQuiet("j'ai voulu supprimer ma vie privée des réseaux");
	}

	@Test
	void shouldHearAFoolishThingForGoodButNotARashPurchase() {
		assertRisk("ce soir je vais faire une bêtise pour de bon", RiskTier.CRISIS);
		assertQuiet("j'ai failli faire une connerie en achetant ce canapé");
	}

	@Test
	void shouldHearCuttingOneselfButNotAHaircut() {
		assertRisk("je me suis coupée les cuisses hier soir", RiskTier.CRISIS);
		assertQuiet("mon barbier m'a coupé trop court");
	}

	@Test
	void shouldHearBangingOnesHeadTillBruisedButNotTheIdiom() {
		assertRisk("je me frappe la tête contre le mur jusqu'à avoir des bleus", RiskTier.CRISIS);
		assertQuiet("j'ai envie de me taper la tête contre les murs avec cette paperasse");
	}

	@Test
	void shouldHearVanishingFromTheWorldButNotFromAMeeting() {
		assertRisk("je veux disparaître de ce monde", RiskTier.CONCERN);
		assertQuiet("je veux disparaître de cette réunion zoom");
	}

	@Test
	void shouldHearARopeAndWhereToHangItButNotTheDebtIdiom() {
		assertRisk("j'ai acheté une corde et je sais où l'accrocher", RiskTier.CRISIS);
		assertQuiet("avec ce prêt immobilier j'ai la corde au cou");
	}
}
