"""Documents benchmark: render the agreement (and plan, minutes) to PDF, seal it, verify it.

Every rendering gets a fresh document id, so nothing cached from an earlier run (the QR code)
makes a later one look faster than a consultant's first print would be.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from desktop.documents import (
    CopyFor,
    examples,
    load_certificates,
    make_demo_organisation_certificate,
    render_agreement,
    render_minutes,
    render_plan,
    verify_pdf,
)
from desktop.documents import seal as seal_module
from sync.protocol.ids import uuid7
from tests.bench.common import BenchRow, median, timed

RUNS = {"smoke": 5, "full": 30}
RENDER_TARGET_MS = 150.0
SEAL_TARGET_MS = 400.0


def _fresh_agreement():
    document = examples.agreement_document()
    agreement = document.agreement.replace(id=uuid7())
    return dataclasses.replace(
        document,
        agreement=agreement,
        signatures=examples.signatures_for(agreement, document.parties),
    )


def _fresh_plan():
    document = examples.plan_document()
    plan = document.plan.replace(id=uuid7())
    return dataclasses.replace(
        document, plan=plan, signatures=examples.signatures_for(plan, document.parties)
    )


def _fresh_minutes():
    document = examples.minutes_document()
    return dataclasses.replace(document, meeting=document.meeting.replace(id=uuid7()))


def _ms(samples: list[float]) -> float:
    return median(samples) * 1000


def run(size: str) -> list[BenchRow]:
    runs = RUNS.get(size, RUNS["smoke"])
    org = examples.organisation()
    # Warm-up: fonts are registered and modules imported once per process.
    render_agreement(_fresh_agreement(), org, CopyFor.COMPANY)

    render_times = [
        timed(lambda: render_agreement(_fresh_agreement(), org, CopyFor.COMPANY))
        for _ in range(runs)
    ]
    plan_times = [
        timed(lambda: render_plan(_fresh_plan(), org, CopyFor.COMPANY)) for _ in range(runs)
    ]
    minutes_times = [
        timed(lambda: render_minutes(_fresh_minutes(), org, CopyFor.COMPANY)) for _ in range(runs)
    ]

    with tempfile.TemporaryDirectory(prefix="trepart-bench-") as folder:
        # A 3072-bit RSA key, as an organisation certificate would have.
        p12_path, password = make_demo_organisation_certificate(Path(folder))
        p12 = p12_path.read_bytes()
        trusted = load_certificates(
            (Path(folder) / "organisation-seal-certificate.pem").read_bytes()
        )

    pdfs = [render_agreement(_fresh_agreement(), org, CopyFor.COMPANY) for _ in range(runs)]
    seal_module._load.cache_clear()
    sealed: list[bytes] = []
    cold = timed(lambda: sealed.append(seal_module.load_sealer(p12, password).seal(pdfs[0])))
    sealer = seal_module.load_sealer(p12, password)
    seal_times = [timed(lambda pdf=pdf: sealed.append(sealer.seal(pdf))) for pdf in pdfs]
    verify_times = [timed(lambda pdf=pdf: verify_pdf(pdf, trusted=trusted)) for pdf in sealed]
    assert all(verify_pdf(pdf, trusted=trusted).valid for pdf in sealed[:3])

    render_ms, seal_ms, cold_ms = _ms(render_times), _ms(seal_times), cold * 1000
    return [
        BenchRow(
            "documents",
            "render agreement PDF (2 pages, median)",
            render_ms,
            "ms",
            target=f"< {RENDER_TARGET_MS:.0f} ms",
            met=render_ms < RENDER_TARGET_MS,
        ),
        BenchRow("documents", "render plan PDF with chart (median)", _ms(plan_times), "ms"),
        BenchRow("documents", "render minutes PDF (median)", _ms(minutes_times), "ms"),
        BenchRow(
            "documents",
            "seal agreement, PAdES RSA-3072 (median)",
            seal_ms,
            "ms",
            target=f"< {SEAL_TARGET_MS:.0f} ms",
            met=seal_ms < SEAL_TARGET_MS,
        ),
        BenchRow(
            "documents",
            "seal, first in process (opens PKCS#12)",
            cold_ms,
            "ms",
            target=f"< {SEAL_TARGET_MS:.0f} ms",
            met=cold_ms < SEAL_TARGET_MS,
        ),
        BenchRow("documents", "verify sealed agreement (median)", _ms(verify_times), "ms"),
    ]
