"""Eval-harness benchmark: cases per second and peak RSS growth on a generated 1,000-case suite.

Run from the repository root:

    .venv/bin/python evals/bench/eval_bench.py                  # 1,000 cases, concurrency 1
    .venv/bin/python evals/bench/eval_bench.py --cases 2000 --concurrency 4

The suite is generated in a temporary folder from five realistic retail templates (late parcel, damaged item,
refund status, locked account, double charge), varied in names, ids, products, amounts, channels, profile tier,
the customer's mood and transcript length (3 to 34 messages), with its own taxonomy and help center, so the
figures do not depend on the golden suites' content. A 50-case warm-up run first loads and trains everything
(classifier, KB index, lexicons); then the timed run goes through ``run_suite`` exactly as
``copilot eval run --engine offline`` does: fresh KB index, the API's pipeline, every scorer, all three reports.

Printed: cases/s end to end, the engine's share (sum of ``meta.latency_ms``), the harness's own cost per case,
and the peak RSS growth during the timed run (``ru_maxrss``). Target (issue 3): >= 100 cases/s on 2 cores.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rich.console import Console
from rich.table import Table

from copilot.config import Settings
from copilot.evaluation import RunOptions, run_suite

NAMES = ["Dana Lee", "Sam Ortiz", "Priya Raman", "Tom Becker", "Aiko Tanaka", "Lena Novak", "Omar Haddad"]
PRODUCTS = ["Kestrel cordless vacuum", "Vela 10 tablet", "Pulse 2 smartwatch", "Ridgeline hiking boots", "Orbit kettle"]
CHANNELS = ["web_chat", "email", "sms", "whatsapp", "messenger", "voice"]
ANGRY = [
    "This is ridiculous!! I want a human NOW.",
    "third time asking. get me a real person",
    "Unacceptable. Agent please.",
]
CALM = ["Could I talk to someone from your team, please?", "I'd like to speak with a person if possible."]
FILLER = [
    ("ai", "I'm checking that for you now."),
    ("customer", "ok"),
    ("ai", "Is there anything else I can help with?"),
    ("customer", "no, just this"),
]

TAXONOMY = """intents:
  - name: missing_delivery
    description: The order is late, lost, or tracking shows no progress
    examples: ["my package never came", "tracking hasn't moved in a week", "my order is two weeks late"]
  - name: damaged_item
    description: The item arrived broken or damaged
    examples: ["it arrived shattered", "the box was crushed and the item is broken", "screen cracked out of the box"]
  - name: refund_status
    description: The customer asks where the refund for a return or cancellation is
    examples: ["where is my refund", "I returned it two weeks ago and got no money back", "refund not received"]
  - name: account_access
    description: The customer cannot log in, is locked out, or the reset email does not arrive
    examples: ["I can't log in", "my account is locked", "password reset email never comes"]
  - name: billing_dispute
    description: A charge is wrong, duplicated or unrecognised
    examples: ["I was charged twice", "there is a charge I don't recognise", "you billed me the wrong amount"]
