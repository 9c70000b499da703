"""Update the Danish and English translations and compile them, or check that they are complete.

    .venv/bin/python scripts/translations.py           # lupdate, fill, lrelease
    .venv/bin/python scripts/translations.py --check   # the gate in `make lint`; writes nothing

1. `lupdate` collects every `tr()`/`translate()` string from desktop/ui (all sub-packages) and
   desktop/app.py into resources/translations/trepart_{da,en}.ts.
2. Translations are filled from scripts/translations_en.py: English for every string the table
   knows (the table wins, so a corrected English text reaches the .ts on the next run), and the
   Danish plural forms (the source is Danish, so Danish needs nothing else). A translation the
   table does not know (typed in Qt Linguist) is kept.
3. The contexts "vocabulary" (labels from sync.protocol: vocabularies and catalogue fields) and
   "problems" (the domain's validation messages) are generated from that data, since those
   strings live in code that never imports Qt.
4. `lrelease` compiles both to .qm next to them.

`--check` does all of that in a temporary copy and fails when an English translation is missing
or unfinished, a plural form is missing, a translation lost a %1/%n placeholder or an & mnemonic,
a protocol label or a fixed domain problem message (Problem(...) outside desktop/ui) has no
English, a text literal is handed to a Qt text call in desktop/ui without tr(), or the
committed .ts/.qm differ from what the sources and the tables give.
"""

from __future__ import annotations

import argparse
import ast
import inspect
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import translations_en as en  # noqa: E402

TRANSLATIONS = Path("resources") / "translations"
LANGUAGES = {"da": "da_DK", "en": "en_GB"}
# Plural forms Qt uses for the language (both: n == 1, otherwise).
PLURAL_FORMS = {"da": 2, "en": 2}
GENERATED = ("vocabulary", "problems")
FORM_RECORD_TYPES = ("citizen", "company", "case", "meeting", "action_item", "retention_check",
                     "project", "case_transfer", "company_need", "company_contact", "network",
                     "network_member", "network_meeting", "screening", "scheme_application",
                     "questionnaire")
HOW_TO_FIX = "run .venv/bin/python scripts/translations.py and commit resources/translations"

_PLACEHOLDER = re.compile(r"%(?:\d+|n)")
_MNEMONIC = re.compile(r"&(?=[^&\s;])")
# As desktop.ui.kit.i18n.problem_text finds the numbers in a domain message.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def qt_tool(name: str) -> str:
    import PySide6

    # PySide6.__path__ rather than __file__: it works even when the package lost its
    # __init__.py (as a partly re-installed venv can).
    return str(Path(list(PySide6.__path__)[0]) / name)


def sources(root: Path = ROOT) -> list[str]:
    """The files lupdate reads, relative to root: desktop/ui with its sub-packages, app.py."""
    files = sorted((root / "desktop" / "ui").rglob("*.py")) + [root / "desktop" / "app.py"]
    return [p.relative_to(root).as_posix() for p in files]


def outputs() -> list[Path]:
    """The committed files this script writes, relative to the repository root."""
    return [TRANSLATIONS / f"trepart_{lang}.{ext}" for lang in LANGUAGES for ext in ("ts", "qm")]


def run_lupdate(root: Path, language: str) -> Path:
    ts = TRANSLATIONS / f"trepart_{language}.ts"
    subprocess.run([qt_tool("lupdate"), *sources(root), "-no-obsolete", "-locations", "none",
                    "-source-language", "da_DK", "-target-language", LANGUAGES[language],
                    "-ts", ts.as_posix()], cwd=root, check=True,
                   stdout=subprocess.DEVNULL)
    return root / ts


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


def protocol_labels() -> set[str]:
    """Every Danish label the UI shows through vocab(): vocabularies, catalogue, weekdays."""
    from desktop.domain.formatting import WEEKDAYS
    from sync.protocol import vocabulary
    from sync.protocol.catalogue import CATALOGUE

    labels = {name for _code, name in WEEKDAYS}
    for obj in vars(vocabulary).values():
        if inspect.isclass(obj) and issubclass(obj, vocabulary.LabelledEnum):
            labels.update(member.label for member in obj)
    for record in CATALOGUE.values():
        labels.add(record.label)
        labels.update(spec.label for spec in record.fields)
    return labels


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


