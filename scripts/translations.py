"""Update the Danish and English translations and compile them.

    .venv/bin/python scripts/translations.py           # lupdate, fill, lrelease
    .venv/bin/python scripts/translations.py --check   # also fail if English is incomplete

1. `lupdate` collects every `tr()`/`translate()` string from desktop/ui and desktop/app.py into
   resources/translations/trepart_{da,en}.ts (translations already there are kept).
2. English translations still unfinished are filled from scripts/translations_en.py; Danish
   plural forms are filled there too (the source is Danish, so Danish needs nothing else).
3. The contexts "vocabulary" (labels from sync.protocol: vocabularies and catalogue fields) and
   "problems" (the domain's validation messages) are generated from that data, since those
   strings live in code that never imports Qt.
4. `lrelease` compiles both to .qm next to them.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import translations_en as en  # noqa: E402

OUT = ROOT / "resources" / "translations"
LANGUAGES = {"da": "da_DK", "en": "en_GB"}
FORM_RECORD_TYPES = ("citizen", "company", "case", "meeting", "action_item")


def qt_tool(name: str) -> str:
    import PySide6

    # PySide6.__path__ rather than __file__: it works even when the package lost its
    # __init__.py (as a partly re-installed venv can).
    return str(Path(list(PySide6.__path__)[0]) / name)


def sources() -> list[str]:
    files = sorted((ROOT / "desktop" / "ui").rglob("*.py")) + [ROOT / "desktop" / "app.py"]
    return [str(p.relative_to(ROOT)) for p in files]


def run_lupdate(language: str) -> Path:
    ts = OUT / f"trepart_{language}.ts"
    subprocess.run([qt_tool("lupdate"), *sources(), "-no-obsolete", "-locations", "relative",
                    "-source-language", "da_DK", "-target-language", LANGUAGES[language],
                    "-ts", str(ts.relative_to(ROOT))], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    return ts


def generated_contexts() -> dict[str, dict[str, str]]:
    """context -> {Danish source: English}."""
    from sync.protocol.catalogue import CATALOGUE

    problems = dict(en.PROBLEMS)
    for name in FORM_RECORD_TYPES:
        for spec in CATALOGUE[name].fields:
            label_en = en.VOCABULARY.get(spec.label, spec.label)
            for da_rule, en_rule in en.FIELD_RULES.items():
                source = da_rule.format(label=spec.label)
                target = en_rule.format(label=label_en)
                problems[source] = target
                if name == "action_item":
                    problems[f"Handling %1: {source}"] = f"Action %1: {target}"
    return {"vocabulary": dict(en.VOCABULARY), "problems": problems}


def _set_translation(message: ET.Element, text: str | tuple[str, ...]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    translation.text = None
    for child in list(translation):
        translation.remove(child)
    if isinstance(text, tuple):
        for form in text:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") == "unfinished" or not (
        (translation.text or "").strip() or list(translation))


def fill(ts: Path, language: str) -> list[str]:
    tree = ET.parse(ts)
    root = tree.getroot()
    missing: list[str] = []
    for context in root.findall("context"):
        if context.findtext("name") in ("vocabulary", "problems"):
            continue  # regenerated below
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            numerus = message.get("numerus") == "yes"
            if not _unfinished(message):
                continue
            if language == "da":
                if numerus and source in en.PLURALS_DA:
                    _set_translation(message, en.PLURALS_DA[source])
                elif numerus:
                    missing.append(source)
                continue
            if numerus and source in en.PLURALS_EN:
                _set_translation(message, en.PLURALS_EN[source])
            elif not numerus and source in en.UI:
                _set_translation(message, en.UI[source])
            else:
                missing.append(source)
    for name in ("vocabulary", "problems"):
        for old in [c for c in root.findall("context") if c.findtext("name") == name]:
            root.remove(old)
    if language == "en":
        for name, messages in generated_contexts().items():
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            for source, target in sorted(messages.items()):
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                _set_translation(message, target)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")
    return missing


def release(ts: Path) -> None:
    subprocess.run([qt_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, stdout=subprocess.DEVNULL)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail on missing English")
    args = parser.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    status = 0
    for language in LANGUAGES:
        ts = run_lupdate(language)
        missing = fill(ts, language)
        release(ts)
        if missing:
            print(f"{ts.name}: {len(missing)} untranslated:", file=sys.stderr)
            for source in missing:
                print(f"  {source!r}", file=sys.stderr)
            if args.check and language == "en":
                status = 1
        print(ts.with_suffix(".qm").relative_to(ROOT))
    return status


if __name__ == "__main__":
    sys.exit(main())
