"""`trepart` command line: the GUI by default, plus demo, vault, and (later) export/sync verbs.

Passwords come from TREPART_PASSWORD (new ones from TREPART_NEW_PASSWORD) or a prompt, never
from an argument: arguments end up in shell history and process lists.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import logging
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from desktop import __version__
from desktop.services import session as sessions
from desktop.store import StoreError
from desktop.vault import (
    UnlockThrottled,
    VaultError,
    generate_recovery_keypair,
    recover_vault,
)
from desktop.vault.files import write_private
from sync.client import SyncError
from sync.protocol.vocabulary import AuditAction

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
DEMO_USER = "demo.konsulent"
DEMO_TEAM = "Team Vest"


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("Trepart", "Trepart"))


def _password(prompt: str = "Adgangskode: ", env: str = "TREPART_PASSWORD") -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise SystemExit(f"Angiv adgangskoden i {env} eller kør kommandoen i en terminal.")
    return getpass.getpass(prompt)


def _new_password() -> str:
    value = os.environ.get("TREPART_NEW_PASSWORD")
    if value:
        return value
    first = getpass.getpass("Ny adgangskode: ")
    if first != getpass.getpass("Gentag ny adgangskode: "):
        raise SystemExit("De to adgangskoder er ikke ens.")
    return first


def _open(data_dir: Path, *, read_only: bool = False) -> sessions.Session:
    """Unlock from the command line, waiting out the growing delay instead of failing."""
    import time

    vault = sessions.open_vault(data_dir)
    try:
        wait = vault.retry_after()
        if wait > 0:
            print(f"For mange forkerte forsøg: venter {wait:.0f} s.", file=sys.stderr)
            time.sleep(wait)
        return sessions.unlock(vault, _password(), read_only=read_only)
    except BaseException:
        vault.release_process_lock()
        raise


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services import demo

    data_dir: Path = args.data_dir
    password = _password("Vælg adgangskode til demo-vaulten: ")
    org_dir = data_dir / "demo-organisation"
    private_pem, public_pem = generate_recovery_keypair()
    session = sessions.create_vault(
        data_dir,
        password,
        username=DEMO_USER,
        role="consultant",
        team=DEMO_TEAM,
        recovery_public_key_pem=public_pem,
    )
    with session:
        # Demo only: a real municipality keeps its recovery private key with IT, offline.
        org_dir.mkdir(mode=0o700, exist_ok=True)
        write_private(org_dir / "recovery-private.pem", private_pem)
        (org_dir / "recovery-public.pem").write_bytes(public_pem)
        counts = demo.generate(
            session.store, cases=args.cases, meetings_per_case=args.meetings_per_case
        )
        session.store.audit(AuditAction.CREATE, detail=f"demodata: {args.cases} forløb")
        # Demo only: a self-signed organisation seal, so signed PDFs can be sealed and verified.
        from desktop.services import documents as document_service

        document_service.setup_demo_organisation(session.store, directory=org_dir)
    total = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))
    print(f"Demo-vault oprettet i {data_dir}: {total}.")
    return EXIT_OK


_HMAC_PAGE = re.compile(r"HMAC verification failed for page (\d+)")


def cmd_vault_check(args: argparse.Namespace) -> int:
    from desktop.store.engine import quiet_cipher_log
    from desktop.store.store import INTEGRITY_CHECK_STOPPED

    quiet_cipher_log()
    with _open(args.data_dir, read_only=True) as session:
        problems = session.store.integrity_check()
        breaks = [] if problems else session.store.audit_chain_breaks()
    if breaks:
        print(f"FEJL: loggens hash-kæde er brudt ({len(breaks)} sted(er)):")
        for found in breaks[:10]:
            print(f"  {found}")
        if len(breaks) > 10:
            print(f"  ... og {len(breaks) - 10} flere.")
        print("Loggen er ændret, efter den blev skrevet. Filen er ikke ændret. Kontakt IT.")
        return EXIT_ERROR
    if problems:
        pages = [int(m.group(1)) for p in problems if (m := _HMAC_PAGE.search(p))]
        other = [p for p in problems if not _HMAC_PAGE.search(p)]
        print(f"FEJL: databasen har {len(problems)} fejl.")
        if pages:
            shown = ", ".join(str(n) for n in pages[:20])
            more = f" og {len(pages) - 20} flere" if len(pages) > 20 else ""
            print(
                f"  {len(pages)} side(r) er ændret udefra eller beskadiget (krypteringens "
                f"kontrolsum passer ikke): side {shown}{more}."
            )
        if INTEGRITY_CHECK_STOPPED in other:
            other.remove(INTEGRITY_CHECK_STOPPED)
            print("  Databasens strukturtjek kunne ikke gøres færdigt på grund af skaden.")
        if other:
            print("  SQLites strukturtjek fandt (teknisk tekst til IT):")
        for line in other[:10]:
            print(f"    {line}")
        if len(other) > 10:
            print(f"    ... og {len(other) - 10} flere.")
        print("Filen er ikke ændret. Kontakt IT med en sikkerhedskopi.")
        return EXIT_ERROR
    print("OK: databasen er hel, og alle sider kan dekrypteres og er uændrede.")
    print("OK: loggens hash-kæde er hel.")
    return EXIT_OK


def cmd_vault_key(args: argparse.Namespace) -> int:
    with _open(args.data_dir) as session:
        session.store.audit(AuditAction.KEY, detail="rå databasenøgle udleveret via kommandolinjen")
        print(session.vault.database_key_hex)
    return EXIT_OK


def cmd_vault_passwd(args: argparse.Namespace) -> int:
    # The folder's lock comes first: while the vault is open elsewhere nothing is changed.
    vault = sessions.open_vault(args.data_dir)
    try:
        old = _password("Nuværende adgangskode: ")
        new = _new_password()
        vault.change_password(old, new)
        session = sessions.unlock(vault, new)
    except BaseException:
        vault.release_process_lock()
        raise
    with session:
        session.store.audit(AuditAction.PASSWORD)
    print("Adgangskoden er ændret. Databasen er ikke genkrypteret; kun nøglen er pakket om.")
    return EXIT_OK


def cmd_vault_recover(args: argparse.Namespace) -> int:
    private_pem = Path(args.recovery_key).read_bytes()
    recover_vault(args.data_dir, private_key_pem=private_pem, new_password=_new_password())
    with sessions.open_session(
        args.data_dir,
        os.environ.get("TREPART_NEW_PASSWORD") or _password("Den nye adgangskode igen: "),
    ) as session:
        session.store.audit(AuditAction.PASSWORD, detail="gendannet med organisationens nøgle")
    print("Vaulten er gendannet, og den nye adgangskode er sat.")
    return EXIT_OK


def cmd_recovery_keygen(args: argparse.Namespace) -> int:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    private_pem, public_pem = generate_recovery_keypair()
    private_path, public_path = out / "recovery-private.pem", out / "recovery-public.pem"
    if private_path.exists() or public_path.exists():
        print(f"{out} har allerede et nøglepar; det overskrives ikke.", file=sys.stderr)
        return EXIT_ERROR
    write_private(private_path, private_pem, exclusive=True)
    public_path.write_bytes(public_pem)
    print(f"Nøglepar skrevet: {public_path} (til klienterne), {private_path} (opbevares offline).")
    return EXIT_OK


def cmd_login(args: argparse.Namespace) -> int:
    from desktop.services import sync as sync_service

    server_password = os.environ.get("TREPART_SERVER_PASSWORD")
    with _open(args.data_dir) as session:
        if not server_password:
            if not sys.stdin.isatty():
                raise SystemExit("Angiv serveradgangskoden i TREPART_SERVER_PASSWORD.")
            server_password = getpass.getpass(
                f"Adgangskode til {args.server} for {args.username}: "
            )
        device_id = sync_service.log_in(
            session.store,
            server_url=args.server,
            username=args.username,
            password=server_password,
            ca_bundle=args.ca_bundle,
        )
    print(f"Logget ind som {args.username} på {args.server} (enhed {device_id}).")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from desktop.services import sync as sync_service

    with _open(args.data_dir) as session:
        report = sync_service.run(session)
    print(report.summary_da())
    print(f"  sendt: {report.pushed} ændringer i {report.push_batches} forsendelse(r)")
    print(f"  modtaget: {report.pulled} poster på {report.pull_pages} side(r)")
    print(f"  konflikter: {report.conflicts}")
    print(f"  afvist: {len(report.refusals)}")
    for refusal in report.refusals:
        print(f"    {refusal.record_type} {refusal.record_id}: {refusal.message}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Every signed version's archived, sealed PDF into a folder, for the records system."""
    from desktop.documents import CopyFor
    from desktop.services import documents as document_service

    with _open(args.data_dir) as session:
        try:
            report = document_service.export_all(
                session.store, out_dir=args.out, copy_for=CopyFor(args.copy)
            )
        except document_service.DocumentError as exc:
            print(f"Fejl: {exc}", file=sys.stderr)
            return EXIT_ERROR
    for version, reason in report.skipped:
        print(
            f"Ikke eksporteret: forløb {version.case_id}, {version.document_type} "
            f"{version.document_id} version {version.version}: {reason}",
            file=sys.stderr,
        )
    print(f"{len(report.written)} forseglede PDF-filer skrevet til {args.out}.")
    return EXIT_ERROR if report.skipped else EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    """Who sealed a PDF, when, and whether it is unaltered; exit 0 only for a valid seal."""
    from desktop.domain.formatting import datetime as format_datetime
    from desktop.services import documents as document_service

    try:
        data = Path(args.file).read_bytes()
        trusted = document_service.read_trust_files(args.trust)
    except OSError as exc:
        print(f"Fejl: filen kan ikke læses: {args.file} ({exc.strerror})", file=sys.stderr)
        return EXIT_ERROR
    except document_service.DocumentError as exc:
        print(f"Fejl: {exc}", file=sys.stderr)
        return EXIT_ERROR
    if args.vault_dir is not None:
        with _open(args.vault_dir) as session:
            result = document_service.verify(data, store=session.store, trusted=trusted)
    else:
        result = document_service.verify(data, trusted=trusted)
    print(f"Fil:              {args.file}")
    print(f"Forseglet af:     {result.sealed_by or '-'}")
    print(f"Forseglet:        {format_datetime(result.signed_at) or '-'}")
    print(f"Uændret:          {'ja' if result.intact else 'NEJ'}")
    print(f"Betroet segl:     {'ja' if result.trusted else 'nej'}")
    print(result.message_da)
    if result.intact and not result.trusted and not trusted and args.vault_dir is None:
        print(
            "Angiv organisationens seglcertifikat med --trust FIL.pem, eller vaulten med "
            "--data-dir, for at kontrollere, hvem der har forseglet."
        )
    return EXIT_OK if result.valid else EXIT_ERROR