def _table_entry(context: str, source: str, numerus: bool,
                 language: str) -> str | tuple[str, ...] | None:
    if language == "da":
        return en.PLURALS_DA.get(source) if numerus else None
    if numerus:
        return en.PLURALS_EN.get(source)
    return en.UI_IN_CONTEXT.get((context, source), en.UI.get(source))


def fill(ts: Path, language: str) -> None:
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in root.findall("context"):
        name = context.findtext("name") or ""
        if name in GENERATED:
            continue  # regenerated below
        for message in context.findall("message"):
            entry = _table_entry(name, message.findtext("source") or "",
                                 message.get("numerus") == "yes", language)
            if entry is not None:
                _set_translation(message, entry)
    for name in GENERATED:
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


def release(ts: Path) -> None:
    subprocess.run([qt_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
                   check=True, stdout=subprocess.DEVNULL)


def _mnemonics(text: str) -> int:
    return len(_MNEMONIC.findall(text.replace("&&", "")))


def _compare(where: str, source: str, target: str) -> list[str]:
    found = []
    if set(_PLACEHOLDER.findall(source)) != set(_PLACEHOLDER.findall(target)):
        found.append(f"{where}: placeholders differ from the source in {target!r}")
    if _mnemonics(source) != _mnemonics(target):
        found.append(f"{where}: the & mnemonic is missing or extra in {target!r}")
    return found


def problems_in(ts: Path, language: str) -> list[str]:
    """What is missing or broken in one filled .ts file."""
    found: list[str] = []
    for context in ET.parse(ts).getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            source = message.findtext("source") or ""
            where = f"{ts.name} [{name}] {source!r}"
            translation = message.find("translation")
            unfinished = translation is None or translation.get("type") in ("unfinished",
                                                                           "vanished")
            if message.get("numerus") == "yes":
                forms = [] if translation is None else [
                    f.text or "" for f in translation.findall("numerusform")]
                if unfinished or len(forms) != PLURAL_FORMS[language] or not all(
                        f.strip() for f in forms):
                    table = "PLURALS_DA" if language == "da" else "PLURALS_EN"
                    found.append(f"{where}: plural forms missing (add them to {table} in "
                                 "scripts/translations_en.py)")
                    continue
                for form in forms:
                    found += _compare(where, source, form)
                continue
            text = "" if translation is None else (translation.text or "")
            if language == "da" and (unfinished or not text.strip()):
                continue  # Danish is the source: the source text is shown as it is
            if unfinished or not text.strip():
                found.append(f"{where}: no English translation (add it to UI in "
                             "scripts/translations_en.py)")
                continue
            found += _compare(where, source, text)
    return found


def vocabulary_gaps() -> list[str]:
    return [f"vocabulary {label!r}: no English (add it to VOCABULARY in "
            "scripts/translations_en.py)"
            for label in sorted(protocol_labels() - set(en.VOCABULARY))]


def _problem_template(message: str) -> str:
    """The key desktop.ui.kit.i18n.problem_text looks up: numbers become %1, %2, ..."""
    count = 0

    def number(_match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"%{count}"

    return _NUMBER.sub(number, message)


def problem_messages(root: Path = ROOT) -> list[tuple[str, str]]:
    """(where, message) for each fixed message a Problem is made with outside the UI.

    Messages built with an f-string are not seen here; their templates are in PROBLEMS by hand.
    """
    found = []
    for path in sorted((root / "desktop").rglob("*.py")) + sorted((root / "sync").rglob("*.py")):
        if "ui" in path.relative_to(root).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            message = (node.args[2] if name == "Problem" and len(node.args) > 2
                       else node.args[-1] if name == "_date_order" else None)
            if isinstance(message, ast.Constant) and isinstance(message.value, str):
                found.append((f"{path.relative_to(root).as_posix()}:{node.lineno}",
                              message.value))
    return found


def problem_gaps(root: Path = ROOT) -> list[str]:
    known = generated_contexts()["problems"]
    return [f"{where}: problem message {message!r} has no English (add it to PROBLEMS in "
            "scripts/translations_en.py)"
            for where, message in problem_messages(root) if _problem_template(message) not in known]


# Qt calls whose string arguments the user reads: constructors and setters of widgets, dialogs,
# items and headers. A literal there (rather than a tr() call) is Danish in the English UI.
UI_TEXT_CALLS = frozenset({
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QMenu", "QListWidgetItem", "QTreeWidgetItem", "QTableWidgetItem", "QMessageBox", "Muted",
    "Heading", "FieldBox", "setText", "setToolTip", "setWindowTitle", "setPlaceholderText",
    "setAccessibleName", "setAccessibleDescription", "setStatusTip", "setWhatsThis", "setTitle",
    "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addTab",
    "insertTab", "setTabText", "setTabToolTip", "addItem", "addItems", "insertItem",
    "setItemText", "addAction", "addMenu", "addButton", "setInformativeText", "setDetailedText",
    "setLabelText", "setSuffix", "setPrefix", "setSpecialValueText", "showMessage", "addRow",
    "information", "warning", "critical", "question", "getOpenFileName", "getSaveFileName",
})
_LOGGERS = frozenset({"log", "logger", "logging"})
_WORD = re.compile(r"[^\W\d_]{2,}")
_NOT_TEXT = re.compile(r"https?://\S+")


def _literals(node: ast.AST) -> list[ast.Constant]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node]
    if isinstance(node, ast.JoinedStr):
        return [v for v in node.values if isinstance(v, ast.Constant)]
    if isinstance(node, ast.List | ast.Tuple):
        return [c for e in node.elts for c in _literals(e)]
    if isinstance(node, ast.BinOp):
        return _literals(node.left) + _literals(node.right)
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def untranslated_literals(root: Path = ROOT) -> list[str]:
    """Text literals handed straight to a Qt text call in desktop/ui or desktop/app.py."""
    found = []
    for name in sources(root):
        for node in ast.walk(ast.parse((root / name).read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            owner = func.value if isinstance(func, ast.Attribute) else None
            if called not in UI_TEXT_CALLS or (isinstance(owner, ast.Name)
                                               and owner.id in _LOGGERS):
                continue
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                for literal in _literals(arg):
                    if _WORD.search(_NOT_TEXT.sub("", literal.value)):
                        found.append(f"{name}:{literal.lineno}: {literal.value!r} reaches the UI "
                                     "without tr()")
    return found


def update_files(root: Path) -> list[str]:
    """lupdate, fill and lrelease under root; returns what the .ts files still lack."""
    (root / TRANSLATIONS).mkdir(parents=True, exist_ok=True)
    found: list[str] = []
    for language in LANGUAGES:
        ts = run_lupdate(root, language)
        fill(ts, language)
        release(ts)
        found += problems_in(ts, language)
    return found


def update(root: Path = ROOT) -> list[str]:
    """Write the translations under root; returns what is still missing or broken."""
    return (update_files(root) + vocabulary_gaps() + problem_gaps(root)
            + untranslated_literals(root))


def copy_inputs(root: Path, dest: Path) -> None:
    """Copy what update() reads (the sources and the committed files) to the same places."""
    for name in sources(root) + [p.as_posix() for p in outputs()]:
        if (root / name).is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(root / name, dest / name)


def check(root: Path = ROOT) -> list[str]:
    """Everything update() would complain about, plus committed files that are stale."""
    with tempfile.TemporaryDirectory(prefix="trepart-translations-") as tmp:
        copy = Path(tmp)
        copy_inputs(root, copy)
        found = update_files(copy)
        for name in outputs():
            committed = root / name
            if not committed.is_file() or committed.read_bytes() != (copy / name).read_bytes():
                found.append(f"{name.as_posix()} is stale: {HOW_TO_FIX}")
    return found + vocabulary_gaps() + problem_gaps(root) + untranslated_literals(root)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="write nothing; fail on missing translations or stale files")
    args = parser.parse_args(argv)
    found = check() if args.check else update()
    for line in found:
        print(line, file=sys.stderr)
    if args.check:
        print(f"translations: {len(found)} problem(s)" if found else "translations: complete",
              file=sys.stderr)
        return 1 if found else 0
    for name in outputs():
        if name.suffix == ".qm":
            print(name.as_posix())
    return 0


if __name__ == "__main__":
    sys.exit(main())
