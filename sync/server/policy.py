"""The access policy, in one place: who may read and write which records and fields.

- consultant, teamlead: the cases whose `team` is the user's team, and everything in them; a
  consultant or team lead may create a case for their own team.
- mentor: only cases whose `mentors` list the user, only mentor-visible fields (never CPR,
  address, target group, health notes); may write only meetings, action items, their own audit
  entries and the `resolved` flag of conflicts in those cases; never receives audit entries,
  consents, or conflicts on fields hidden from mentors.
- citizen and company records (no case of their own): readable through a readable case that
  references them, or by the team that created them as long as no case references them yet.
  Consents follow their citizen and are never shown to mentors.
- attachments (attached files) and their chunks follow their case like its other records;
  a health-marked attachment (`health`, e.g. a lægeerklæring) and every chunk of it never reach
  a mentor, nor does a chunk whose attachment is unknown or in another case. The mark can be
  set later but never cleared (a file wrongly marked is attached again): a mentor's device
  decides about a chunk from the attachment it already holds.
- admin: user and device administration and audit; no case content (only audit entries).
- audit entries: of a case, to whoever reads the case (never to mentors); outside a case, to
  their writer, and those about a citizen or company also to the team leads who may read it
  (their access logs, sync.reports.access_log).
- deleting: a mentor may delete (or restore) only meetings and action items they created
  themselves (`created_by` on the server's row); a consultant or team lead may delete any
  record of their team's cases that is not signed or append-only.
- consent (the agreement's "Samtykke til deling", `consent_to_share`, and the citizen's consent
  records, sync.protocol.consent): a mentor receives an agreement only while its own
  `consent_to_share` is true AND the citizen has not withdrawn the consent "the agreement is
  shared with the mentor" (its newest consent record of that kind is not withdrawn); a plan only
  while the agreement it refers to (`agreement_id`, in the same case) is such an agreement, so a
  plan without an agreement, or whose agreement has no consent, stays with the jobcenter; a
  signature only while the document it signs reaches the mentor. Consent given later re-sends
  the case, so the mentor then receives what was held back. Consent withdrawn (on the consent
  screen, or in a new version or a changed draft) re-sends the citizen's cases too, and a
  mentor's pull then carries a removal (`removed`, no values) for each agreement, plan and
  signature of a case they mentor that no longer reaches them: the mentor's device deletes
  what it had of them.

The functions are pure: what they need to know about the database comes through `Facts`.
Every scope refusal uses the same message whether or not the record exists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from sync.protocol import consent
from sync.protocol.catalogue import CATALOGUE, RecordType, mentor_unreadable
from sync.protocol.vocabulary import Role

# Record types a mentor may push; conflicts only to mark them resolved.
MENTOR_WRITABLE = frozenset({"meeting", "action_item", "audit_entry", "conflict"})
# Record types a mentor never receives (the catalogue's `mentor_readable=False`).
MENTOR_NEVER_READS = mentor_unreadable()
# Case-less records that belong to a citizen: they follow the citizen (`citizen_id`).
CITIZEN_OWNED = frozenset({"consent", "screening"})
# Case-less records a team owns by their `team` field (a project and its targets; a company's
# needs and contact history; the company network, its members and meetings).
TEAM_OWNED = frozenset(
    {"project", "company_need", "company_contact", "network", "network_member", "network_meeting"}
)
# What a mentor receives only with the citizen's consent to share the agreement.
CONSENT_GATED = frozenset({"agreement", "plan", "signature"})
# What a mentor may delete, and then only what they created.
MENTOR_DELETABLE = frozenset({"meeting", "action_item"})
PARTY_TYPES = frozenset({"citizen", "company"})
# What a mentor receives only when the attached file is not marked as health data.
HEALTH_GATED = frozenset({"attachment", "attachment_chunk"})


@dataclass(frozen=True, slots=True)
class Principal:
    user_id: str
    username: str
    role: Role | None  # None: the server itself (admin CLI), which the policy does not limit
    team: str | None
    device_id: str | None = None

    @property
    def is_system(self) -> bool:
        return self.role is None

    @classmethod
    def system(cls) -> Principal:
        return cls(user_id="server", username="server", role=None, team=None)


@dataclass(frozen=True, slots=True)
class CaseInfo:
    case_id: str
    team: str | None
    consultant: str | None
    citizen_id: str | None
    company_id: str | None
    mentors: frozenset[str]

    @classmethod
    def from_values(cls, case_id: str, values: Mapping[str, Any]) -> CaseInfo:
        mentors = values.get("mentors")
        return cls(
            case_id=case_id,
            team=values.get("team"),
            consultant=values.get("consultant"),
            citizen_id=values.get("citizen_id"),
            company_id=values.get("company_id"),
            mentors=frozenset(m for m in mentors if isinstance(m, str))
            if isinstance(mentors, list)
            else frozenset(),
        )


@dataclass(frozen=True, slots=True)
class RowView:
    """What the policy looks at in a stored (or about to be stored) record."""

    record_type: str
    record_id: str
    case_id: str | None
    parent_id: str | None
    owner_team: str | None
    created_by: str
    values: Mapping[str, Any]
    # A tombstone (deleted, or purged) carries no content: the content gates below cannot ask
    # it anything, and it only takes away, so a mentor who may read the case gets it too.
    deleted: bool = False


class Facts(Protocol):
    def case(self, case_id: str) -> CaseInfo | None: ...

    def cases_referencing(self, kind: str, party_id: str) -> list[CaseInfo]: ...

    def party(self, kind: str, party_id: str) -> RowView | None: ...

    def document(self, kind: str, doc_id: str) -> RowView | None: ...

    def consents(self, citizen_id: str) -> list[tuple[str, dict[str, Any]]]: ...


# ---------------------------------------------------------------- reading


def can_read_case(p: Principal, info: CaseInfo | None) -> bool:
    if info is None:
        return False
    if p.is_system:
        return True
    if p.role in (Role.CONSULTANT, Role.TEAMLEAD):
        return p.team is not None and info.team == p.team
    if p.role is Role.MENTOR:
        return p.username in info.mentors
    return False


def can_read_party(p: Principal, kind: str, party_id: str | None, facts: Facts) -> bool:
    """May `p` read the citizen or company `party_id` (which must exist)?

    Asked for every record of the party in a push or a pull page, so the answer is kept for the
    request when `facts` offers a `party_decisions` dict (sync.server.store.DbFacts, which
    forgets them whenever a case or party changes in it)."""
    if party_id is None:
        return False
    if p.is_system:
        return True
    memo: dict[tuple[Principal, str, str], bool] | None = getattr(
        facts, "party_decisions", None
    )
    if memo is None:
        return _can_read_party(p, kind, party_id, facts)
    key = (p, kind, party_id)
    known = memo.get(key)
    if known is None:
        known = memo[key] = _can_read_party(p, kind, party_id, facts)
    return known


def _can_read_party(p: Principal, kind: str, party_id: str, facts: Facts) -> bool:
    party = facts.party(kind, party_id)
    if party is None:
        return False
    referencing = facts.cases_referencing(kind, party_id)
    if any(can_read_case(p, info) for info in referencing):
        return True
    # A citizen or company a team registered before any case exists stays with that team.
    return (
        p.role in (Role.CONSULTANT, Role.TEAMLEAD)
        and not referencing
        and p.team is not None
        and party.owner_team == p.team
    )


def can_read(p: Principal, row: RowView, facts: Facts) -> bool:
    rtype = row.record_type
    if p.is_system:
        return True
    if p.role is Role.ADMIN:
        return rtype == "audit_entry"
    if p.role is Role.MENTOR and rtype in MENTOR_NEVER_READS:
        return False
    gated = p.role is Role.MENTOR and not row.deleted
    if gated and rtype in CONSENT_GATED and not shared_with_mentor(row, facts):
        return False
    if gated and rtype in HEALTH_GATED and not attachment_for_mentor(row, facts):
        return False
    if rtype in PARTY_TYPES:
        return can_read_party(p, rtype, row.record_id, facts)
    if rtype in CITIZEN_OWNED:
        return can_read_party(p, "citizen", row.parent_id, facts)
    if rtype in TEAM_OWNED:
        return _own_team(p, row)
    if rtype == "conflict" and not _conflict_field_visible(p, row.values):
        return False
    if row.case_id is not None:
        return can_read_case(p, facts.case(row.case_id))
    if rtype == "audit_entry":
        if row.created_by == p.username:
            return True
        # A team lead's access logs need every read of the team's citizens, also those made
        # outside a case (the citizen's own page).
        subject = row.values.get("record_type")
        return (
            p.role is Role.TEAMLEAD and subject in PARTY_TYPES
            and can_read_party(p, str(subject), row.parent_id, facts)
        )
    if rtype == "conflict":
        parent_type = row.values.get("record_type")
        if parent_type in PARTY_TYPES:
            return can_read_party(p, str(parent_type), row.parent_id, facts)
    return False


def _own_team(p: Principal, row: RowView) -> bool:
    """A team-owned record (a project): its team's consultants and team leads only."""
    return (
        p.role in (Role.CONSULTANT, Role.TEAMLEAD)
        and p.team is not None
        and row.values.get("team") == p.team
    )


