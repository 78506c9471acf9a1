"""The JSON report, in the contract of DESIGN.md."""
from __future__ import annotations

import json
from dataclasses import asdict

from checker.accuracy import MEASURED, accuracy_note
from checker.models import Report


def report_dict(report: Report) -> dict:
    """The report as plain data (the JSON contract)."""
    d = report.document
    return {
        "document": {"name": d.name, "format": d.format, "pages": d.pages, "words": d.words,
                     "sha256": d.sha256, "warnings": list(d.warnings), "contents": dict(d.contents),
                     "changes": d.changes or None},
        "ruleset": {"id": report.ruleset.id, "version": report.ruleset.version, "sha256": report.ruleset.sha256},
        "checker_version": report.checker_version,
        "pipeline": report.pipeline,
        "created": report.created,
        "accuracy_unseen": dict(MEASURED, note=accuracy_note("nl")),
        "items": [
            {
                "id": it.id, "kind": it.kind, "title": it.title, "status": it.status, "score": it.score,
                "commitment": it.commitment, "confidence": it.confidence, "doubts": list(it.doubts),
                "aspects_met": list(it.aspects_met),
                "aspects_missing": list(it.aspects_missing),
                "evidence": [{k: v for k, v in asdict(e).items()} for e in it.evidence],
                "missing": it.missing,
                "gaps": [asdict(g) for g in it.gaps],
                "suggestion": it.suggestion, "suggestion_source": it.suggestion_source,
                "agreement_text": it.agreement_text,
            }
            for it in report.items
        ],
    }


def render_json(report: Report) -> str:
    return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
