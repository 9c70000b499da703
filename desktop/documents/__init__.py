"""Printed documents: agreements, plans and minutes as PDF (reportlab), sealed (PAdES, pyhanko)
and verifiable. Everything is rendered in memory; nothing here touches the store or the disk
except the demo certificate maker.
"""

from desktop.documents.agreement import render as render_agreement
from desktop.documents.certificates import load_certificates, make_demo_organisation_certificate
from desktop.documents.minutes import render as render_minutes
from desktop.documents.model import (
    AgreementDocument,
    CopyFor,
    DocumentKind,
    MinutesDocument,
    Organisation,
    Parties,
    PlanDocument,
)
from desktop.documents.plan import render as render_plan
from desktop.documents.seal import Sealer, SealError, load_sealer, trust_anchors
from desktop.documents.verify import VerificationResult, verify_pdf

__all__ = [
    "AgreementDocument",
    "CopyFor",
    "DocumentKind",
    "MinutesDocument",
    "Organisation",
    "Parties",
    "PlanDocument",
    "SealError",
    "Sealer",
    "VerificationResult",
    "load_certificates",
    "load_sealer",
    "make_demo_organisation_certificate",
    "render_agreement",
    "render_minutes",
    "render_plan",
    "trust_anchors",
    "verify_pdf",
]