"""
ARTICLES = {
    "kb-late": (
        "Late or lost parcels",
        "Open a carrier trace after 5 days without tracking progress; replace after 10.",
    ),
    "kb-damaged": ("Damaged items", "Ask for a photo of the damage, then send a replacement or refund at once."),
    "kb-refunds": ("Refund timelines", "Refunds reach the original payment method 5-10 business days after receipt."),
    "kb-login": ("Cannot sign in", "Send a reset link; check spam; unlock accounts after identity verification."),
    "kb-double-charge": ("Duplicate charges", "Pending authorisations drop off in 3 days; refund true duplicates."),
    "kb-gift-cards": ("Gift cards", "Gift card balances never expire and can be checked on the account page."),
}


def _late(rng: random.Random, oid: str, product: str) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    days = rng.randint(4, 12)
    turns = [
        ("customer", f"Hi, my order {oid} ({product}) was due last week and tracking hasn't moved in {days} days."),
        ("ai", "I'm sorry about the delay! Here is your tracking link: https://track.example.com/" + oid),
        ("customer", "The link shows the same thing, nothing since it left the warehouse."),
    ]
    expected = {
        "intent": "missing_delivery",
        "kb_article_ids": ["kb-late"],
        "facts": [{"type": "order_id", "value": oid}],
        "attempted_solutions": ["shared the tracking link"],
        "summary_points": [f"order {oid} not delivered", f"tracking not moved for {days} days"],
        "must_mention": [oid],
        "must_not_ask": ["order_id"],
    }
    return turns, expected


def _damaged(rng: random.Random, oid: str, product: str) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    turns = [
        ("customer", f"My {product} from order {oid} arrived broken, the box was crushed."),
        ("ai", "I'm sorry to hear that. Could you send a photo of the damage?"),
        ("customer", "I sent the photo already. I just want a replacement."),
    ]
    expected = {
        "intent": "damaged_item",
        "kb_article_ids": ["kb-damaged"],
        "facts": [{"type": "order_id", "value": oid}],
        "attempted_solutions": ["asked for a photo of the damage"],
        "summary_points": [f"{product} arrived damaged", "customer wants a replacement"],
        "must_mention": [oid],
    }
    return turns, expected


def _refund(rng: random.Random, oid: str, product: str) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    amount = f"${rng.randint(20, 400)}.{rng.randint(0, 99):02d}"
    turns = [
        ("customer", f"I returned order {oid} two weeks ago and still have no refund of {amount}."),
        ("ai", "Refunds take 5 to 10 business days after we receive the return."),
        ("customer", "It's been 14 business days."),
    ]
    expected = {
        "intent": "refund_status",
        "kb_article_ids": ["kb-refunds"],
        "facts": [{"type": "order_id", "value": oid}, {"type": "amount", "value": amount}],
        "summary_points": [f"refund of {amount} for order {oid} not received"],
        "must_mention": [oid],
        "must_not_ask": ["order_id", "amount"],
    }
    return turns, expected


def _login(rng: random.Random, oid: str, product: str) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    email = f"user{rng.randint(100, 999)}@example.com"
    turns = [
        ("customer", f"I can't log in, my account {email} is locked and the reset email never comes."),
        ("ai", "Please check your spam folder for the reset email."),
        ("customer", "Checked it twice, nothing there."),
    ]
    expected = {
        "intent": "account_access",
        "kb_article_ids": ["kb-login"],
        "facts": [{"type": "email", "value": email}],
        "attempted_solutions": ["suggested checking the spam folder"],
        "summary_points": ["customer locked out of account", "reset email not arriving"],
        "must_not_ask": ["email"],
    }
    return turns, expected


def _double_charge(rng: random.Random, oid: str, product: str) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    amount = f"${rng.randint(20, 400)}.{rng.randint(0, 99):02d}"
    turns = [
        ("customer", f"I was charged twice for order {oid}: two charges of {amount} on my card."),
        ("ai", "A pending authorisation can show for up to 3 days before it drops off."),
        ("customer", "Both charges are posted, not pending."),
    ]
    expected = {
        "intent": "billing_dispute",
        "kb_article_ids": ["kb-double-charge"],
        "facts": [{"type": "order_id", "value": oid}],
        "attempted_solutions": ["explained pending authorisations drop off"],
        "summary_points": [f"charged twice for order {oid}"],
        "must_mention": [oid],
    }
    return turns, expected


TEMPLATES = [_late, _damaged, _refund, _login, _double_charge]


def make_case(index: int, rng: random.Random) -> dict[str, Any]:
    """One varied golden case built from a template."""
    oid = f"NW-{rng.randint(100000, 999999)}"
    product = rng.choice(PRODUCTS)
    turns, expected = TEMPLATES[index % len(TEMPLATES)](rng, oid, product)
    angry = rng.random() < 0.4
    turns = [*turns, *(FILLER * rng.choice([0, 0, 1, 4, 7])), ("customer", rng.choice(ANGRY if angry else CALM))]
    tier = rng.choice(["standard", "standard", "plus", "enterprise"])
    expected.update(
        escalation_reason="customer_requested_human",
        vip=tier == "enterprise",
        frustration="high" if angry else "low",
    )
    return {
        "id": f"bench-{index:05d}",
        "tags": [TEMPLATES[index % len(TEMPLATES)].__name__.strip("_"), "angry" if angry else "calm"],
        "request": {
            "conversation_id": f"bench-conv-{index}",
            "channel": rng.choice(CHANNELS),
            "messages": [{"id": f"m{i}", "role": r, "text": t} for i, (r, t) in enumerate(turns, start=1)],
            "customer": {"name": rng.choice(NAMES), "tier": tier},
            "escalation": {"trigger": "customer_request"},
        },
        "expected": expected,
    }


def write_suite(folder: Path, cases: int, seed: int = 7) -> Path:
    """Write suite.yaml, cases.jsonl, a taxonomy and a help center for ``cases`` generated cases."""
    (folder / "kb").mkdir(parents=True)
    (folder / "intents.yaml").write_text(TAXONOMY)
    for article_id, (title, body) in ARTICLES.items():
        (folder / "kb" / f"{article_id}.md").write_text(f"---\nid: {article_id}\ntitle: {title}\n---\n{body}\n")
    (folder / "suite.yaml").write_text("name: bench\ntaxonomy: intents.yaml\nkb: kb\nkb_top_k: 3\n")
    rng = random.Random(seed)
    with (folder / "cases.jsonl").open("w") as out:
        for index in range(cases):
            out.write(json.dumps(make_case(index, rng)) + "\n")
    return folder


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def _rss_now_mb() -> float:
    """Current resident set size (Linux /proc), or NaN elsewhere."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return float("nan")
    return pages * resource.getpagesize() / 2**20


