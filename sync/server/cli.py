"""`trepart-server`: run the sync server and administer users, devices, cases and the audit log.

Every command takes the same database options: --database-url (or TREPART_SERVER_DATABASE_URL)
or --data-dir (a SQLite file trepart-server.db there; the current directory by default).
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from sync.protocol.vocabulary import Role
from sync.server import admin, migrate
from sync.server.atrest import FieldKeyError
from sync.server.db import make_engine
from sync.server.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if getattr(args, "database_url", None):
        overrides["database_url"] = args.database_url
    if getattr(args, "data_dir", None):
        overrides["data_dir"] = Path(args.data_dir)
    return Settings(**overrides)


def _engine(args: argparse.Namespace, settings: Settings | None = None) -> Engine:
    settings = settings or _settings(args)
    engine = make_engine(settings)
    args.engines.append(engine)  # disposed by main(), so in-process callers leak no connections
    if not migrate.is_current(engine):
        if settings.is_default_sqlite:
            migrate.upgrade(engine)
        else:
            raise admin.AdminError(
                "Databasen er ikke opdateret. Kør først: trepart-server migrate"
            )
    return engine


def _when(ms: int | None) -> str:
    if ms is None:
        return "-"
    return dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M:%S")


def _table(rows: Sequence[Sequence[object]], headers: Sequence[str]) -> str:
    cells = [[str(h) for h in headers]] + [["-" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _out(text: str) -> None:
    print(text)


def _json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# ---------------------------------------------------------------- commands


def cmd_serve(args: argparse.Namespace) -> int:
    from sync.server.logs import configure_logging
    from sync.server.serve import run_server

    settings = _settings(args)
    configure_logging(settings.log_level)
    engine = make_engine(settings)
    if not migrate.is_current(engine):
        if settings.should_auto_migrate():
            migrate.upgrade(engine)
        else:
            _err("Databasen er ikke opdateret. Kør først: trepart-server migrate")
            return 2
    engine.dispose()
    # Workers are separate processes that build the app from the environment: hand them the
    # resolved settings that way, and migrate here once instead of in every worker.
    os.environ["TREPART_SERVER_DATABASE_URL"] = settings.resolved_database_url()
    os.environ["TREPART_SERVER_AUTO_MIGRATE"] = "false"
    if settings.is_default_sqlite:
        _out(f"Trepart-server bruger SQLite-filen {settings.resolved_database_url()[10:]}")
    _out(f"Lytter på http://{args.host}:{args.port} (stop med Ctrl+C)")
    run_server(
        host=args.host, port=args.port, workers=args.workers,
        forwarded_allow_ips=args.forwarded_allow_ips,
    )
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    settings = _settings(args)
    engine = make_engine(settings)
    args.engines.append(engine)
    before = migrate.current_revision(engine)
    migrate.upgrade(engine)
    after = migrate.current_revision(engine)
    _out(f"Databasen er opdateret ({before or 'tom'} -> {after}).")
    from sync.server import keys, tombstones

    emptied = tombstones.strip_old(engine)
    if emptied:
        _out(f"{emptied} gamle gravsten er tømt for indhold.")
    sealed = keys.seal_clear(engine)
    if sealed.rewritten:
        _out(f"{sealed.rewritten} poster med CPR- eller helbredsfelter i klartekst er krypteret.")
    return 0


def cmd_user_add(args: argparse.Namespace) -> int:
    settings = _settings(args)
    password = os.environ.get("TREPART_USER_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            _err("Angiv adgangskoden i TREPART_USER_PASSWORD eller kør kommandoen interaktivt.")
            return 2
        password = getpass.getpass(f"Adgangskode til {args.username}: ")
        if getpass.getpass("Gentag adgangskoden: ") != password:
            _err("Adgangskoderne er ikke ens.")
            return 2
    admin.add_user(
        engine=_engine(args, settings), settings=settings, username=args.username,
        password=password, role=Role(args.role), team=args.team,
    )
    _out(f"Brugeren {args.username} er oprettet ({Role(args.role).label}).")
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    admin.set_user_disabled(engine=_engine(args), username=args.username, disabled=True)
    _out(
        f"Brugeren {args.username} er deaktiveret; "
        "brugerens enheder kan ikke længere synkronisere."
    )
    return 0


def cmd_user_enable(args: argparse.Namespace) -> int:
    admin.set_user_disabled(engine=_engine(args), username=args.username, disabled=False)
    _out(f"Brugeren {args.username} er aktiveret igen.")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    users = admin.list_users(engine=_engine(args))
    if args.json:
        _json([
            {"username": u.username, "role": u.role, "team": u.team, "disabled": u.disabled,
             "created_at_ms": u.created_at_ms}
            for u in users
        ])
        return 0
    _out(_table(
        [(u.username, Role(u.role).label, u.team, "deaktiveret" if u.disabled else "aktiv",
          _when(u.created_at_ms)) for u in users],
        ["Bruger", "Rolle", "Team", "Status", "Oprettet"],
    ))
    return 0


def cmd_case_assign(args: argparse.Namespace) -> int:
    admin.assign_case(
        engine=_engine(args), case_id=args.case_id, team=args.team,
        consultant=args.consultant, mentors=args.mentor,
    )
    _out(f"Forløbet {args.case_id} er opdateret.")
    return 0


def cmd_device_list(args: argparse.Namespace) -> int:
    devices = admin.list_devices(engine=_engine(args), username=args.user)
    if args.json:
        _json([
            {"device_id": d.id, "username": username, "name": d.name,
             "created_at_ms": d.created_at_ms, "last_seen_ms": d.last_seen_ms,
             "revoked_at_ms": d.revoked_at_ms, "wipe": d.wipe}
            for d, username in devices
        ])
        return 0
    def status(revoked: int | None, wipe: bool) -> str:
        if revoked is None:
            return "aktiv"
        return "spærret, slettes" if wipe else "spærret"
    _out(_table(
        [(d.id, username, d.name, _when(d.created_at_ms), _when(d.last_seen_ms),
          status(d.revoked_at_ms, d.wipe)) for d, username in devices],
        ["Enhed", "Bruger", "Navn", "Registreret", "Sidst set", "Status"],
    ))
    return 0


def cmd_device_revoke(args: argparse.Namespace) -> int:
    admin.revoke_device(engine=_engine(args), device_id=args.device_id, wipe=args.wipe)
    extra = " Enheden sletter sine data ved næste kontakt." if args.wipe else ""
    _out(f"Enheden {args.device_id} er spærret.{extra}")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    if args.pdf is not None:
        if args.citizen is None:
            _err("--pdf kræver --citizen: adgangsloggen laves for én borger.")
            return 2
        pdf = admin.access_log_pdf(engine=_engine(args), citizen_id=args.citizen)
        # Personal data: readable by the administrator only.
        fd = os.open(args.pdf, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(pdf)
        os.chmod(args.pdf, 0o600)
        _out(f"Adgangsloggen for borgeren {args.citizen} er gemt i {args.pdf}.")
        return 0
    report = admin.audit(
        engine=_engine(args), username=args.user, citizen_id=args.citizen,
        limit=args.limit,
    )
    if args.json:
        _json({
            "server": [
                {"at_ms": a.at_ms, "username": a.username, "device_id": a.device_id,
                 "action": a.action, "records": a.records, "record_count": a.record_count,
                 "refused_count": a.refused_count, "detail": a.detail}
                for a in report.server
            ],
            "device": [
                {**r.values, "entry_id": r.record_id}
                for r in report.device
            ],
        })
        return 0
    _out("Serverens log (synkronisering, login, administration):")
    _out(_table(
        [(_when(a.at_ms), a.username, a.device_id, a.action, a.record_count, a.refused_count,
          a.detail) for a in report.server],
        ["Tidspunkt", "Bruger", "Enhed", "Handling", "Poster", "Afvist", "Detaljer"],
    ))
    _out("")
    _out("Enhedernes log (visning, udskrift, eksport m.m.):")
    _out(_table(
        [(r.values.get("at"), r.values.get("username"), r.values.get("action"),
          r.values.get("record_type"), r.values.get("record_id"), r.values.get("detail"))
         for r in report.device],
        ["Tidspunkt", "Bruger", "Handling", "Posttype", "Post", "Detaljer"],
    ))
    return 0


def _date_arg(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} er ikke en dato; skriv den som ÅÅÅÅ-MM-DD, fx 2026-01-31"
        ) from None


def cmd_report(args: argparse.Namespace) -> int:
    """The effect report over the whole database; with --out also the evaluator's CSV."""
    from sync.evaluation.summary import summary_lines
    from sync.server import report

    if args.to_date < args.from_date:
        _err("Periodens slutdato (--to) ligger før startdatoen (--from).")
        return 2
    settings = _settings(args)
    engine = _engine(args, settings)
    group = {"all": None, "project": "projekt", "reference": "reference"}[args.group]
    try:
        if args.out is not None:
            report.report_key(settings)  # refuse before reading anything
        loaded = report.load(engine)
        result = report.effect_report(
            engine=engine, period_from=args.from_date, period_to=args.to_date,
            project_id=args.project, loaded=loaded,
        )
        report.audit_view(engine=engine, report=result)
        for line in summary_lines(result):
            _out(line)
        if args.out is not None:
            count = report.export_csv(
                engine=engine, settings=settings, out=args.out, period_from=args.from_date,
                period_to=args.to_date, group=group, project_id=args.project, loaded=loaded,
            )
            _out(f"{count} forløb skrevet pseudonymiseret til {args.out}.")
    except report.ReportError as exc:
        _err(str(exc))
        return 1
    return 0