def shared_with_mentor(row: RowView, facts: Facts, depth: int = 0) -> bool:
    """May an agreement, plan or signature reach a mentor (see the module doc on consent)?"""
    rtype = row.record_type
    if rtype == "agreement":
        return row.values.get("consent_to_share") is True and not _mentor_consent_withdrawn(
            row, facts
        )
    if depth > 1:
        return False
    if rtype == "plan":
        ref, kind = row.values.get("agreement_id"), "agreement"
    elif rtype == "signature":
        ref, kind = row.values.get("document_id"), row.values.get("document_type")
        if kind not in ("agreement", "plan"):
            return False
    else:
        return True
    if not isinstance(ref, str):
        return False
    doc = facts.document(str(kind), ref)
    return (
        doc is not None
        and doc.case_id == row.case_id
        and shared_with_mentor(doc, facts, depth + 1)
    )


def _mentor_consent_withdrawn(row: RowView, facts: Facts) -> bool:
    info = facts.case(row.case_id) if row.case_id else None
    if info is None or info.citizen_id is None:
        return False
    return consent.withdrawn(facts.consents(info.citizen_id), consent.GATES_MENTOR)


def consent_changes_mentor_sharing(
    before: Mapping[str, Any] | None, after: Mapping[str, Any]
) -> bool:
    """Does this write to a consent record change what mentors receive (so the citizen's
    cases must be sent again, as records or as removals)?"""
    kinds = {after.get("kind"), before.get("kind") if before else None}
    if consent.GATES_MENTOR not in kinds:
        return False
    fields = ("kind", "withdrawn", "valid_from", "deleted")
    return before is None or any(before.get(f) != after.get(f) for f in fields)


