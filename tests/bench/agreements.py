"""Opening the Skånehensyn tab of a case with 20 signed versions (issue 4: target < 200 ms).

Drives the real application offscreen: the time runs from opening the case until the agreement
editor has loaded every version with its signatures. Every version is signed by all three parties
and really sealed (the vault has a demo organisation certificate; the three sealed copies of each
version must be in the archive, or the bench fails). The baseline, measured interleaved with it
(A B A B), is the same tab of a case with one signed and sealed version.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import desktop.ui  # noqa: E402, F401  (first: see desktop.ui.compat)
from desktop.documents.model import CopyFor  # noqa: E402
from desktop.domain.records import Agreement  # noqa: E402
from desktop.services import agreements, signing  # noqa: E402
from desktop.services import documents as documents_service  # noqa: E402
from desktop.services.access import Viewer  # noqa: E402
from desktop.services.session import open_session  # noqa: E402
from desktop.store import archive  # noqa: E402
from tests.bench.common import BenchRow, median  # noqa: E402

COPIES = tuple(c.value for c in (CopyFor.JOBCENTER, CopyFor.COMPANY, CopyFor.CITIZEN))

STROKES = [[[0.1, 0.5], [0.3, 0.6], [0.5, 0.4]]]


class _Bot:
    """The two qtbot calls the UI test helpers use, for a benchmark outside pytest."""

    def waitUntil(self, condition: Callable[[], object], timeout: int = 15_000) -> None:  # noqa: N802
        from PySide6.QtWidgets import QApplication

        deadline = time.perf_counter() + timeout / 1000
        while not condition():
            QApplication.processEvents()
            if time.perf_counter() > deadline:
                raise TimeoutError("the UI did not get there in time")
            time.sleep(0.001)

    def addWidget(self, widget: object) -> None:  # noqa: N802
        pass


def _versions(data_dir: Path, password: str, count: int) -> str:
    """A new case with `count` versions of its agreement, each signed by all and sealed."""
    from tests.e2e.conftest import new_case

    with open_session(data_dir, password) as session:
        store = session.store
        if not documents_service.organisation_settings(store).can_seal:
            documents_service.setup_demo_organisation(store, directory=data_dir.parent / "org")
        viewer = Viewer(store.actor.username, store.actor.role, store.actor.team)
        case = new_case(store)
        doc = agreements.new_agreement(store, viewer=viewer, case_id=case.id).replace(
            hours_per_week=12.0, weekday_hours={"man": 4, "tir": 4, "tor": 4},
            accommodations=[agreements.accommodation_from_catalogue("ekstra_pauser")],
            bad_day_plan="Ring til mentor.",
        )
        signing.save_draft_document(store, viewer=viewer, document=doc)
        for n in range(count):
            for party in ("borger", "virksomhed", "jobcenter"):
                result = signing.sign(store, viewer=viewer, kind="agreement",
                                      document_id=doc.id, party=party,
                                      signer_name=f"Part {party}", strokes=STROKES)
            if not result.frozen or result.seal_problem is not None:
                raise RuntimeError(f"version {n + 1} was not sealed: {result.seal_problem}")
            if n < count - 1:
                doc = signing.change_document(store, viewer=viewer, kind="agreement",
                                              document_id=doc.id)
                signing.save_draft_document(store, viewer=viewer,
                                            document=doc.replace(aids=f"Hjælpemiddel {n}"))
        versions = store.list(Agreement, where={"case_id": case.id})
        assert len(versions) == count
        sealed = {(a.document_id, a.version, a.copy_for)
                  for a in archive.list_archived(store, case_id=case.id)}
        wanted = {(v.id, v.version, c) for v in versions for c in COPIES}
        if sealed != wanted:
            raise RuntimeError(f"{len(wanted - sealed)} of {len(wanted)} sealed copies missing")
        for v in versions:
            pdf = archive.get_pdf(store, document_type="agreement", document_id=v.id,
                                  version=v.version, copy_for="jobcenter")
            if not pdf or not pdf.startswith(b"%PDF") or b"/ByteRange" not in pdf:
                raise RuntimeError(f"version {v.version}'s archived copy is not a sealed PDF")
        return case.id


def run(size: str) -> list[BenchRow]:
    from PySide6.QtWidgets import QApplication

    from tests.ui.conftest import PASSWORD, make_vault, start_app, stop_app

    app = QApplication.instance() or QApplication([])
    root = Path(tempfile.mkdtemp(prefix="trepart-agreement-bench-"))
    count = 20
    timings: dict[int, list[float]] = {count: [], 1: []}
    try:
        data_dir = make_vault(root / "data", cases=20 if size == "smoke" else 200)
        case_ids = {n: _versions(data_dir, PASSWORD, n) for n in (count, 1)}
        running = start_app(_Bot(), data_dir)
        for _ in range(5 if size == "full" else 2):
            for n in (count, 1):  # A B A B: 20 versions, then the one-version baseline
                window = running.window
                start = time.perf_counter()
                window.open_case(case_ids[n])
                running.wait(lambda w=window: w.case_view is not None
                             and w.case_view.agreement_editor.has_loaded)
                view = window.case_view
                view.tabs.setCurrentWidget(view.agreement_editor)
                app.processEvents()
                timings[n].append((time.perf_counter() - start) * 1000)
                assert len(view.agreement_editor.versions) == n
                window.show_page(0)  # back to I dag, so the next open builds the view again
        stop_app(running)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    value, base = median(timings[count]), median(timings[1])

    def spread(xs: list[float]) -> str:
        return f"min {min(xs):,.0f} max {max(xs):,.0f}"

    return [
        BenchRow("ui", f"open agreement tab, {count} signed+sealed versions "
                 f"({spread(timings[count])})", value, "ms", base, "< 200 ms", value < 200),
        BenchRow("ui", f"  baseline: 1 signed+sealed version ({spread(timings[1])})", base, "ms"),
    ]


if __name__ == "__main__":
    import sys

    from tests.bench.__main__ import format_table

    print(format_table(run(sys.argv[1] if len(sys.argv) > 1 else "smoke")))
    os._exit(0)
