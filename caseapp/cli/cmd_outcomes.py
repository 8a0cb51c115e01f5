"""`caseapp outcomes`: the outcome figures of a project, as a readable table or as JSON."""

from __future__ import annotations

import argparse
import json
from typing import Any

from caseapp.cli import exits
from caseapp.cli.as_of import add_as_of_argument, as_of_from
from caseapp.cli.context import add_db_argument, add_user_argument, signed_in
from caseapp.outcomes import to_json_dict
from caseapp.services import audit, outcome_figures


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("outcomes", help="the outcome figures of a project (outcome rules v1)")
    add_db_argument(p)
    add_user_argument(p)
    p.add_argument("--project", required=True, metavar="KEY")
    add_as_of_argument(p, "the day the figures are for")
    p.add_argument("--json", action="store_true", help="one JSON object (outcome-rules.md)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    as_of = as_of_from(args)
    with signed_in(args) as (db, actor), db.unit_of_work() as session:
        result = outcome_figures.figures(session, actor, args.project, as_of)
        audit.record(session, actor, "viewed_figures", detail=f"{args.project} {as_of}")
    data = to_json_dict(result)
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        print(render_table(data))
    return exits.DONE


def _money(value: float | None, currency: str) -> str:
    return "-" if value is None else f"{value:,.2f} {currency}"


def render_table(d: dict[str, Any]) -> str:
    cur = d["currency"]
    p, s, h = d["participants"], d["success"], d["housing"]
    lines = [
        f"Project {d['project']}, as of {d['as_of']}",
        "",
        f"Participants   referred {p['referred']}, counted {p['counted']}, "
        f"active {p['active']}, exited {p['exited']}",
        f"Success        {s['succeeded']} of {p['counted']} ({s['rate']:.1%}) by '{s['metric']}' "
        f"(>= {s['min_weeks']} weeks); target {s['target_count']} ({s['target_rate']:.0%}), "
        f"baseline {s['baseline_count']} ({s['baseline_rate']:.0%})",
        f"In work/education now  {d['in_activity_now']}",
        f"Housing        housed now {h['housed_now']}, 12-month retention "
        f"{h['retained_12m']} of {h['eligible_12m']} eligible, "
        f"no shelter in the last 365 days {h['shelter_free_last_365d']}",
        "",
        f"{'metric':<16} {'kind':<19} {'weeks':>7} {'paid':>7} {'achieved':>8} {'amount':>18}",
    ]
    for m in d["metrics"]:
        lines.append(
            f"{m['id']:<16} {m['kind']:<19} {m.get('qualifying_weeks', ''):>7} "
            f"{m.get('paid_weeks', ''):>7} {m.get('achieved', ''):>8} "
            f"{_money(m['amount'], cur):>18}"
            + ("  (capped)" if m["amount"] != m["amount_uncapped"] else "")
        )
        for q in m["by_quarter"]:
            count = q.get("paid_weeks", q.get("achieved"))
            lines.append(f"    {q['quarter']:<12} {count:>6}  {_money(q['amount'], cur):>18}")
    ratio = d["repayment_ratio"]
    lines += [
        "",
        f"Total earned   {_money(d['total_amount'], cur)}",
        f"Repayment      {'-' if ratio is None else f'{ratio:.1%} of the investment'}",
        f"Gross saving   {_money(d['gross_saving'], cur)} (estimate)",
    ]
    return "\n".join(lines)
