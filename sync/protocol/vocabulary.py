"""Closed vocabularies of the domain, with the Danish labels the UI and the PDFs show.

They live in the protocol because the server validates pushed values against them and the
desktop store, the forms and the PDFs must all agree on the same codes.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a Danish label: ``Member = ("code", "Dansk tekst")``."""

    def __new__(cls, value: str, label: str = "") -> LabelledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label or value
        return obj

    label: str

    @classmethod
    def codes(cls) -> tuple[str, ...]:
        return tuple(m.value for m in cls)


class TargetGroup(LabelledEnum):
    FLEKSJOB = ("fleksjob", "Fleksjob")
    RESSOURCEFORLOB = ("ressourceforloeb", "Ressourceforløb")
    SYGEDAGPENGE = ("sygedagpenge", "Sygedagpenge")
    KONTANTHJAELP = ("kontanthjaelp", "Kontanthjælp")
    UDDANNELSESHJAELP = ("uddannelseshjaelp", "Uddannelseshjælp")
    LEDIGHEDSYDELSE = ("ledighedsydelse", "Ledighedsydelse")
    FORTIDSPENSION = ("foertidspension", "Førtidspension")
    REVALIDERING = ("revalidering", "Revalidering")
    DAGPENGE = ("dagpenge", "Dagpenge")


class Scheme(LabelledEnum):
    VIRKSOMHEDSPRAKTIK = ("virksomhedspraktik", "Virksomhedspraktik")
    LONTILSKUD = ("loentilskud", "Løntilskud")
    FLEKSJOB = ("fleksjob", "Fleksjob")
    SMAAJOB = ("smaajob", "Småjob")
    ORDINAER_EFTERVAERN = ("ordinaer_eftervaern", "Ordinær ansættelse med efterværn")
    MENTORSTOTTE = ("mentorstoette", "Mentorstøtte")


class CaseStatus(LabelledEnum):
    PLANNED = ("planlagt", "Planlagt")
    ACTIVE = ("aktiv", "Aktiv")
    CLOSED = ("afsluttet", "Afsluttet")
    INTERRUPTED = ("afbrudt", "Afbrudt")


class Outcome(LabelledEnum):
    EMPLOYED = ("ansat", "Ansat")
    FLEX_EMPLOYED = ("ansat_fleksjob", "Ansat i fleksjob")
    STILL_UNEMPLOYED = ("fortsat_ledig", "Fortsat ledig")
    EDUCATION = ("uddannelse", "Uddannelse")
    OTHER = ("andet", "Andet")


class MeetingKind(LabelledEnum):
    INITIAL = ("indledende", "Indledende møde")
    FOLLOW_UP = ("opfoelgning", "Opfølgning")
    MIDWAY = ("midtvejsevaluering", "Midtvejsevaluering")
    FINAL = ("slutevaluering", "Slutevaluering")
    AFTERCARE = ("eftervaern", "Efterværn")


class BallHolder(LabelledEnum):
    """Who holds the ball on an action item (hvem har bolden)."""

    CITIZEN = ("borger", "Borger")
    COMPANY = ("virksomhed", "Virksomhed")
    JOBCENTER = ("jobcenter", "Jobcenter")
    MENTOR = ("mentor", "Mentor")


class AccommodationsWorking(LabelledEnum):
    YES = ("ja", "Ja")
    PARTLY = ("delvist", "Delvist")
    NO = ("nej", "Nej")
    UNKNOWN = ("ukendt", "Ikke vurderet")


class DocumentStatus(LabelledEnum):
    """Lifecycle of an agreement or plan: draft -> signed (frozen) -> superseded."""

    DRAFT = ("kladde", "Kladde")
    SIGNED = ("underskrevet", "Underskrevet")
    SUPERSEDED = ("erstattet", "Erstattet af ny version")


class Party(LabelledEnum):
    CITIZEN = ("borger", "Borger")
    COMPANY = ("virksomhed", "Virksomhed")
    JOBCENTER = ("jobcenter", "Jobcenter")


class SignatureMethod(LabelledEnum):
    SCREEN = ("skaerm", "Underskrevet på skærmen")
    PAPER = ("papir", "Underskrevet på papir")


