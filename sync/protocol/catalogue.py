"""The record catalogue: every record type that syncs, its fields, merge kinds and visibility.

This is the one source of truth the desktop store (tables and migrations), the server (validation,
merge, access policy) and the PDFs (which fields may be printed) take their field lists from.
A test proves the desktop tables agree with it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from enum import StrEnum

from sync.protocol import shapes
from sync.protocol import vocabulary as v


class MergeKind(StrEnum):
    LWW = "lww"  # last writer wins by hybrid logical clock
    TEXT = "text"  # three-way merge against the editor's base; overlaps become conflict records
    APPEND = "append"  # append-only record: written once, never changed
    FROZEN = "frozen"  # lww while the document is a draft; refused once it is signed


class FieldType(StrEnum):
    STR = "str"
    TEXT = "text"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"  # ISO yyyy-mm-dd
    DATETIME = "datetime"  # ISO 8601 with offset
    JSON = "json"  # lists and objects
    REF = "ref"  # id of another record (UUIDv7 text)
    ENUM = "enum"


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    type: FieldType
    merge: MergeKind = MergeKind.LWW
    # Mentors never read CPR numbers, health notes or benefit status.
    mentor_visible: bool = True
    # Health data (GDPR art. 9): never printed on an agreement, never shown to a mentor.
    health: bool = False
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str | None = None  # record type name a REF points to
    max_length: int | None = None
    label: str = ""  # Danish label for forms, PDFs and error messages
    # INT and FLOAT fields: the inclusive range a value must lie in (always finite).
    minimum: float | None = None
    maximum: float | None = None
    # JSON fields: the pydantic type the value must match (sync.protocol.shapes).
    shape: object = None
    # Written by the citizen or the company themselves while they hold the laptop (hand-over):
    # the only fields a form leaves editable then.
    party_written: bool = False

    @property
    def printable(self) -> bool:
        """May this field appear on a printed document handed to a company or citizen?"""
        return not self.health and self.name != "cpr"


@dataclass(frozen=True, slots=True)
class RecordType:
    name: str
    table: str
    fields: tuple[FieldSpec, ...]
    label: str
    # The field naming the case a record belongs to ("id" for the case itself); None for records
    # reached through cases (citizen, company) or owned by nobody in particular.
    case_field: str | None = "case_id"
    append_only: bool = False
    # Signed documents: content fields are FROZEN once status is signed.
    signable: bool = False
    # Searchable text fields indexed by the store's full-text search.
    search_fields: tuple[str, ...] = ()
    # False: no record of this type ever reaches a mentor (the server never sends one, a mentor's
    # device refuses one at apply), e.g. screening answers, consents, audit entries.
    mentor_readable: bool = True
    _by_name: dict[str, FieldSpec] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_name.update({f.name: f for f in self.fields})
        if len(self._by_name) != len(self.fields):
            raise ValueError(f"duplicate field in {self.name}")

    def field(self, name: str) -> FieldSpec:
        return self._by_name[name]

    def has_field(self, name: str) -> bool:
        return name in self._by_name

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    def mentor_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.mentor_visible)

    def printable_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.printable)

    @property
    def frozen_fields(self) -> tuple[str, ...]:
        """The content fields of a signable document (what the parties sign and the hash covers)."""
        return tuple(f.name for f in self.fields if f.merge is MergeKind.FROZEN)

    @property
    def sealed_fields(self) -> tuple[str, ...]:
        """Every field that may not change once the document is signed: the document head
        (case, version, what it supersedes) and all content fields. `status` is not in it: a
        signed document may become superseded, never a draft again (checked beside it)."""
        if not self.signable:
            return ()
        return (*DOCUMENT_HEAD_FROZEN, *self.frozen_fields)


# Columns every synced table has besides its catalogue fields. `deleted` is an lww tombstone,
# `clocks` holds the hybrid logical clock of each field's last write (JSON object).
SYSTEM_COLUMNS: tuple[str, ...] = ("id", "created_at", "updated_at", "deleted", "clocks")

# The head fields of a signable document that freeze with its content once it is signed.
DOCUMENT_HEAD_FROZEN: tuple[str, ...] = ("case_id", "version", "supersedes_id")


def _f(name: str, type_: FieldType, label: str, **kw: object) -> FieldSpec:
    return FieldSpec(name=name, type=type_, label=label, **kw)  # type: ignore[arg-type]


def _enum(name: str, enum: type[v.LabelledEnum], label: str, **kw: object) -> FieldSpec:
    return _f(name, FieldType.ENUM, label, choices=enum.codes(), **kw)


S, T, INT, F, B = FieldType.STR, FieldType.TEXT, FieldType.INT, FieldType.FLOAT, FieldType.BOOL
D, DT, J, R = FieldType.DATE, FieldType.DATETIME, FieldType.JSON, FieldType.REF
TXT, FRZ, APP = MergeKind.TEXT, MergeKind.FROZEN, MergeKind.APPEND
HIDDEN = {"mentor_visible": False}
HEALTH = {"mentor_visible": False, "health": True}
PARTY = {"party_written": True}
WEEK_HOURS = {"minimum": 0, "maximum": 168}  # hours in a week
# A scanned paper signature, base64: below the server's body limit of 8 MiB.
MAX_ATTACHMENT = 7 * 1024 * 1024
# Attached files (attachment, attachment_chunk): the content travels in chunks of at most
# 768 KiB, 1 MiB as base64, so a push or a pull page of a few chunks stays below the 8 MiB
# body limit whatever the file's size. The settings choose a limit up to ATTACHMENT_MAX_BYTES.
ATTACHMENT_CHUNK_BYTES = 768 * 1024
ATTACHMENT_CHUNK_BASE64 = ATTACHMENT_CHUNK_BYTES // 3 * 4
ATTACHMENT_MAX_BYTES = 100 * 1024 * 1024
ATTACHMENT_MAX_CHUNKS = -(-ATTACHMENT_MAX_BYTES // ATTACHMENT_CHUNK_BYTES)
ATTACHMENT_MEDIA_TYPES = ("pdf", "jpeg", "png")


def _with_merge(kind: MergeKind, *specs: FieldSpec) -> tuple[FieldSpec, ...]:
    return tuple(dataclasses.replace(s, merge=kind) for s in specs)


def _frozen(*specs: FieldSpec) -> tuple[FieldSpec, ...]:
    return _with_merge(FRZ, *specs)


def _append(*specs: FieldSpec) -> tuple[FieldSpec, ...]:
    return _with_merge(APP, *specs)


CITIZEN = RecordType(
    name="citizen",
    table="citizen",
    label="Borger",
    case_field=None,
    search_fields=("name", "functional_limitations"),
    fields=(
        _f("name", S, "Navn", required=True, max_length=200),
        _f("cpr", S, "CPR-nummer", max_length=11, **HIDDEN),
        _f("address", S, "Adresse", max_length=300, **HIDDEN),
        _f("phone", S, "Telefon", max_length=40),
        _f("email", S, "E-mail", max_length=200),
        _enum("target_group", v.TargetGroup, "Målgruppe", **HIDDEN),
        _f("functional_limitations", T, "Funktionsbegrænsninger", merge=TXT),
        _f("health_notes", T, "Helbredsnoter", merge=TXT, **HEALTH),
    ),
)

COMPANY = RecordType(
    name="company",
    table="company",
    label="Virksomhed",
    case_field=None,
    search_fields=("name", "address", "notes"),
    fields=(
        _f("name", S, "Navn", required=True, max_length=200),
        _f("cvr", S, "CVR-nummer", max_length=8),
        _f("p_number", S, "P-nummer", max_length=10),
        _f("address", S, "Adresse", max_length=300),
        _f("phone", S, "Telefon", max_length=40),
        _f("email", S, "E-mail", max_length=200),
        _f("contacts", J, "Kontaktpersoner", shape=shapes.CONTACTS),
        _f("notes", T, "Noter", merge=TXT),
    ),
)

CASE = RecordType(
    name="case",
    table="case_",
    label="Forløb",
    case_field="id",
    search_fields=("title", "purpose"),
    fields=(
        _f("title", S, "Titel", max_length=200),
        _f("citizen_id", R, "Borger", ref="citizen", required=True),
        _f("company_id", R, "Virksomhed", ref="company"),
        _f("team", S, "Team", max_length=100),
        _f("consultant", S, "Konsulent", max_length=100),
        _f("mentors", J, "Mentorer", shape=shapes.MENTORS),
        _enum("scheme", v.Scheme, "Ordning", required=True),
        _enum("status", v.CaseStatus, "Status", required=True),
        _f("start_date", D, "Startdato"),
        _f("end_date", D, "Slutdato"),
        _f("purpose", T, "Formål", merge=TXT),
        _enum("outcome", v.Outcome, "Resultat"),
        _f("aftercare_cadence", J, "Efterværnskadence", shape=shapes.AFTERCARE_CADENCE),
        # The method (issue 13): group, project, screening, job start, own list, support budget.
        _enum("group", v.CaseGroup, "Gruppe", **HIDDEN),
        _f("project_id", R, "Projekt", ref="project", **HIDDEN),
        _f("screening_id", R, "Screening", ref="screening", **HIDDEN),
        _f("job_start_date", D, "Jobstart"),
        _f("wishes", J, "Borgerens egen liste", shape=shapes.WISHES, **HIDDEN),
        _f("wishes_on_citizen_copy", B, "Listen med på borgerens kopi", **HIDDEN),
        _enum("support_kind", v.SupportKind, "Støtteform"),
        _f("support_budget", F, "Budget, støttetimer", minimum=0, maximum=10_000),
    ),
)

MEETING = RecordType(
    name="meeting",
    table="meeting",
    label="Møde",
    search_fields=("place", "notes", "decisions", "barriers", "status_against_goals"),
    fields=(
        _f("case_id", R, "Forløb", ref="case", required=True),
        _enum("kind", v.MeetingKind, "Mødetype", required=True),
        _f("starts_at", DT, "Tidspunkt", required=True),
        _f("place", S, "Sted", max_length=200),
        _f("participants", J, "Deltagere", shape=shapes.PARTICIPANTS),
        _f("status_against_goals", T, "Status i forhold til mål", merge=TXT),
        _f("planned_hours", F, "Planlagte timer pr. uge", **WEEK_HOURS),
        _f("actual_hours", F, "Faktiske timer pr. uge", **WEEK_HOURS),
        _enum("accommodations_working", v.AccommodationsWorking, "Virker skånehensynene?"),
        _f("barriers", T, "Barrierer", merge=TXT),
        _f("notes", T, "Referat", merge=TXT),
        _f("decisions", T, "Beslutninger", merge=TXT),
        # The citizen's or company's own words, written by them in hand-over.
        _f("party_comments", T, "Borgerens / virksomhedens bemærkninger", merge=TXT, **PARTY),
        _f(
            "party_accommodations_view", T, "Sådan virker skånehensynene for os", merge=TXT,
            **PARTY,
        ),
        _f("next_meeting_at", DT, "Næste møde"),
        _f("health_notes", T, "Helbredsnoter (kun jobcenter)", merge=TXT, **HEALTH),
        # A praktik's halfway or end evaluation: the structured verdict.
        _enum("manages_tasks", v.Assessment, "Klarer borgeren opgaverne?"),
        _enum("company_benefit", v.Assessment, "Har virksomheden gavn af praktikken?"),
        _enum("next_step", v.NextStep, "Næste skridt"),
        _f("hire_hours_per_week", F, "Ansættelse i timer pr. uge", minimum=0, maximum=37),
        # Support hours (job coach, mentor, klippekort) used at or since the last meeting.
        _f("support_hours", F, "Brugte støttetimer", minimum=0, maximum=168),
    ),
)

ACTION_ITEM = RecordType(
    name="action_item",
    table="action_item",
    label="Handling",
    search_fields=("what",),
    fields=(
        _f("case_id", R, "Forløb", ref="case", required=True),
        _f("meeting_id", R, "Møde", ref="meeting"),
        _f("plan_id", R, "Trepartsplan", ref="plan"),
        _f("what", T, "Hvad", required=True, merge=TXT),
        _enum("owner", v.BallHolder, "Hvem har bolden", required=True),
        _f("deadline", D, "Frist"),
        _f("done", B, "Udført"),
    ),
)

_DOCUMENT_HEAD = (
    _f("case_id", R, "Forløb", ref="case", required=True),
    _f("version", INT, "Version", required=True, minimum=1, maximum=10_000),
    _f("supersedes_id", R, "Erstatter", ref=None),
    _enum("status", v.DocumentStatus, "Status", required=True),
)

AGREEMENT = RecordType(
    name="agreement",
    table="agreement",
    label="Aftale om skånehensyn",
    signable=True,
    fields=_DOCUMENT_HEAD
    + _frozen(
        _f("parties", J, "Parter", shape=shapes.PARTIES),
        _enum("scheme", v.Scheme, "Ordning", required=True),
        _f("legal_basis", S, "Lovgrundlag", max_length=300),
        _f("valid_from", D, "Gælder fra", required=True),
        _f("valid_to", D, "Gælder til"),
        _f("review_date", D, "Revurderes"),
        _f("hours_per_week", F, "Timer pr. uge", **WEEK_HOURS),
        _f("weekday_hours", J, "Timer fordelt på ugedage", shape=shapes.WEEKDAY_HOURS),
        _f("accommodations", J, "Skånehensyn", shape=shapes.ACCOMMODATIONS),
        _f("tasks_included", T, "Opgaver der indgår"),
        _f("tasks_excluded", T, "Opgaver der ikke indgår"),
        _f("aids", T, "Hjælpemidler"),
        _f("personal_assistance_hours", F, "Personlig assistance, timer pr. uge", **WEEK_HOURS),
        _f("mentor_hours", F, "Mentortimer pr. uge", **WEEK_HOURS),
        _f("bad_day_plan", T, "Ved en dårlig dag / sygdom"),
        _f("bad_day_contact", S, "Hvem ringer man til", max_length=200),
        _f("consent_to_share", B, "Samtykke til deling"),
        _f("health_notes", T, "Helbredsnoter (kun jobcenter)", **HEALTH),
    ),
)

PLAN = RecordType(
    name="plan",
    table="plan",
    label="Trepartsplan",
    signable=True,
    fields=_DOCUMENT_HEAD
    + _frozen(
        _f("agreement_id", R, "Aftale om skånehensyn", ref="agreement"),
        _f("goal", T, "Mål", required=True),
        _f("sub_goals", J, "Delmål", shape=shapes.SUB_GOALS),
        _f("start_date", D, "Startdato", required=True),
        _f("end_date", D, "Slutdato", required=True),
        _f("periods", J, "Timeprogression", shape=shapes.PERIODS),
        _f("tasks", T, "Opgaver"),
        _f("support", T, "Støtte (mentor, hjælpemidler)"),
        _f("commitments", J, "Parternes forpligtelser", shape=shapes.COMMITMENTS),
        _f("evaluation_criteria", T, "Evalueringskriterier"),
        _f("consequence", T, "Aftalt konsekvens"),
    ),
)

SIGNATURE = RecordType(
    name="signature",
    table="signature",
    label="Underskrift",
    append_only=True,
    fields=_append(
        _f("case_id", R, "Forløb", ref="case", required=True),
        _f("document_type", S, "Dokumenttype", required=True, choices=("agreement", "plan")),
        _f("document_id", R, "Dokument", required=True),
        _f("document_version", INT, "Version", required=True, minimum=1, maximum=10_000),
        _f("content_hash", S, "Indholdets SHA-256", required=True, max_length=64),
        _enum("party", v.Party, "Part", required=True),
        _f("signer_name", S, "Navn", required=True, max_length=200),
        _f("signer_role", S, "Rolle", max_length=200),
        _f("signed_at", DT, "Tidspunkt", required=True),
        _enum("method", v.SignatureMethod, "Måde", required=True),
        _f("strokes", J, "Underskrift (streger)", shape=shapes.STROKES),
        _f("attachment", S, "Scanning (base64)", max_length=MAX_ATTACHMENT),
    ),
)

CONSENT = RecordType(
    name="consent",
    table="consent",
    label="Samtykke",
    case_field=None,
    mentor_readable=False,
    fields=(
        _f("citizen_id", R, "Borger", ref="citizen", required=True),
        _f("what", T, "Hvad må deles", required=True),
        _f("shared_with", S, "Med hvem", required=True, max_length=200),
        _f("legal_basis", S, "Hjemmel", max_length=300),
        _f("valid_from", D, "Fra", required=True),
        _f("valid_to", D, "Til"),
        _f("withdrawn", B, "Tilbagekaldt"),
        # The consent screen (issue 18): what kind, how it was given, when it was withdrawn.
        # A consent's history is its records: withdrawing keeps the record, a new consent is a
        # new record, and the newest record of a kind decides (sync.protocol.consent).
        _enum("kind", v.ConsentKind, "Samtykke til"),
        _enum("given_how", v.ConsentMethod, "Givet"),
        _f("withdrawn_on", D, "Tilbagekaldt den"),
    ),
)

FOLLOW_UP = RecordType(
    name="follow_up",
    table="follow_up",
    label="Opfølgning",
    fields=(
        _f("case_id", R, "Forløb", ref="case", required=True),
        _enum("kind", v.FollowUpKind, "Type", required=True),
        _f("due_date", D, "Dato", required=True),
        _f("label", S, "Betegnelse", max_length=200),
        _f("meeting_id", R, "Registreret ved møde", ref="meeting"),
    ),
)

CONFLICT = RecordType(
    name="conflict",
    table="conflict",
    label="Konflikt",
    fields=(
        _f("case_id", R, "Forløb", ref="case"),
        _f("record_type", S, "Posttype", required=True),
        _f("record_id", R, "Post", required=True),
        _f("field", S, "Felt", required=True),
        _f("base", T, "Fælles udgangspunkt"),
        _f("kept", T, "Gældende tekst"),
        _f("other", T, "Anden tekst"),
        _f("resolved", B, "Løst"),
    ),
)

AUDIT_ENTRY = RecordType(
    name="audit_entry",
    table="audit_entry",
    label="Logpost",
    append_only=True,
    mentor_readable=False,
    fields=_append(
        _f("case_id", R, "Forløb", ref="case"),
        _f("at", DT, "Tidspunkt", required=True),
        _f("username", S, "Bruger", required=True, max_length=100),
        _f("device_id", S, "Enhed", max_length=100),
        # The user's role when they acted (the server puts in the role it knows).
        _f("role", S, "Rolle", max_length=20, choices=tuple(r.value for r in v.Role)),
        _enum("action", v.AuditAction, "Handling", required=True),
        _f("record_type", S, "Posttype", max_length=50),
        _f("record_id", S, "Post", max_length=64),
        # Never field values: only what was done (field names, file names, counts).
        _f("detail", S, "Detaljer", max_length=500),
        # Each device's entries form a hash chain (sync.protocol.audit_chain).
        _f("prev_hash", S, "Forrige posts SHA-256", max_length=64),
        _f("hash", S, "Postens SHA-256", max_length=64),
    ),
)

ATTACHMENT = RecordType(
    name="attachment",
    table="attachment",
    label="Bilag",
    fields=(
        _f("case_id", R, "Forløb", ref="case", required=True),
        _f("meeting_id", R, "Møde", ref="meeting"),
        _f("filename", S, "Filnavn", required=True, max_length=255),
        _f("media_type", FieldType.ENUM, "Filtype", required=True, choices=ATTACHMENT_MEDIA_TYPES),
        _f("size", INT, "Størrelse (byte)", required=True, minimum=1, maximum=ATTACHMENT_MAX_BYTES),
        _f("chunks", INT, "Antal dele", required=True, minimum=1, maximum=ATTACHMENT_MAX_CHUNKS),
        _f("sha256", S, "Indholdets SHA-256", required=True, max_length=64),
        # Decides who receives the file and its chunks (sync.server.policy): a health-marked
        # file never reaches a mentor. The flag itself is no health data, so mentors read it.
        _f("health", B, "Helbredsoplysninger (fx lægeerklæring)", required=True),
        _f("description", S, "Beskrivelse", max_length=500),
    ),
)

# Written once when the file is attached. Not append-only, so that deleting the file erases
# its content: the chunks are emptied and tombstoned on every device and on the server.
ATTACHMENT_CHUNK = RecordType(
    name="attachment_chunk",
    table="attachment_chunk",
    label="Bilagsdel",
    fields=(
        _f("case_id", R, "Forløb", ref="case", required=True),
        _f("attachment_id", R, "Bilag", ref="attachment", required=True),
        _f("seq", INT, "Nummer", required=True, minimum=0, maximum=ATTACHMENT_MAX_CHUNKS - 1),
        _f("data", S, "Indhold (base64)", required=True, max_length=ATTACHMENT_CHUNK_BASE64),
    ),
)


# ---------------------------------------------------------------- the method (issue 13)
SCORE = {"minimum": 1, "maximum": 5}  # a 1-5 scale with Danish anchors

# Screening at first contact: the answers are health data (GDPR art. 9), so the record never
# reaches a mentor and none of it is printed. It belongs to the citizen (a case may not exist yet);
# `opened_case_id` is the case a positive screening opened.
SCREENING = RecordType(
    name="screening",
    table="screening",
    label="Screening",
    case_field=None,
    mentor_readable=False,
    fields=(
        _f("citizen_id", R, "Borger", ref="citizen", required=True),
        _f("screened_at", DT, "Screenet", required=True),
        _f("screened_by", S, "Screenet af", max_length=100),
        _f("consent_to_record", B, "Samtykke til at registrere svarene", required=True),
        _enum(
            "impairment", v.ScreeningAnswer,
            "Påvirker en fysisk eller psykisk funktionsnedsættelse, hvilke job eller timer du"
            " kan tage?",
            **HEALTH,
        ),
        _f("functions", J, "Funktioner der påvirkes", shape=shapes.WORK_FUNCTIONS, **HEALTH),
        _f("what_helped", T, "Hvad har hjulpet før", **HEALTH),
        _f("opened_case_id", R, "Forløb oprettet", ref="case"),
    ),
)

# The fast track: one row per compensation scheme considered for a case.
SCHEME_APPLICATION = RecordType(
    name="scheme_application",
    table="scheme_application",
    label="Kompenserende ordning",
    mentor_readable=False,
    fields=(
        _f("case_id", R, "Forløb", ref="case", required=True),
        _enum("scheme", v.CompensationScheme, "Ordning", required=True),
        _enum("status", v.ApplicationStatus, "Status", required=True),
        _f("need_date", D, "Behov konstateret"),
        _f("applied_date", D, "Søgt"),
        _f("decision_date", D, "Afgjort"),
        _f("note", T, "Note"),
    ),
)

# Start and end questionnaires: 1-5 scales; a questionnaire missing a score is incomplete and
# left out of the report (with a count). Well-being is health data.
QUESTIONNAIRE = RecordType(
    name="questionnaire",
    table="questionnaire",
    label="Spørgeskema",
    mentor_readable=False,
    fields=(
        _f("case_id", R, "Forløb", ref="case", required=True),
        _enum("kind", v.QuestionnaireKind, "Skema", required=True),
        _f("answered_on", D, "Besvaret", required=True),
        _enum("filled_by", v.FilledBy, "Udfyldt"),
        _f("wellbeing", INT, "Hvordan har du det for tiden?", **SCORE, **HEALTH),
        _f("confidence", INT, "Hvor sikker er du på, at du kan arbejde?", **SCORE, **HIDDEN),
        _f("hours_managed", INT, "Hvor godt klarer du dine timer?", **SCORE, **HIDDEN),
        _f("own_assessment", INT, "Hvordan vurderer du selv dit forløb?", **SCORE, **HIDDEN),
        _f("comment", T, "Din egen kommentar", **PARTY, **HIDDEN),
    ),
)

# Retention after job start (efterværn), for project and reference cases alike: where the citizen
# stands at each follow-up. A missing job status counts as unknown, never as employed.
RETENTION_CHECK = RecordType(
    name="retention_check",
    table="retention_check",
    label="Fastholdelsesopfølgning",
    mentor_readable=False,
    fields=(
        _f("case_id", R, "Forløb", ref="case", required=True),
        _f("checked_on", D, "Dato", required=True),
        _enum("job_status", v.JobStatus, "Jobstatus"),
        _f("hours_per_week", F, "Timer pr. uge", **WEEK_HOURS),
        _f("on_benefits", B, "Modtager offentlig forsørgelse"),
        _f("meeting_id", R, "Registreret ved møde", ref="meeting"),
        _f("note", T, "Note"),
    ),
)

# A project the team runs, with its own targets; cases name it (case.project_id).
PROJECT = RecordType(
    name="project",
    table="project",
    label="Projekt",
    case_field=None,
    mentor_readable=False,
    fields=(
        _f("name", S, "Navn", required=True, max_length=200),
        _f("team", S, "Team", max_length=100),
        _f("start_date", D, "Startdato"),
        _f("end_date", D, "Slutdato"),
        _f("target_enrolled", INT, "Mål: borgere i projektet", minimum=0, maximum=100_000),
        _f("target_jobs", INT, "Mål: borgere i job", minimum=0, maximum=100_000),
        _f("target_retained_6m", F, "Mål: fastholdt efter 6 måneder (%)", minimum=0, maximum=100),
    ),
)

# A case handed to or received from another unit (e.g. social- og handicapområdet).
CASE_TRANSFER = RecordType(
    name="case_transfer",
    table="case_transfer",
    label="Overdragelse",
    mentor_readable=False,
    fields=(
        _f("case_id", R, "Forløb", ref="case", required=True),
        _enum("direction", v.TransferDirection, "Retning", required=True),
        _f("unit", S, "Anden enhed", required=True, max_length=200),
        _f("transferred_on", D, "Dato", required=True),
        _f("what_shared", T, "Hvad blev delt"),
        _f("consent_id", R, "På samtykke", ref="consent"),
    ),
)


def wire_weight(record_type: str, values: dict[str, object]) -> int:
    """About how many bytes a record's large fields take on the wire (file contents, scans):
    what a push batch or a pull page must count to stay below the body limit."""
    if record_type == "attachment_chunk":
        data = values.get("data")
    elif record_type == "signature":
        data = values.get("attachment")
    else:
        return 0
    return len(data) if isinstance(data, str) else 0


CATALOGUE: dict[str, RecordType] = {
    rt.name: rt
    for rt in (
        CITIZEN,
        COMPANY,
        CASE,
        MEETING,
        ACTION_ITEM,
        AGREEMENT,
        PLAN,
        SIGNATURE,
        CONSENT,
        FOLLOW_UP,
        CONFLICT,
        AUDIT_ENTRY,
        ATTACHMENT,
        ATTACHMENT_CHUNK,
        SCREENING,
        SCHEME_APPLICATION,
        QUESTIONNAIRE,
        RETENTION_CHECK,
        PROJECT,
        CASE_TRANSFER,
    )
}


def record_type(name: str) -> RecordType:
    try:
        return CATALOGUE[name]
    except KeyError:
        raise KeyError(f"unknown record type {name!r}") from None


def mentor_unreadable() -> frozenset[str]:
    """The record types no mentor ever receives."""
    return frozenset(rt.name for rt in CATALOGUE.values() if not rt.mentor_readable)


def hidden_from_mentors() -> dict[str, tuple[str, ...]]:
    """Per record type, the fields a mentor may never receive."""
    return {
        rt.name: tuple(f.name for f in rt.fields if not f.mentor_visible)
        for rt in CATALOGUE.values()
    }


# The one frozen field list: the device's triggers are generated from it (desktop.store.schema)
# and the server's merge refuses a change to any of them on a signed document.
FROZEN_FIELDS: dict[str, tuple[str, ...]] = {
    rt.name: rt.sealed_fields for rt in CATALOGUE.values() if rt.signable
}
