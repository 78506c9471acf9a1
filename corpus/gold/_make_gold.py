"""Gold labels of the project's sample agreements (one careful reading under CODEBOOK.md).

Run `python corpus/gold/_make_gold.py` after editing; it checks every evidence passage is
verbatim in the sample's text and writes one JSON per document in the shared format.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

A = ("absent", [], "Nothing in the document addresses this item.")

GOLD = {
    "lindewaard_2026_coalitieakkoord.txt": {
        "P01": ("covered", ["We kiezen ervoor om lichte, ambulante vormen van jeugdhulp in onze gemeente substantieel terug te dringen.",
                            "Niet elk probleem is een jeugdzorgprobleem: we normaliseren de gewone zorgen van opgroeien en opvoeden en bakenen duidelijk af wat onder jeugdzorg valt."],
                "Commits to substantially reducing light ambulant help (core) and to normalising (further)."),
        "P02": ("contradicted", ["We gaan in 2029 opnieuw aanbesteden, maar dan gericht op samenwerking en met minder administratieve lasten voor aanbieders en professionals."],
                "Tendering of youth care continues in 2029 (codebook hard case)."),
        "P03": ("covered", ["Samen met de gemeenten in de jeugdregio zorgen we voor een dekkend aanbod van specialistische jeugdzorg en jeugdbescherming."],
                "Covering supply of specialist youth care and protection, organised in the youth region."),
        "P04": ("partial", ["De specialistische jeugdzorg blijft binnen het bestaande budget; overschrijdingen vangen we op binnen het sociaal domein."],
                "Core (within the existing budget) only; no indexation, no share moved to prevention."),
        "P05": ("covered", ["We versterken de wijkteams, zodat gezinnen met vragen snel en laagdrempelig terechtkunnen bij één vast gezicht in de wijk.",
                            "Problemen zoals armoede, schulden, stress en slechte huisvesting in gezinnen pakken we eerst aan, voordat er jeugdzorg nodig is."],
                "Strengthens local teams (low-threshold, family-oriented) and tackles root causes first."),
        "P06": ("partial", ["In de wijkteams werken we samen met de jeugdgezondheidszorg van de GGD, zodat signalen van het consultatiebureau direct bij het team terechtkomen."],
                "Local teams with one partner type (JGZ). A contact person from the team at each school links the team to schools but does not shape the team with education's expertise."),
        "P07": ("covered", ["We versterken de samenwerking tussen scholen, kinderopvang, jeugdhulp en de wijkteams.",
                            "Met het samenwerkingsverband passend onderwijs maken we afspraken over de aansluiting tussen passend onderwijs en jeugdhulp.",
                            "We brengen het aantal thuiszitters terug en zorgen met onderwijs-zorgarrangementen dat kinderen in de jeugdzorg naar school kunnen blijven gaan."],
                "Structural cooperation, alignment with passend onderwijs, children in care keep going to school."),
        "P08": ("covered", ["We blijven investeren in speeltuinen en speelplekken in alle wijken, in de bibliotheek en in het zwembad De Lindeboom."],
                "Three facility types: playgrounds, library, swimming pool."),
        "P09": ("mentioned", ["Over de toekomst van de gesloten jeugdzorg in de regio gaan we in gesprek met de instellingen en de andere gemeenten."],
                "Closed youth care only as a subject of talks; no commitment to phase it out."),
        "P10": A,
        "T1": ("contradicted", ["We gaan in 2029 opnieuw aanbesteden, maar dan gericht op samenwerking en met minder administratieve lasten voor aanbieders en professionals."],
               "Tendering continues."),
        "T2": ("covered", ["We versterken de wijkteams, zodat gezinnen met vragen snel en laagdrempelig terechtkunnen bij één vast gezicht in de wijk.",
                           "Problemen zoals armoede, schulden, stress en slechte huisvesting in gezinnen pakken we eerst aan, voordat er jeugdzorg nodig is."],
               "Core plus attention to poverty, debts, stress, housing."),
        "T3": ("covered", ["We versterken de samenwerking tussen scholen, kinderopvang, jeugdhulp en de wijkteams.",
                           "Ook kinderen die tijdelijk niet thuis wonen, blijven zo veel mogelijk op hun eigen school."],
               "Cooperation plus keeping children in care (also those not living at home) in school."),
        "T4": ("mentioned", ["Over de toekomst van de gesloten jeugdzorg in de regio gaan we in gesprek met de instellingen en de andere gemeenten."],
               "Talks only."),
        "T5": A,
    },
    "brakeldijk_2026_coalitieakkoord.docx": {
        "P01": ("mentioned", ["We zijn bezorgd over het groeiende aantal kinderen in de jeugdzorg en over de wachttijden voor kinderen die dringend hulp nodig hebben."],
                "A concern about the number of children in youth care, no commitment to reduce light help."),
        "P02": ("covered", ["We stoppen met de open-house constructie en zetten in op langjarige subsidierelaties met een beperkt aantal jeugdzorgaanbieders die onze visie delen."],
                "Stops open house; long-term subsidy relations with a limited number of providers."),
        "P03": ("partial", ["De inkoop van specialistische jeugdhulp en jeugdbescherming blijven we samen met de gemeenten in de regio Rijnstreek organiseren."],
                "Regional organisation only; no commitment to a covering supply."),
        "P04": ("covered", ["We houden de jeugdzorg binnen het bestaande budget, dat jaarlijks wordt geïndexeerd, en we maken elk jaar 400.000 euro van dat budget vrij voor preventie in de pedagogische basis."],
                "Within budget, indexed, and a share for prevention."),
        "P05": ("partial", ["Er komt in elk dorp een laagdrempelig aanspreekpunt van het sociaal team, waar ouders zonder afspraak binnen kunnen lopen."],
                "Low-threshold access to the social team; debt help is for adult residents, not tied to families before youth care."),
        "P06": A,
        "P07": ("mentioned", ["We onderzoeken hoe scholen en jeugdhulp beter kunnen samenwerken, en we bespreken met de schoolbesturen wat daarvoor nodig is."],
                "Study only."),
        "P08": ("contradicted", ["We sluiten de bibliotheekvestiging in Oudedijk en bezuinigen op het zwembad De Plas; de openingstijden worden beperkt tot het zomerseizoen."],
                "Closes a library branch and cuts the swimming pool."),
        "P09": A,
        "P10": ("contradicted", ["We beëindigen de jeugdhulp als jongeren 18 jaar worden; daarna krijgen zij, als dat nodig is, ondersteuning vanuit de Wmo of de Participatiewet."],
                "Youth help ends at 18."),
        "T1": ("covered", ["We stoppen met de open-house constructie en zetten in op langjarige subsidierelaties met een beperkt aantal jeugdzorgaanbieders die onze visie delen."],
               "Stops open house; long-term relations, limited providers, shared vision."),
        "T2": ("partial", ["Er komt in elk dorp een laagdrempelig aanspreekpunt van het sociaal team, waar ouders zonder afspraak binnen kunnen lopen."],
               "Low-threshold local team access only."),
        "T3": ("mentioned", ["We onderzoeken hoe scholen en jeugdhulp beter kunnen samenwerken, en we bespreken met de schoolbesturen wat daarvoor nodig is."],
               "Study only."),
        "T4": A,
        "T5": ("contradicted", ["We beëindigen de jeugdhulp als jongeren 18 jaar worden; daarna krijgen zij, als dat nodig is, ondersteuning vanuit de Wmo of de Participatiewet."],
               "Hard cut at 18."),
    },
    "oosterveen_2026_coalitieakkoord.pdf": {
        "P01": ("contradicted", ["We breiden de vrij toegankelijke jeugdhulp uit, zodat meer kinderen zonder verwijzing lichte hulp en begeleiding krijgen."],
                "Expands freely accessible light help to more children."),
        "P02": ("mentioned", ["We onderzoeken of we kunnen stoppen met aanbesteden van jeugdzorg en wat de gevolgen daarvan zouden zijn voor de kwaliteit en de kosten."],
                "Codebook hard case: studying whether to stop tendering is 'mentioned'."),
        "P03": ("covered", ["Samen met de regiogemeenten zorgen we voor voldoende beschikbaarheid van specialistische jeugdhulp en jeugdbescherming, zonder wachtlijsten."],
                "Sufficient availability of specialist help and protection, with the region."),
        "P04": ("mentioned", ["Preventie vinden we belangrijk."], "Prevention praised, no money moved, no budget commitment."),
        "P05": ("partial", ["We zetten in op het aanpakken van armoede en schulden bij gezinnen met kinderen, zodat kinderen zorgeloos kunnen opgroeien."],
                "Tackles poverty and debts in families; the local teams' role in low-threshold help is not strengthened (only their composition is described)."),
        "P06": ("covered", ["De jeugd- en gezinsteams vormen we samen met jeugdzorgaanbieders, het samenwerkingsverband passend onderwijs en de jeugdgezondheidszorg."],
                "Local teams shaped with three partner types."),
        "P07": ("partial", ["We brengen het aantal thuiszitters terug naar nul."], "Only keeping children in school; no cooperation between youth care and education."),
        "P08": ("covered", ["De gemeente houdt het zwembad De Wielewaal open, ook al is het gebouw oud en zijn de kosten hoog.",
                            "We investeren in de schoolgebouwen volgens het integraal huisvestingsplan en maken de schoolpleinen groener."],
                "Keeps the pool open and invests in (greener) schoolyards as play space: two facility types. The library is only named as the Taalhuis's location."),
        "P09": ("contradicted", ["Samen met de regio realiseren we daarom extra gesloten plaatsen voor jongeren in een nieuwe locatie van de jeugdzorginstelling De Horst."],
                "More closed places."),
        "P10": ("covered", ["Jongeren kunnen tot hun 23e een beroep doen op verlengde jeugdhulp, zodat er geen harde knip bij 18 jaar is en niemand tussen wal en schip valt."],
                "Extended help to 23 and no hard cut."),
        "T1": ("mentioned", ["We onderzoeken of we kunnen stoppen met aanbesteden van jeugdzorg en wat de gevolgen daarvan zouden zijn voor de kwaliteit en de kosten."],
               "Study only."),
        "T2": ("partial", ["We zetten in op het aanpakken van armoede en schulden bij gezinnen met kinderen, zodat kinderen zorgeloos kunnen opgroeien.",
                           "De jeugd- en gezinsteams vormen we samen met jeugdzorgaanbieders, het samenwerkingsverband passend onderwijs en de jeugdgezondheidszorg."],
               "Further aspects (poverty, joint expertise) without the core (strengthening the teams' low-threshold approach)."),
        "T3": ("partial", ["We brengen het aantal thuiszitters terug naar nul."], "Children going to school only."),
        "T4": ("contradicted", ["Samen met de regio realiseren we daarom extra gesloten plaatsen voor jongeren in een nieuwe locatie van de jeugdzorginstelling De Horst."],
               "More closed places."),
        "T5": ("partial", ["Jongeren kunnen tot hun 23e een beroep doen op verlengde jeugdhulp, zodat er geen harde knip bij 18 jaar is en niemand tussen wal en schip valt."],
               "Core only (extended help, no hard cut); no municipal money, no Big Five."),
    },
}


def main() -> None:
    from checker.ingest import load

    for name, labels in GOLD.items():
        text = " ".join(b.text for b in load(ROOT / "corpus" / name).blocks)
        folded = re.sub(r"\s+", " ", text)
        out = {"document": name, "annotation": "one careful reading under CODEBOOK.md (project sample)",
               "labels": {}}
        for item, (status, evidence, reason) in labels.items():
            for e in evidence:
                if e not in folded:
                    raise SystemExit(f"{name} {item}: evidence not verbatim: {e[:60]}")
            out["labels"][item] = {"status": status, "evidence": evidence, "reason": reason}
        assert len(out["labels"]) == 15, name
        (HERE / (Path(name).stem + ".json")).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
    print("wrote", len(GOLD), "gold files")


if __name__ == "__main__":
    main()