def _purge_report(plan: Any, *, dry_run: bool, as_json: bool) -> None:
    if as_json:
        _json({
            "kind": plan.kind, "dry_run": dry_run, "written": plan.written,
            "cases": plan.cases, "citizens": plan.citizens,
            "purged": [{"rule": r, "record_type": t, "count": n} for r, t, n in plan.counts()],
            "kept": dict(sorted(plan.kept.items())),
        })
        return
    verb = "Ville blive slettet" if dry_run else "Slettet"
    _out(f"{verb}:")
    _out(_table([(t, n, r) for r, t, n in plan.counts()], ["Posttype", "Antal", "Regel"]))
    if plan.kept:
        _out("")
        _out("Beholdes (loven kræver det; ingen feltværdier, kun hvem, hvad og hvornår):")
        _out(_table(sorted(plan.kept.items()), ["Posttype", "Antal"]))
    if not dry_run:
        _out("")
        _out(f"{plan.written} poster er gjort til gravsten; enhederne sletter dem ved næste synk.")


def cmd_retention_run(args: argparse.Namespace) -> int:
    from sync.protocol.retention import Periods
    from sync.server import purging

    settings = _settings(args)
    periods = Periods(
        closed_case_years=settings.retention_closed_case_years,
        screening_months=settings.retention_screening_months,
        health_notes_months=settings.retention_health_notes_months,
    )
    today = dt.date.fromisoformat(args.today) if args.today else dt.date.today()
    plan = purging.run(
        _engine(args, settings),
        planner=lambda conn: purging.plan_retention(conn, periods=periods, today=today),
        dry_run=args.dry_run,
    )
    _purge_report(plan, dry_run=args.dry_run, as_json=args.json)
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    from sync.server import purging

    engine = _engine(args)
    if not purging.citizen_exists(engine, citizen_id=args.citizen):
        raise admin.AdminError(f"Borgeren {args.citizen} findes ikke på serveren.")
    plan = purging.run(
        engine,
        planner=lambda conn: purging.plan_erasure(conn, citizen_id=args.citizen),
        dry_run=args.dry_run,
    )
    _purge_report(plan, dry_run=args.dry_run, as_json=args.json)
    return 0


