"""How sure a status is: "zeker" or "twijfel", with the reasons for doubt (in Dutch, for the report).

A status is in doubt where the checker's own signals were measured to go wrong more often (on all
gold and the probe suite; README, "Zekerheid"):
- partial or mentioned while another aspect of the item was found, but not as a commitment in the
  item's direction (a near miss: the commonest error is a covered item read as partial);
- covered or partial on a commitment that the passage does not state itself but continues from the
  sentences before it (discourse);
- mentioned while a commitment was found that failed the item's direction or combination;
- absent while the item's words occur outside the youth or social domain.
Signals that were measured not to predict errors (a contradiction resting on one passage, a
lead-in or table genre) are not reasons for doubt.

The reasons are what a reader should check first. README ("Zekerheid") gives how often a "zeker"
and a "twijfel" status agreed with the gold labels, measured on the gold sets.
"""
from __future__ import annotations

from checker.models import Hit

SURE, DOUBT = "zeker", "twijfel"
# a commitment continued from the sentences before: the weakest way a passage commits
_CONTINUED = frozenset({"discourse", "carried"})


def assess(status: str, core: str, hits: list[Hit], met: list[str]) -> tuple[str, tuple[str, ...]]:
    """(zeker | twijfel, reasons) for an item's status from the hits it was decided on."""
    reasons: list[str] = []
    support = [h for h in hits if h.role == "support"]
    deciding = [h for h in support if h.aspect_id in met]
    near = {h.aspect_id for h in hits if h.role == "mention" and h.aspect_id not in ("topic", *met)
            and not h.aspect_id.startswith("contradiction:")}
    if status in ("partial", "mentioned") and near:
        reasons.append("een ander onderdeel van dit punt staat er wel, maar niet als toezegging in de richting van "
                       "het punt: lees na of het toch is overgenomen")
    if status in ("covered", "partial") and deciding and any(
            h.cue is not None and h.cue.source in _CONTINUED for h in deciding):
        reasons.append("een toezegging staat er niet zelf, maar volgt uit de zinnen ervoor")
    if status == "mentioned" and support:
        reasons.append("er is een toezegging gevonden, maar niet in de richting van het punt of zonder de vereiste "
                       "combinatie")
    if status == "absent" and any(not h.in_domain for h in hits):
        reasons.append("woorden van dit punt staan er wel, maar niet in een jeugd- of sociaal-domeincontext")
    return (DOUBT if reasons else SURE), tuple(reasons)