def cmd_calendar_export(args: argparse.Namespace) -> int:
    """My upcoming meetings and follow-ups as one .ics file (owner-only), for Outlook."""
    from desktop.services import calendar
    from desktop.services.access import viewer_of

    with _open(args.data_dir) as session:
        count = calendar.export_feed(session.store, viewer=viewer_of(session.store), out=args.out)
    print(f"{count} møder og opfølgninger skrevet til {args.out}.")
    return EXIT_OK


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, fx 2026-01-31"
        ) from None


def cmd_report(args: argparse.Namespace) -> int:
    """The external evaluator's pseudonymised CSV: one row per case in the period (audited)."""
    from desktop.services import reports
    from desktop.services.access import viewer_of

    if args.to_date < args.from_date:
        print("Fejl: periodens slutdato (--to) ligger før startdatoen (--from).", file=sys.stderr)
        return EXIT_USAGE
    with _open(args.data_dir) as session:
        try:
            result = reports.export_csv(
                session.store, viewer=viewer_of(session.store), out=args.out,
                period_from=args.from_date, period_to=args.to_date,
                group=reports.CLI_GROUPS[args.group],
            )
        except reports.ReportError as exc:
            print(f"Fejl: {exc}", file=sys.stderr)
            return EXIT_ERROR
    if result.rows == 0:
        print(
            f"Der er ingen forløb i perioden {args.from_date:%d.%m.%Y}–{args.to_date:%d.%m.%Y}"
            f"; {args.out} har kun kolonneoverskrifterne."
        )
    else:
        print(f"{result.rows} forløb skrevet pseudonymiseret til {args.out}.")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from desktop.app import run_gui

    return run_gui(args.data_dir, start_check=args.start_check)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trepart", description="Trepart: forløb, møder og aftaler."
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="mappe med vaulten (standard: programmets datamappe)",
    )
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--version", action="version", version=f"trepart {__version__}")
    parser.add_argument(
        "--start-check", action="store_true",
        help="start til oplåsningsvinduet, skriv hvor lang tid det tog, og afslut",
    )
    sub = parser.add_subparsers(dest="command")

    def data_dir_arg(p: argparse.ArgumentParser, required: bool = True) -> None:
        p.add_argument("--data-dir", type=Path, required=required, default=argparse.SUPPRESS)

    demo = sub.add_parser("demo", help="opret en demo-vault med syntetiske forløb")
    data_dir_arg(demo)
    demo.add_argument("--cases", type=int, default=50)
    demo.add_argument("--meetings-per-case", type=int, default=10, help=argparse.SUPPRESS)
    demo.set_defaults(func=cmd_demo)

    vault = sub.add_parser("vault", help="vedligehold af vaulten")
    vsub = vault.add_subparsers(dest="vault_command", required=True)
    for name, func, text in (
        ("check", cmd_vault_check, "kør SQLCiphers integritetstjek"),
        ("key", cmd_vault_key, "udskriv den rå databasenøgle (hex) til IT-forensik; logges"),
        ("passwd", cmd_vault_passwd, "skift adgangskode"),
    ):
        p = vsub.add_parser(name, help=text)
        data_dir_arg(p)
        p.set_defaults(func=func)
    rec = vsub.add_parser("recover", help="gendan med organisationens private gendannelsesnøgle")
    data_dir_arg(rec)
    rec.add_argument("--recovery-key", required=True, help="PEM-fil med den private nøgle")
    rec.set_defaults(func=cmd_vault_recover)
    keygen = vsub.add_parser("recovery-keygen", help="lav organisationens gendannelsesnøglepar")
    keygen.add_argument("--out", type=Path, required=True)
    keygen.set_defaults(func=cmd_recovery_keygen)

    login_p = sub.add_parser("login", help="log denne enhed ind på en Trepart-server")
    data_dir_arg(login_p)
    login_p.add_argument("--server", required=True, help="fx https://trepart.kommune.dk")
    login_p.add_argument("--username", required=True)
    login_p.add_argument(
        "--ca-bundle", type=Path, default=None, help="PEM-fil med kommunens egen certifikatudsteder"
    )
    login_p.set_defaults(func=cmd_login)
    sync_p = sub.add_parser("sync", help="synkroniser én gang og fortæl, hvad der skete")
    data_dir_arg(sync_p)
    sync_p.set_defaults(func=cmd_sync)

    export_p = sub.add_parser(
        "export", help="skriv alle underskrevne versioners forseglede PDF'er til en mappe"
    )
    data_dir_arg(export_p)
    export_p.add_argument("--out", type=Path, required=True, help="mappe til PDF-filerne")
    export_p.add_argument(
        "--copy",
        choices=("jobcenter", "virksomhed", "borger", "mentor"),
        default="jobcenter",
        help="hvis eksemplar (standard: jobcentrets, til kommunens journal)",
    )
    export_p.set_defaults(func=cmd_export)
    calendar_p = sub.add_parser("calendar", help="kalenderfiler (.ics) til fx Outlook")
    csub = calendar_p.add_subparsers(dest="calendar_command", required=True)
    cal_export = csub.add_parser(
        "export", help="skriv alle dine kommende møder og opfølgninger i én .ics-fil"
    )
    data_dir_arg(cal_export)
    cal_export.add_argument("--out", type=Path, required=True, help="kalenderfilen (.ics)")
    cal_export.set_defaults(func=cmd_calendar_export)
    report_p = sub.add_parser(
        "report",
        help="pseudonymiseret CSV til den eksterne evaluator: ét forløb pr. linje (logges)",
    )
    data_dir_arg(report_p)
    report_p.add_argument("--from", dest="from_date", type=_iso_date, required=True,
                          help="periodens første dag, ÅÅÅÅ-MM-DD")
    report_p.add_argument("--to", dest="to_date", type=_iso_date, required=True,
                          help="periodens sidste dag, ÅÅÅÅ-MM-DD")
    report_p.add_argument("--out", type=Path, required=True, help="CSV-filen")
    report_p.add_argument("--group", choices=("project", "reference", "all"), default="all",
                          help="projektgruppen, referencegruppen eller begge (standard)")
    report_p.set_defaults(func=cmd_report)
    verify_p = sub.add_parser(
        "verify", help="kontroller en PDF's segl: hvem, hvornår, og om den er uændret"
    )
    verify_p.add_argument("file", type=Path, help="PDF-filen")
    verify_p.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        help="betroet seglcertifikat (PEM eller DER); kan gentages",
    )
    verify_p.add_argument(
        "--data-dir",
        dest="vault_dir",
        type=Path,
        default=None,
        help="stol på organisationens certifikat fra denne vault (kræver adgangskode)",
    )
    verify_p.set_defaults(func=cmd_verify)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if getattr(args, "data_dir", None) is None:
        args.data_dir = default_data_dir()
    func = getattr(args, "func", cmd_gui)
    if func is not cmd_gui:
        from desktop.services import organisation

        problem = organisation.current().problem
        if problem:
            print(f"Advarsel: {problem}", file=sys.stderr)
    try:
        return func(args)
    except SyncError as exc:
        print(f"Fejl: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except UnlockThrottled as exc:
        print(f"Fejl: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except (VaultError, StoreError) as exc:
        print(f"Fejl: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except PermissionError as exc:
        print(f"Fejl: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