def cmd_keys_status(args: argparse.Namespace) -> int:
    from sync.server import atrest, keys

    engine = _engine(args)
    cipher = atrest.cipher_for(engine)
    counts = keys.usage(engine)
    ids = cipher.key_ids() if cipher.path.exists() else []
    rows = [(k, "nuværende" if k == cipher.current else "gammel", counts.get(k, 0)) for k in ids]
    if counts.get(keys.CLEAR):
        rows.append((keys.CLEAR, "kør: trepart-server keys rotate", counts[keys.CLEAR]))
    _out(f"Nøglefil: {cipher.path}")
    _out(_table(rows, ["Nøgle", "Status", "Krypterede værdier"]))
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    from sync.server import keys

    done = keys.rotate(_engine(args))
    _out(
        f"Ny nøgle {done.key_id}; {done.rewritten} værdier er krypteret om"
        + (f", {done.skipped} blev ændret undervejs" if done.skipped else "")
        + ". Genstart serverens processer, og fjern så de gamle nøgler med: "
        "trepart-server keys retire"
    )
    return 0


def cmd_keys_retire(args: argparse.Namespace) -> int:
    from sync.server import keys

    gone = keys.retire(_engine(args))
    _out(f"Fjernet: {', '.join(gone)}" if gone else "Ingen nøgler at fjerne.")
    return 0