class FollowUpKind(LabelledEnum):
    HALFWAY = ("midtvej", "Midtvejsopfølgning")
    END = ("slut", "Slutopfølgning")
    AFTERCARE = ("eftervaern", "Efterværn")


class AccommodationCategory(LabelledEnum):
    REDUCED_HOURS = ("nedsat_tid", "Nedsat arbejdstid")
    DAYS_OFF = ("fridage", "Fridage i løbet af ugen")
    SLOWER_PACE = ("lavere_tempo", "Lavere tempo")
    EXTRA_BREAKS = ("ekstra_pauser", "Ekstra pauser")
    EXEMPT_TASKS = ("fritaget_opgaver", "Fritagelse for bestemte opgaver")
    NO_HEAVY_LIFTING = ("ingen_tunge_loeft", "Ingen tunge løft")
    QUIET_PLACE = ("roligt_sted", "Roligt arbejdssted")
    FIXED_ROUTINES = ("faste_rutiner", "Faste opgaver og rutiner")
    FLEXIBLE_START = ("fleksibel_start", "Fleksibelt mødetidspunkt")
    WORK_FROM_HOME = ("hjemmearbejde", "Arbejde hjemmefra")
    WRITTEN_INSTRUCTIONS = ("skriftlige_instrukser", "Skriftlige instruktioner")
    OTHER = ("andet", "Andet")


class Role(LabelledEnum):
    CONSULTANT = ("consultant", "Virksomhedskonsulent")
    MENTOR = ("mentor", "Virksomhedsmentor")
    TEAMLEAD = ("teamlead", "Teamleder")
    ADMIN = ("admin", "Administrator")


class AuditAction(LabelledEnum):
    VIEW = ("view", "Vist")
    CREATE = ("create", "Oprettet")
    CHANGE = ("change", "Ændret")
    DELETE = ("delete", "Slettet")
    SIGN = ("sign", "Underskrevet")
    PRINT = ("print", "Udskrevet")
    EXPORT = ("export", "Eksporteret")
    KEY = ("key", "Databasenøgle udleveret")
    UNLOCK = ("unlock", "Låst op")
    PASSWORD = ("password", "Adgangskode ændret")
    SEARCH_HIT = ("search_hit", "Vist i søgeresultat")


class ConsentKind(LabelledEnum):
    """What a citizen consents to (the consent screen on the citizen)."""

    MENTOR_AGREEMENT = ("mentor_aftale", "Aftalen om skånehensyn deles med mentor")
    COMPANY_ACCOMMODATIONS = ("virksomhed_skaanehensyn", "Virksomheden ser skånehensynene")
    DOCTOR_CONTACT = ("laege_11a", "Kontakt til egen læge (retssikkerhedsloven § 11 a)")
    SCREENING_STORED = ("screening_gemt", "Screeningssvarene gemmes")
    OTHER = ("andet", "Andet")


class ConsentMethod(LabelledEnum):
    """How a consent was given."""

    SIGNED = ("underskrevet", "Underskrevet")
    ORAL = ("mundtligt", "Mundtligt")
    PAPER = ("papir", "På papir")


class WorkFunction(LabelledEnum):
    """Functions a job demands and an impairment can affect: the screening marks the ones that
    are hard for the citizen, a company need lists the ones its tasks demand (matching)."""

    LIFTING = ("loeft", "Tunge løft og fysisk belastning")
    STANDING = ("staa_gaa", "At stå eller gå længe")
    SITTING = ("sidde", "At sidde stille længe")
    FINE_MOTOR = ("finmotorik", "Finmotorik og brug af hænderne")
    CONCENTRATION = ("koncentration", "Koncentration over længere tid")
    PACE = ("tempo", "Højt tempo og tidspres")
    PEOPLE = ("kundekontakt", "Mange mennesker og kundekontakt")
    NOISE = ("stoej_lys", "Støj, lys og uro")
    CHANGE = ("omstilling", "Skift og uforudsete opgaver")
    READING = ("laese_skrive", "Læse og skrive")
    SHIFTS = ("skiftende_tider", "Skiftende arbejdstider og nat")
    DRIVING = ("koersel", "Kørsel i arbejdet")