def mentor_removal(p: Principal, row: RowView, facts: Facts) -> bool:
    """Must a mentor's device remove this record it may no longer read? For agreements, plans
    and signatures of a case the mentor mentors, held back for want of consent."""
    return (
        p.role is Role.MENTOR
        and row.record_type in CONSENT_GATED
        and row.case_id is not None
        and can_read_case(p, facts.case(row.case_id))
        and not shared_with_mentor(row, facts)
    )


def attachment_for_mentor(row: RowView, facts: Facts) -> bool:
    """May an attachment or one of its chunks reach a mentor (who may read its case)? Only if
    the attachment is explicitly not health-marked; a chunk asks its attachment."""
    if row.record_type == "attachment":
        return row.values.get("health") is False
    ref = row.values.get("attachment_id")
    if not isinstance(ref, str):
        return False
    attachment = facts.document("attachment", ref)
    return (
        attachment is not None
        and attachment.case_id == row.case_id
        and attachment.values.get("health") is False
    )


def health_mark_cleared(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> bool:
    """Would this write to an attachment clear its health mark (refused for everyone)?"""
    return (
        before is not None
        and before.get("health") is not False
        and after.get("health") is False
    )


def consent_given(before: Mapping[str, Any] | None, after: Mapping[str, Any]) -> bool:
    """Did this write to an agreement give consent to share it (so held-back records of its
    case must now reach the case's mentors)?"""
    was = before is not None and before.get("consent_to_share") is True
    return not was and after.get("consent_to_share") is True


def _conflict_field_visible(p: Principal, values: Mapping[str, Any]) -> bool:
    if p.role is not Role.MENTOR:
        return True
    rt = CATALOGUE.get(str(values.get("record_type")))
    name = str(values.get("field"))
    return rt is not None and rt.has_field(name) and rt.field(name).mentor_visible


@dataclass(frozen=True, slots=True)
class CaseScope:
    """Which records `can_read` could possibly let through, as a coarse pre-filter the store
    can run in SQL (so a pull does not decode rows of other teams only to drop them). It only
    narrows: every row it admits still goes through `can_read`."""

    case_team: str | None = None  # cases of this team (consultant, team lead)
    case_mentor: str | None = None  # cases this mentor is on
    only_types: frozenset[str] | None = None  # nothing but these record types
    never_types: frozenset[str] = frozenset()
    everything: bool = False


def case_scope(p: Principal) -> CaseScope:
    if p.is_system:
        return CaseScope(everything=True)
    if p.role is Role.ADMIN:
        return CaseScope(only_types=frozenset({"audit_entry"}), everything=True)
    if p.role is Role.MENTOR:
        return CaseScope(case_mentor=p.username, never_types=MENTOR_NEVER_READS)
    return CaseScope(case_team=p.team or "")


def hidden_fields(p: Principal, rt: RecordType) -> frozenset[str]:
    if p.role is not Role.MENTOR:
        return frozenset()
    return frozenset(f.name for f in rt.fields if not f.mentor_visible)


def redact(
    p: Principal, rt: RecordType, values: dict[str, Any], clocks: dict[str, str]
) -> tuple[dict[str, Any], dict[str, str]]:
    """The values and clocks `p` may receive (mentors lose hidden fields, clocks included)."""
    hidden = hidden_fields(p, rt)
    if not hidden:
        return values, clocks
    return (
        {k: v for k, v in values.items() if k not in hidden},
        {k: c for k, c in clocks.items() if k not in hidden},
    )


# ---------------------------------------------------------------- writing


@dataclass(frozen=True, slots=True)
class Refusal:
    code: str
    field: str | None = None  # the field a mentor may not write, for the message


OUT_OF_SCOPE = Refusal("out_of_scope")


def check_static(p: Principal, rt: RecordType, field_names: set[str]) -> Refusal | None:
    """What `p` may never write, whatever the record: decided without looking at the database."""
    if p.is_system:
        return None
    if p.role is Role.ADMIN:
        return None if rt.name == "audit_entry" else OUT_OF_SCOPE
    if p.role is Role.MENTOR:
        if rt.name not in MENTOR_WRITABLE:
            return OUT_OF_SCOPE
        if rt.name == "conflict" and not field_names <= {"resolved"}:
            return OUT_OF_SCOPE
        for name in sorted(field_names):
            if rt.has_field(name) and not rt.field(name).mentor_visible:
                return Refusal("out_of_scope", field=name)
        return None
    if p.role in (Role.CONSULTANT, Role.TEAMLEAD):
        return None
    return OUT_OF_SCOPE


def check_write(
    p: Principal,
    rt: RecordType,
    current: RowView | None,
    after: RowView,
    facts: Facts,
) -> Refusal | None:
    """May `p` write this record? `current` is its stored state (None: new), `after` the state
    with the incoming values laid over it. Both must be within `p`'s scope."""
    if p.is_system:
        return None
    if current is not None and not can_read(p, current, facts):
        # A mentor cannot read audit entries, not even their own; re-sending one's own entry
        # must still reach the append-only check rather than look like a scope breach.
        own_entry = rt.name == "audit_entry" and current.created_by == p.username
        if not own_entry:
            return OUT_OF_SCOPE
    if not _may_hold(p, rt, after, facts, creating=current is None):
        return OUT_OF_SCOPE
    if current is not None and _deletion_changes(current, after) and not may_delete(p, current):
        return OUT_OF_SCOPE
    if rt.name == "attachment" and health_mark_cleared(
        current.values if current else None, after.values
    ):
        # Nobody may: the mentors' devices were never sent the file's chunks.
        return OUT_OF_SCOPE
    return None


def _deletion_changes(current: RowView, after: RowView) -> bool:
    return (current.values.get("deleted") is True) != (after.values.get("deleted") is True)


def may_delete(p: Principal, row: RowView) -> bool:
    """May `p` delete (or restore) the stored record `row`, given that they may write it?
    Signed documents and append-only records are refused later, by the merge, for everyone."""
    if p.role is Role.MENTOR:
        return row.record_type in MENTOR_DELETABLE and row.created_by == p.username
    return True


def _may_hold(p: Principal, rt: RecordType, row: RowView, facts: Facts, *, creating: bool) -> bool:
    """Would `p` be entitled to the record in state `row`?"""
    if rt.name == "audit_entry":
        if p.role is Role.ADMIN:
            return row.case_id is None
        return row.case_id is None or can_read_case(p, facts.case(row.case_id))
    if p.role is Role.ADMIN:
        return False
    if rt.name == "case":
        # The case's own team decides, plus its citizen and company must be ones the user may see:
        # otherwise anyone could pull another team's citizen into view by referencing it.
        info = CaseInfo.from_values(row.record_id, row.values)
        if p.role is Role.MENTOR or info.team is None or info.team != p.team:
            return False
        if info.citizen_id is None or not can_read_party(p, "citizen", info.citizen_id, facts):
            return False
        return info.company_id is None or can_read_party(p, "company", info.company_id, facts)
    if rt.name in PARTY_TYPES:
        if creating:
            return p.role in (Role.CONSULTANT, Role.TEAMLEAD) and p.team is not None
        return can_read_party(p, rt.name, row.record_id, facts)
    if rt.name in CITIZEN_OWNED:
        return p.role is not Role.MENTOR and can_read_party(p, "citizen", row.parent_id, facts)
    if rt.name in TEAM_OWNED:
        return _own_team(p, row)
    if rt.name == "conflict" and row.case_id is None:
        parent_type = row.values.get("record_type")
        return parent_type in PARTY_TYPES and can_read_party(
            p, str(parent_type), row.parent_id, facts
        )
    if row.case_id is None:
        return False
    return can_read_case(p, facts.case(row.case_id))