async def bench(cases: int, concurrency: int) -> dict[str, float]:
    """Warm up on 50 cases, then time ``run_suite`` on ``cases`` generated cases."""
    with tempfile.TemporaryDirectory(prefix="eval-bench-") as tmp:
        root = Path(tmp)
        settings = Settings(data_dir=root / "data")
        warm = write_suite(root / "warm", 50)
        await run_suite(warm, RunOptions(), root / "warm-out", settings=settings)
        suite = write_suite(root / "suite", cases)
        rss_before, rss_now_before = _max_rss_mb(), _rss_now_mb()
        started = time.perf_counter()
        run = await run_suite(suite, RunOptions(concurrency=concurrency), root / "out", settings=settings)
        elapsed = time.perf_counter() - started
        engine_s = sum(o.latency_ms or 0.0 for o in run.outcomes) / 1000
        report_mb = sum(p.stat().st_size for p in run.reports.values()) / 1e6
        return {
            "cases": len(run.outcomes),
            "seconds": elapsed,
            "cases_per_s": len(run.outcomes) / elapsed,
            "engine_ms_per_case": 1000 * engine_s / len(run.outcomes),
            "harness_ms_per_case": 1000 * (elapsed - engine_s) / len(run.outcomes),
            "rss_before_mb": rss_before,
            "rss_growth_mb": _max_rss_mb() - rss_before,
            "rss_now_growth_mb": _rss_now_mb() - rss_now_before,
            "reports_mb": report_mb,
            "intent_accuracy": run.summary.metrics["intent_accuracy"] or 0.0,
        }


def main() -> None:
    """Parse options, run the benchmark, print a table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=1)
    args = parser.parse_args()
    result = asyncio.run(bench(args.cases, args.concurrency))
    table = Table(title=f"eval harness, offline engine, {args.cases} generated cases, concurrency {args.concurrency}")
    table.add_column("figure")
    table.add_column("value", justify="right")
    rows = [
        ("cases/s (end to end, reports included)", f"{result['cases_per_s']:.0f}"),
        ("wall time", f"{result['seconds']:.1f} s"),
        ("engine time per case (meta.latency_ms)", f"{result['engine_ms_per_case']:.2f} ms"),
        ("harness time per case (scoring, I/O, reports)", f"{result['harness_ms_per_case']:.2f} ms"),
        ("peak RSS before the timed run", f"{result['rss_before_mb']:.0f} MB"),
        ("peak RSS growth during the run", f"{result['rss_growth_mb']:.1f} MB"),
        ("resident memory after - before the run", f"{result['rss_now_growth_mb']:+.1f} MB"),
        ("reports written", f"{result['reports_mb']:.1f} MB"),
        ("intent_accuracy (sanity)", f"{result['intent_accuracy']:.3f}"),
    ]
    for row in rows:
        table.add_row(*row)
    Console().print(table)


if __name__ == "__main__":
    main()
