"""Load and validate the YAML rule files; every error names file, line and key path."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import yaml
from pydantic import ValidationError

from checker.errors import RulesError
from checker.models import RulesetInfo
from checker.ruleset.schema import CuesFile, Item, ItemsFile

_PACKAGED = Path(__file__).resolve().parent.parent / "_rules"  # in an installed wheel
_SOURCE = Path(__file__).resolve().parent.parent.parent / "rules"  # in a checkout
DEFAULT_RULES_DIR = _SOURCE if _SOURCE.is_dir() else _PACKAGED
ITEMS_FILE = "items.yaml"
CUES_FILE = "cues.yaml"


@dataclass(frozen=True)
class Ruleset:
    """The validated rule set: items, cue lexicon and the version/hash every report prints."""

    info: RulesetInfo
    items: tuple[Item, ...]
    cues: CuesFile
    directory: Path

    def item(self, item_id: str) -> Item:
        for it in self.items:
            if it.id == item_id:
                return it
        raise KeyError(item_id)


def _line_index(node: yaml.Node, path: tuple = (), out: dict | None = None) -> dict[tuple, int]:
    """Map each key path in a composed YAML tree to its 1-based line."""
    out = {} if out is None else out
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            key = k.value
            out[path + (key,)] = k.start_mark.line + 1
            _line_index(v, path + (key,), out)
    elif isinstance(node, yaml.SequenceNode):
        for i, v in enumerate(node.value):
            _line_index(v, path + (i,), out)
    return out


MAX_NODES = 200_000  # the bundled rules expand to about 6,400 nodes


def check_expansion(node: yaml.Node | None, path: Path) -> None:
    """Raise RulesError when aliases make the tree endless (`&a [*a]`) or huge ("billion laughs":
    nine aliases of nine aliases of ...): checked on the composed tree, in which an alias is one
    shared node, before anything expands it."""
    if node is None:
        return
    visited = 0
    stack: list[tuple[yaml.Node, frozenset[int]]] = [(node, frozenset())]
    while stack:
        n, ancestors = stack.pop()
        visited += 1
        if visited > MAX_NODES:
            raise RulesError("De regels worden door YAML-verwijzingen (*alias) te groot.",
                             [f"{path}:{n.start_mark.line + 1} [] more than {MAX_NODES:,} values"],
                             hint="Verwijs minder vaak naar een anker, of schrijf de waarden uit.")
        if id(n) in ancestors:
            raise RulesError("Een YAML-verwijzing (*alias) verwijst naar zichzelf.",
                             [f"{path}:{n.start_mark.line + 1} [] recursive alias"],
                             hint="Verwijs niet naar een anker binnen zijn eigen waarde.")
        if isinstance(n, (yaml.MappingNode, yaml.SequenceNode)):
            inner = ancestors | {id(n)}
            children = [v for pair in n.value for v in pair] if isinstance(n, yaml.MappingNode) else n.value
            stack.extend((c, inner) for c in children)


def _read_yaml(path: Path) -> tuple[object, dict[tuple, int], bytes]:
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise RulesError(f"Kan regelbestand {path} niet lezen: {e.strerror}.",
                         hint="Controleer het pad van --rules.") from e
    text = raw.decode("utf-8", errors="replace")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when PyYAML has it
    try:
        node = yaml.compose(text, Loader=loader)
        check_expansion(node, path)
        data = yaml.load(text, Loader=loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        problem = getattr(e, "problem", None) or str(e)
        raise RulesError("Ongeldige YAML in de regels.", [f"{path}:{line} [] {problem}"],
                         hint="Herstel de syntaxis en voer 'akkoordcheck rules validate' opnieuw uit.") from e
    if node is None:
        raise RulesError("Leeg regelbestand.", [f"{path}:1 [] file is empty"])
    return data, _line_index(node), raw


def _problems(path: Path, err: ValidationError, lines: dict[tuple, int]) -> list[str]:
    out = []
    for e in err.errors():
        loc = tuple("with" if p == "with_" else p for p in e["loc"])
        # the closest ancestor with a known line
        probe = loc
        while probe and probe not in lines:
            probe = probe[:-1]
        line = lines.get(probe, 1)
        shown = " -> ".join(str(p) for p in loc)
        msg = e["msg"]
        if e["type"] == "extra_forbidden":
            msg = f"unknown key {loc[-1]!r}"
        out.append(f"{path}:{line} [{shown}] {msg}")
    return out


def _duplicate_ids(path: Path, data: object, lines: dict[tuple, int]) -> list[str]:
    """Duplicate item ids, found on the raw data so they are reported next to any other error."""
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        return []
    seen: dict[str, int] = {}
    out = []
    for i, item in enumerate(data["items"]):
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            if item["id"] in seen:
                line = lines.get(("items", i, "id"), 0)
                out.append(f"{path}:{line} [items -> {i} -> id] item id {item['id']!r} appears twice "
                           f"(first as items -> {seen[item['id']]})")
            else:
                seen[item["id"]] = i
    return out


def load_ruleset(directory: Path | str | None = None) -> Ruleset:
    """Load rules/items.yaml and rules/cues.yaml; raise RulesError listing every problem."""
    d = Path(directory) if directory else DEFAULT_RULES_DIR
    if not d.is_dir():
        raise RulesError(f"Regelmap {d} bestaat niet.", hint="Geef een map met items.yaml en cues.yaml.")
    problems: list[str] = []
    parsed = {}
    digest = hashlib.sha256()
    for name, model in ((ITEMS_FILE, ItemsFile), (CUES_FILE, CuesFile)):
        path = d / name
        if not path.exists():
            problems.append(f"{path}:0 [] file is missing")
            continue
        data, lines, raw = _read_yaml(path)
        digest.update(name.encode() + b"\0" + raw)
        problems.extend(_duplicate_ids(path, data, lines))
        try:
            parsed[name] = model.model_validate(data)
        except ValidationError as e:
            problems.extend(p for p in _problems(path, e, lines) if "appears twice" not in p)
    if problems:
        raise RulesError(f"De regels in {d} zijn ongeldig ({len(problems)} fout(en)).", problems,
                         hint="Herstel de genoemde regels; 'akkoordcheck rules validate' toont ze opnieuw.")
    items_file: ItemsFile = parsed[ITEMS_FILE]
    info = RulesetInfo(id=items_file.ruleset["id"], version=items_file.ruleset["version"],
                       sha256=digest.hexdigest())
    return Ruleset(info=info, items=tuple(items_file.items), cues=parsed[CUES_FILE], directory=d)