class ScreeningAnswer(LabelledEnum):
    YES = ("ja", "Ja")
    NO = ("nej", "Nej")
    UNSURE = ("ved_ikke", "Ved ikke")


class CompensationScheme(LabelledEnum):
    """Handicapkompenserende ordninger and the job forms beside a pension (the fast track)."""

    PERSONAL_ASSISTANCE = ("personlig_assistance", "Personlig assistance")
    AIDS = ("hjaelpemidler", "Arbejdsredskaber og hjælpemidler")
    WORKPLACE = ("arbejdspladsindretning", "Mindre arbejdspladsindretning")
    MENTOR = ("mentorstoette", "Mentorstøtte")
    PRIORITY = ("fortrinsadgang", "Fortrinsadgang")
    ICEBREAKER = ("isbryder", "Isbryderordning")
    SECTION_56 = ("paragraf_56", "§ 56-aftale")
    FLEXJOB = ("fleksjob", "Fleksjob")
    SKAANEJOB = ("skaanejob", "Skånejob (løntilskud til førtidspensionister)")
    SHELTERED = ("beskyttet_beskaeftigelse", "Beskyttet beskæftigelse i en almindelig virksomhed")


class ApplicationStatus(LabelledEnum):
    NOT_RELEVANT = ("ikke_relevant", "Ikke relevant")
    TO_APPLY = ("skal_soeges", "Skal søges")
    APPLIED = ("soegt", "Søgt")
    GRANTED = ("bevilget", "Bevilget")
    REFUSED = ("afslaaet", "Afslået")


class WishStatus(LabelledEnum):
    NOT_CONTACTED = ("ikke_kontaktet", "Ikke kontaktet")
    CONTACTED = ("kontaktet", "Kontaktet")
    MEETING = ("moede", "Møde")
    PRAKTIK = ("praktik", "Praktik")
    JOB = ("job", "Job")
    NO = ("nej", "Nej")


class CaseGroup(LabelledEnum):
    """Project group, or the reference group that gets the usual service (outcome data only)."""

    PROJECT = ("projekt", "Projektgruppe")
    REFERENCE = ("reference", "Referencegruppe")


class QuestionnaireKind(LabelledEnum):
    START = ("start", "Startskema")
    END = ("slut", "Slutskema")


class FilledBy(LabelledEnum):
    WITH_CONSULTANT = ("med_konsulent", "Udfyldt sammen med konsulenten")
    CITIZEN = ("borger", "Udfyldt af borgeren selv")


class Assessment(LabelledEnum):
    YES = ("ja", "Ja")
    PARTLY = ("delvist", "Delvist")
    NO = ("nej", "Nej")
    UNKNOWN = ("ukendt", "Ikke vurderet")


class NextStep(LabelledEnum):
    """The verdict of a praktik's halfway or end evaluation."""

    CONTINUE = ("fortsaet", "Fortsæt")
    EXTEND = ("forlaeng", "Forlæng")
    HIRE = ("ansaettelse", "Ansættelse i et antal timer")
    FLEXJOB = ("fleksjob", "Fleksjob")
    STOP = ("stop", "Stop")


class JobStatus(LabelledEnum):
    """Where the citizen stands at an efterværn follow-up (retention)."""

    SAME_JOB = ("samme_job", "Samme job")
    OTHER_JOB = ("andet_job", "Andet job")
    EDUCATION = ("uddannelse", "Uddannelse")
    SMALL_JOB = ("smaajob", "Småjob")
    TEMPORARY_JOB = ("midlertidigt_job", "Midlertidigt job")
    UNEMPLOYED = ("ledig", "Ledig")
    SICK_LEAVE = ("sygemeldt", "Sygemeldt")


class SupportKind(LabelledEnum):
    JOB_COACH = ("jobcoach", "Jobcoach")
    MENTOR = ("mentor", "Mentor")
    PUNCH_CARD = ("klippekort", "Klippekort")


class TransferDirection(LabelledEnum):
    TO = ("til", "Overdraget til")
    FROM = ("fra", "Modtaget fra")
