"""`demo` and `ensure-demo`: create the made-up demo municipality."""

from __future__ import annotations

import argparse

from analytics.core.texts import t
from analytics.demo import create_demo, database_is_empty
from analytics.store import Store


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = subparsers.add_parser("demo", help="Lag demokommunen (demodata)")
    demo.add_argument("--force", action="store_true", help="Slett alt i databasen først")
    demo.set_defaults(handler=run_demo, system_only=True)
    ensure = subparsers.add_parser("ensure-demo", help="Lag demokommunen hvis databasen er tom")
    ensure.set_defaults(handler=run_ensure_demo, system_only=True)


def run_demo(store: Store, args: argparse.Namespace) -> int:
    summary = create_demo(store, force=args.force)
    print(t("demo.created", path=store.path, summary=summary))
    return 0


def run_ensure_demo(store: Store, args: argparse.Namespace) -> int:
    if database_is_empty(store):
        summary = create_demo(store, force=False)
        print(t("demo.created", path=store.path, summary=summary))
    return 0
