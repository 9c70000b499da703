"""Generate the access policy tables in docs/DATA-PROTECTION.md and docs/DATA-PROTECTION.en.md
from the record catalogue and the server's access policy, so the DPO document cannot drift
from what the code does.

    .venv/bin/python scripts/policy_table.py          # rewrite the tables in both documents
    .venv/bin/python scripts/policy_table.py --check  # exit 1 if a document is stale

tests/protocol/test_data_protection_doc.py runs the check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from translations_en import VOCABULARY  # noqa: E402

from sync.protocol.catalogue import CATALOGUE, RecordType  # noqa: E402
from sync.server import policy  # noqa: E402

START = "<!-- policy-table:start (scripts/policy_table.py; do not edit by hand) -->"
END = "<!-- policy-table:end -->"
DOCS = {"da": ROOT / "docs" / "DATA-PROTECTION.md", "en": ROOT / "docs" / "DATA-PROTECTION.en.md"}

TEXT = {
    "da": {
        "header": ("Posttype", "Konsulent og teamleder", "Mentor", "Administrator",
                   "Aldrig til mentor (felter)", "Helbredsdata, art. 9 (aldrig på papir)"),
        "team_case": "eget teams forløb",
        "via_citizen": "via borgerens forløb (eller registreret af teamet)",
        "party": "via teamets forløb (eller registreret af teamet)",
        "team": "eget team",
        "audit": "eget teams forløb; uden forløb: egne, og teamlederen dem om teamets borgere",
        "mentor_no": "nej",
        "mentor_case": "forløb, hvor de er mentor",
        "mentor_party": "via forløb, hvor de er mentor",
        "mentor_consent": "kun med samtykke til deling med mentor (ellers fjernes den fra "
                          "mentors computer)",
        "mentor_health": "kun filer, der ikke er helbredsmærkede",
        "admin_yes": "ja (kun loggen)",
        "admin_no": "nej",
        "none": "–",
    },
    "en": {
        "header": ("Record type", "Consultant and team lead", "Mentor", "Administrator",
                   "Never to a mentor (fields)", "Health data, art. 9 (never on paper)"),
        "team_case": "their team's cases",
        "via_citizen": "through the citizen's cases (or registered by the team)",
        "party": "through the team's cases (or registered by the team)",
        "team": "their own team",
        "audit": "their team's cases; without a case: their own, and the team lead those "
                 "about the team's citizens",
        "mentor_no": "no",
        "mentor_case": "cases they mentor",
        "mentor_party": "through cases they mentor",
        "mentor_consent": "only with consent to share with the mentor (otherwise removed from "
                          "the mentor's computer)",
        "mentor_health": "only files not marked as health data",
        "admin_yes": "yes (the log only)",
        "admin_no": "no",
        "none": "–",
    },
}


def _label(text: str, lang: str) -> str:
    return VOCABULARY.get(text, text) if lang == "en" else text


def _staff(rt: RecordType, t: dict[str, object]) -> object:
    if rt.name == "audit_entry":
        return t["audit"]
    if rt.name in policy.PARTY_TYPES:
        return t["party"]
    if rt.name in policy.CITIZEN_OWNED:
        return t["via_citizen"]
    if rt.name in policy.TEAM_OWNED:
        return t["team"]
    return t["team_case"]


def _mentor(rt: RecordType, t: dict[str, object]) -> object:
    if not rt.mentor_readable:
        return t["mentor_no"]
    if rt.name in policy.CONSENT_GATED:
        return t["mentor_consent"]
    if rt.name in policy.HEALTH_GATED:
        return t["mentor_health"]
    if rt.name in policy.PARTY_TYPES:
        return t["mentor_party"]
    return t["mentor_case"]


def table(lang: str) -> str:
    t = TEXT[lang]
    header = t["header"]
    assert isinstance(header, tuple)
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "---|" * len(header),
    ]
    for rt in CATALOGUE.values():
        hidden = [
            _label(f.label, lang) for f in rt.fields if not f.mentor_visible
        ] if rt.mentor_readable else []
        health = [_label(f.label, lang) for f in rt.fields if f.health]
        cells = [
            f"{_label(rt.label, lang)} (`{rt.name}`)",
            str(_staff(rt, t)),
            str(_mentor(rt, t)),
            str(t["admin_yes"] if rt.name == "audit_entry" else t["admin_no"]),
            ", ".join(hidden) or str(t["none"]),
            ", ".join(health) or str(t["none"]),
        ]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines)


def rendered(lang: str, text: str) -> str:
    """The document with its table between the markers replaced by the generated one."""
    start, end = text.index(START), text.index(END)
    return text[: start + len(START)] + "\n" + table(lang) + "\n" + text[end:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    stale = []
    for lang, path in DOCS.items():
        text = path.read_text(encoding="utf-8")
        new = rendered(lang, text)
        if new != text:
            if args.check:
                stale.append(path)
            else:
                path.write_text(new, encoding="utf-8")
    for path in stale:
        print(f"{path.relative_to(ROOT)} is stale: run .venv/bin/python scripts/policy_table.py")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
