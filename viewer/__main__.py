"""Entry point: `clinic-viewer` or `python -m viewer`."""
from __future__ import annotations

import argparse
import gc
import sys

LISTEN_AT_LATEST_MS = 1000  # within single_instance.ASK_ATTEMPTS' patience


def parse_args(argv: list[str]) -> argparse.Namespace:
    from . import APP_NAME

    parser = argparse.ArgumentParser(
        prog="clinic-viewer", description=f"{APP_NAME}: offline reference viewer.",
        epilog="clinic-viewer import [--library DIR] PATH... imports NCI PDQ XML into the library "
               "(clinic-viewer import --help says more).")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument("--self-test", action="store_true",
                        help="load, render and search every summary headless, report, and exit (0 = passed)")
    parser.add_argument("--report", metavar="FILE",
                        help="with --self-test: write the report to FILE (a Windows build has no console to print to)")
    # For the start-up benchmark: leave as soon as the window has been shown and painted.
    parser.add_argument("--quit-when-shown", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_known_args(argv)[0]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv if argv is None else argv
    if argv[1:2] == ["import"]:  # the library's command: no window, no Qt widgets
        from .library.cli import main as import_main

        return import_main(argv[2:])
    args = parse_args(argv[1:])
    if args.version:
        from . import version

        print(f"clinic-viewer {version()}")
        return 0
    if not args.self_test:
        # Start-up's objects live as long as the window: the collector's passes over them while they
        # are made (some 60) find next to nothing. It is on again once the window is painted.
        gc.disable()
    from PySide6.QtCore import QTimer

    from . import APP_NAME, ORGANIZATION
    from .app import bring_forward_on_second_launch, create_window
    from .ui.appearance.appearance import fusion_application

    app = fusion_application(argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName("clinic-viewer")
    app.setApplicationDisplayName(APP_NAME)
    if args.self_test:
        from .selftest import run_self_test

        # Built as a windowed app, Windows gives the process no standard output: a file instead.
        report = args.report or (None if sys.stdout is not None else "clinic-viewer-self-test.txt")
        if report is None:
            return run_self_test()
        with open(report, "w", encoding="utf-8") as out:
            return run_self_test(out)
    from .ui.common.first_paint import after_first_paint
    from .ui.shell.single_instance import SingleInstance

    instance = SingleInstance()
    if not args.quit_when_shown and not instance.claim(listen=False):
        return 0  # the viewer already open for this user was brought forward
    window = create_window()
    bring_forward_on_second_launch(window, instance)
    # later launches are answered once this window shows, or in any case a moment after it was asked
    # to (a window opened on another desktop may not be painted for a while): listen() acts once
    after_first_paint(window, instance.listen)
    QTimer.singleShot(LISTEN_AT_LATEST_MS, instance.listen)
    after_first_paint(window, gc.enable)
    QTimer.singleShot(LISTEN_AT_LATEST_MS, gc.enable)  # a window not painted soon: on again all the same
    # SIGTERM, SIGHUP: the windows closed as by the user, then out of exec(); before the first paint
    # there is no place of the reader's to keep, and the default (the process ends) costs start-up nothing
    after_first_paint(window, lambda: close_on_session_end(app))
    QTimer.singleShot(LISTEN_AT_LATEST_MS, lambda: close_on_session_end(app))
    window.show()
    if args.quit_when_shown:
        QTimer.singleShot(0, lambda: report_shown_and_quit(app))
    status = app.exec()
    instance.release()  # the socket and the lock, at once (the process may take a moment to end)
    return status


def close_on_session_end(app) -> None:
    from .ui.shell.session_end import close_on_session_end as install  # (and `signal`) after the first paint

    install(app)


def report_shown_and_quit(app) -> None:
    """For benchmarks: once the first paint is done, print the wall-clock time and leave."""
    import time

    app.processEvents()  # any paint still pending
    print(f"shown-at {time.time():.6f}", flush=True)
    app.quit()


if __name__ == "__main__":
    sys.exit(main())
