"""Shared fixtures: an organisation seal certificate, an encrypted store holding the example
case (a signed agreement and plan, a meeting), and PDF text helpers."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.documents import examples, load_certificates, make_demo_organisation_certificate
from desktop.services import documents as service
from desktop.store import Store


@dataclass(frozen=True)
class OrgCert:
    p12_path: Path
    password: str
    cert_path: Path

    @property
    def p12(self) -> bytes:
        return self.p12_path.read_bytes()

    @property
    def trusted(self) -> list:
        return load_certificates(self.cert_path.read_bytes())


@pytest.fixture(scope="session")
def org_cert(tmp_path_factory) -> OrgCert:
    folder = tmp_path_factory.mktemp("org")
    p12_path, password = make_demo_organisation_certificate(folder, key_size=2048)
    return OrgCert(p12_path, password, folder / "organisation-seal-certificate.pem")


@pytest.fixture(scope="session")
def other_cert(tmp_path_factory) -> OrgCert:
    """A second organisation: its seals must not pass as ours."""
    folder = tmp_path_factory.mktemp("other")
    p12_path, password = make_demo_organisation_certificate(
        folder, organisation="Anden Kommune", key_size=2048
    )
    return OrgCert(p12_path, password, folder / "organisation-seal-certificate.pem")


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "trepart.db", os.urandom(32), create=True)
    s.set_identity(username="test.konsulent", role="consultant", team="Team Test")
    yield s
    s.close()


@dataclass(frozen=True)
class Seeded:
    agreement_id: str
    plan_id: str
    meeting_id: str
    case_id: str


def seed(store: Store) -> Seeded:
    """The example case, signed agreement and plan, and a meeting, saved in the store."""
    p = examples.parties()
    agreement = examples.agreement_document()
    plan = examples.plan_document()
    minutes = examples.minutes_document()
    with store.batch():
        for record in (
            p.citizen,
            p.company,
            p.case,
            agreement.agreement,
            plan.plan,
            minutes.meeting,
            *agreement.signatures,
            *plan.signatures,
            *plan.action_items,
            *minutes.action_items,
        ):
            store.save(record)
    return Seeded(agreement.agreement.id, plan.plan.id, minutes.meeting.id, p.case.id)


@pytest.fixture
def seed_records():
    return seed


@pytest.fixture
def seeded(store: Store, org_cert: OrgCert) -> Seeded:
    service.save_organisation_settings(
        store,
        name="Jobcenter Demo Kommune",
        p12_path=str(org_cert.p12_path),
        p12_password=org_cert.password,
    )
    return seed(store)


def _page_texts(data: bytes) -> list[str]:
    """Each page's text, whitespace normalised (wrapped lines become single spaces)."""
    reader = PdfReader(io.BytesIO(data))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


@pytest.fixture
def page_texts():
    return _page_texts


@pytest.fixture
def pdf_text():
    return lambda data: " ".join(_page_texts(data))
