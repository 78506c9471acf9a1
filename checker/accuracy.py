"""The accuracy the checker was last measured at on text its rules were not tuned on, stated in
every report (Dutch, English as an option). Update it whenever the rules change and it is measured
again (README, "Accuracy"); `tests/test_probes.py` checks that the stated probe figure still holds."""
from __future__ import annotations

MEASURED = {
    "date": "2026-12-06",
    "ruleset_version": "2.20.0",
    # behaviour probes written from the codebook after the tuning of their time and never tuned on:
    # rounds 5 (rules 2.1.0, first sight 0.83), 6b (rules 2.6.0, 0.84), 7 (rules 2.8.0, 0.833), 8b
    # (rules 2.8.0, 0.810), 10b (rules 2.9.0, 0.820), 11b (rules 2.10.0 of that hour, 0.850), 12
    # (rules 2.10.0, 0.858), 14b (rules 2.10.0, 0.680), 15b (paraphrase, rules 2.11.0 of that hour,
    # 0.692), 16b (rules 2.11.0, 0.857), 17b (rules 2.12.0, 0.914), 18b (rules 2.12.0 and the rules of
    # its hour, 0.905), 19b (rules 2.13.0, 0.838), 21b (rules 2.14.0, 0.848), 22 (written after the
    # 2.15.0 work: 0.908, as with rules 2.14.0), 24b (rules 2.15.0, 0.958) and 25 (written after the
    # 2.16.0 work: 0.962; rules 2.15.0 on it 0.952), 27b (rules 2.16.0, 0.867), 28 (written after the
    # 2.17.0 work: 0.983, as with rules 2.16.0) and 29b (rules 2.17.0 and the review fixes of 2.18.0,
    # 0.857), 30b (rules 2.18.1 and the first units of 2.19.0, 0.762) and 31b (written after the 2.19.0
    # work: 0.838, as with rules 2.18.1), 32b (rules 2.19.0, 0.819), 33b (rules 2.20.0 of its hour, 0.876, as
    # with rules 2.19.0) and 34 (written after the 2.20.0 work: 0.943, as with rules 2.19.0), measured again with
    # these rules
    "probes": {"n": 2725, "exact": 0.883,
               "set": "tests/probes/holdout_r5a.yaml + holdout_r5b.yaml + holdout_r6b.yaml + holdout_r7.yaml"
                      " + holdout_r8b.yaml + holdout_r10b.yaml + holdout_r11b.yaml + holdout_r12.yaml"
                      " + holdout_r14b.yaml + holdout_r15b.yaml + holdout_r16b.yaml + holdout_r17b.yaml"
                      " + holdout_r18b.yaml + holdout_r19b.yaml + holdout_r21b.yaml + holdout_r22.yaml"
                      " + holdout_r24b.yaml + holdout_r25.yaml + holdout_r27b.yaml + holdout_r28.yaml"
                      " + holdout_r29b.yaml + holdout_r30b.yaml + holdout_r31b.yaml + holdout_r32b.yaml"
                      " + holdout_r33b.yaml + holdout_r34.yaml"},
    # three agreements written outside the rules' development, one reader (0.87 at rules 2.13.0; two
    # statuses of one of them mended since by a general unit, so slightly optimistic now)
    "agreements": {"n_labels": 45, "exact": 0.91, "set": "corpus/unseen"},
}

_TEXT = {
    "nl": "Gemeten op tekst die de regels niet kenden (op {date}, regelset {ruleset_version}): het oordeel is gelijk "
          "aan dat van zorgvuldige lezers bij {probes_pct}% van {probes_n} nieuwe toetspassages en {agr_pct}% van "
          "{agr_n} punten in drie nieuwe akkoorden. Lees bij ‘twijfel’ het bewijs na.",
    "en": "Measured on text the rules had not seen (on {date}, rule set {ruleset_version}): the verdict matches careful "
          "readers on {probes_pct}% of {probes_n} new probe passages and {agr_pct}% of {agr_n} items in three new "
          "agreements. Where it says 'twijfel' (doubt), read the evidence.",
}


def accuracy_note(lang: str = "nl") -> str:
    m = MEASURED
    from checker.report.numbers import local_date

    return _TEXT["en" if lang == "en" else "nl"].format(
        date=local_date(m["date"] + "T12:00:00+00:00", lang), ruleset_version=m["ruleset_version"], probes_pct=round(m["probes"]["exact"] * 100),
        probes_n=m["probes"]["n"], agr_pct=round(m["agreements"]["exact"] * 100), agr_n=m["agreements"]["n_labels"])