def cmd_audit_chains(args: argparse.Namespace) -> int:
    """Each device's audit hash chain as the server has checked it; exit 1 on any break."""
    from sync.server import audit_chain
    from sync.server.db import read_transaction

    with read_transaction(_engine(args)) as conn:
        states = audit_chain.chain_states(conn)
    if args.json:
        _json([
            {"device_id": s.device_id, "entries": s.entries, "breaks": s.breaks,
             "last_break_at_ms": s.last_break_at_ms}
            for s in states
        ])
    else:
        _out(_table(
            [(s.device_id, s.entries, s.breaks, _when(s.last_break_at_ms)) for s in states],
            ["Enhed", "Poster", "Brud", "Sidste brud"],
        ))
        broken = sum(1 for s in states if s.breaks)
        _out(
            f"{broken} enhed(er) med brudt kæde: se `trepart-server audit` (handling "
            f"{audit_chain.BREAK_ACTION})." if broken else "Alle kæder er hele."
        )
    return 1 if any(s.breaks for s in states) else 0


def _err(text: str) -> None:
    print(text, file=sys.stderr)


# ---------------------------------------------------------------- parser


def build_parser() -> argparse.ArgumentParser:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument(
        "--database-url", help="SQLAlchemy-URL, fx postgresql+psycopg://... "
        "(ellers TREPART_SERVER_DATABASE_URL)",
    )
    db.add_argument("--data-dir", help="mappe til SQLite-filen trepart-server.db")
    as_json = argparse.ArgumentParser(add_help=False)
    as_json.add_argument("--json", action="store_true", help="output som JSON til scripts")

    parser = argparse.ArgumentParser(
        prog="trepart-server", description="Trepart-synkroniseringsserver og administration."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", parents=[db], help="start serveren")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8765)
    serve.add_argument("--workers", type=int, default=1, help="antal arbejdsprocesser")
    serve.add_argument(
        "--forwarded-allow-ips", default="127.0.0.1",
        help="proxyer hvis X-Forwarded-For stoles på (til login-begrænsning pr. adresse)",
    )
    serve.set_defaults(func=cmd_serve)

    sub.add_parser("migrate", parents=[db], help="opdatér databasens skema").set_defaults(
        func=cmd_migrate
    )

    user = sub.add_parser("user", help="brugere").add_subparsers(dest="user_cmd", required=True)
    add = user.add_parser("add", parents=[db], help="opret en bruger")
    add.add_argument("username")
    add.add_argument("--role", required=True, choices=Role.codes())
    add.add_argument("--team")
    add.set_defaults(func=cmd_user_add)
    disable = user.add_parser("disable", parents=[db], help="deaktivér en bruger")
    disable.add_argument("username")
    disable.set_defaults(func=cmd_user_disable)
    enable = user.add_parser("enable", parents=[db], help="aktivér en bruger igen")
    enable.add_argument("username")
    enable.set_defaults(func=cmd_user_enable)
    user.add_parser("list", parents=[db, as_json], help="vis brugere").set_defaults(
        func=cmd_user_list
    )

    case = sub.add_parser("case", help="forløb").add_subparsers(dest="case_cmd", required=True)
    assign = case.add_parser(
        "assign", parents=[db], help="sæt et forløbs team, konsulent og mentorer"
    )
    assign.add_argument("case_id")
    assign.add_argument("--team")
    assign.add_argument("--consultant")
    assign.add_argument(
        "--mentor", nargs="*", help="forløbets mentorer (erstatter listen; tom: ingen)"
    )
    assign.set_defaults(func=cmd_case_assign)

    device = sub.add_parser("device", help="enheder").add_subparsers(
        dest="device_cmd", required=True
    )
    dlist = device.add_parser("list", parents=[db, as_json], help="vis enheder")
    dlist.add_argument("--user")
    dlist.set_defaults(func=cmd_device_list)
    revoke = device.add_parser("revoke", parents=[db], help="spær en enhed")
    revoke.add_argument("device_id")
    revoke.add_argument("--wipe", action="store_true", help="enheden sletter sine data")
    revoke.set_defaults(func=cmd_device_revoke)

    audit = sub.add_parser("audit", parents=[db, as_json], help="vis loggen")
    audit.add_argument("--user")
    audit.add_argument("--citizen", help="borgerens id")
    audit.add_argument("--limit", type=int, default=200)
    audit.add_argument("--pdf", help="gem borgerens adgangslog som PDF (kræver --citizen)")
    audit.set_defaults(func=cmd_audit)
    rep = sub.add_parser(
        "report", parents=[db],
        help="effektrapporten over hele databasen; med --out også evaluatorens CSV (logges)",
    )
    rep.add_argument("--from", dest="from_date", type=_date_arg, required=True,
                     help="periodens første dag, ÅÅÅÅ-MM-DD")
    rep.add_argument("--to", dest="to_date", type=_date_arg, required=True,
                     help="periodens sidste dag, ÅÅÅÅ-MM-DD")
    rep.add_argument("--out", type=Path, default=None,
                     help="pseudonymiseret CSV (nøglen: TREPART_SERVER_REPORT_KEY)")
    rep.add_argument("--group", choices=("project", "reference", "all"), default="all")
    rep.add_argument("--project", default=None, help="kun ét projekts forløb (projektets id)")
    rep.set_defaults(func=cmd_report)

    ret = sub.add_parser("retention", help="opbevaringsperioder").add_subparsers(
        dest="retention_cmd", required=True
    )
    rrun = ret.add_parser(
        "run", parents=[db, as_json], help="slet det, hvis opbevaringsperiode er udløbet"
    )
    rrun.add_argument("--dry-run", action="store_true", help="vis kun, hvad der ville gå")
    rrun.add_argument("--today", help="dato at regne fra (ÅÅÅÅ-MM-DD; ellers i dag)")
    rrun.set_defaults(func=cmd_retention_run)

    erase = sub.add_parser(
        "erase", parents=[db, as_json], help="slet én borger overalt (efter anmodning)"
    )
    erase.add_argument("--citizen", required=True, help="borgerens id")
    erase.add_argument("--dry-run", action="store_true", help="vis kun, hvad der ville gå")
    erase.set_defaults(func=cmd_erase)

    keys = sub.add_parser("keys", help="nøgler til CPR og helbredsfelter").add_subparsers(
        dest="keys_cmd", required=True
    )
    keys.add_parser("status", parents=[db], help="vis nøglerne og hvad de beskytter").set_defaults(
        func=cmd_keys_status
    )
    keys.add_parser("rotate", parents=[db], help="ny nøgle; kryptér alt om").set_defaults(
        func=cmd_keys_rotate
    )
    keys.add_parser("retire", parents=[db], help="fjern nøgler, ingen værdi bruger").set_defaults(
        func=cmd_keys_retire
    )
    chains = sub.add_parser(
        "audit-chains", parents=[db, as_json], help="vis enhedernes log-hash-kæder og brud"
    )
    chains.set_defaults(func=cmd_audit_chains)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.engines = []
    try:
        return int(args.func(args))
    except admin.AdminError as exc:
        _err(str(exc))
        return 1
    except FieldKeyError as exc:
        _err(str(exc))
        return 1
    finally:
        for engine in args.engines:
            engine.dispose()


if __name__ == "__main__":
    sys.exit(main())
