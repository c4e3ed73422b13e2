"""The local Prefect server and UI: SQLite under PREFECT_HOME, loopback only, no analytics, no prompts.

`newsflow ui` runs it in the foreground and leaves a note in PREFECT_HOME saying where it listens,
so that `newsflow run` reports to it instead of starting a temporary API of its own (which costs
seconds of start-up); the browser check starts one on a free port.
"""

import atexit
import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4200
STARTUP_SECONDS = 120.0
SERVER_NOTE = "newsflow-server.json"  # in PREFECT_HOME while `newsflow ui` serves: {"api": URL, "pid": PID}
SERVER_LOG = "newsflow-ui.log"  # in PREFECT_HOME: what the server of `newsflow ui` printed
# Prefect settings for every Prefect process newsflow starts or runs in: no usage data sent (server side and
# client side; the client prints a notice in a terminal otherwise) and no interactive questions (`prefect
# server start` asks one in a terminal when the profile sets no PREFECT_API_URL).
QUIET_PREFECT = {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1", "PREFECT_CLI_PROMPT": "false"}
PR_SET_PDEATHSIG = 1
try:
    PRCTL = ctypes.CDLL(None, use_errno=True).prctl  # Linux: looked up here, as the child may only call it
except (OSError, AttributeError):
    PRCTL = None


class ServerFailed(RuntimeError):
    """The Prefect server did not start, or stopped on its own."""


def quiet_prefect_defaults() -> None:
    """QUIET_PREFECT for this process and the Prefect processes it starts, unless the user set them; call it
    before Prefect is imported (the notice is printed at import)."""
    for name, value in QUIET_PREFECT.items():
        os.environ.setdefault(name, value)


def free_port(host: str = DEFAULT_HOST) -> int:
    """A port nobody listens on right now, for a throwaway server."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def api_url(host: str, port: int) -> str:
    """What PREFECT_API_URL must be for flow runs to report to this server."""
    return f"http://{host}:{port}/api"


def server_environment(host: str, port: int, home: Path | None = None) -> dict[str, str]:
    """The server's environment: loopback address, QUIET_PREFECT, SQLite in PREFECT_HOME (default ~/.prefect)."""
    env = {key: value for key, value in os.environ.items() if key not in ("PREFECT_API_URL", "PREFECT_API_KEY")}
    env.update(
        QUIET_PREFECT,
        PREFECT_SERVER_API_HOST=host,
        PREFECT_SERVER_API_PORT=str(port),
        PREFECT_UI_API_URL=api_url(host, port),
    )
    env.pop("PREFECT_API_DATABASE_CONNECTION_URL", None)
    env.pop("PREFECT_SERVER_DATABASE_CONNECTION_URL", None)
    if home is not None:
        env["PREFECT_HOME"] = str(home)
    return env


def server_command(host: str, port: int) -> list[str]:
    """`prefect server start` from this interpreter's environment."""
    return [sys.executable, "-m", "prefect", "server", "start", "--host", host, "--port", str(port), "--analytics-off"]


def start_server(
    host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, home: Path | None = None, log: Path | None = None
) -> subprocess.Popen:
    """Start the server in the background, in a session of its own (a terminal's Ctrl-C reaches only us) and
    ended by Linux when this process ends, however it ends; its output goes to `log` (or is inherited)."""
    output = log.open("ab") if log else None
    return subprocess.Popen(
        server_command(host, port),
        env=server_environment(host, port, home),
        stdin=subprocess.DEVNULL,
        stdout=output,
        stderr=subprocess.STDOUT if output else None,
        start_new_session=True,
        preexec_fn=end_with_parent if PRCTL else None,
    )


def last_line(log: Path | None) -> str:
    """The last non-blank line of a server log: usually why it stopped."""
    try:
        lines = [line.strip() for line in log.read_text(errors="replace").splitlines() if line.strip()] if log else []
    except OSError:
        return ""
    return lines[-1] if lines else ""


def wait_until_ready(
    url: str, server: subprocess.Popen, timeout: float = STARTUP_SECONDS, log: Path | None = None
) -> None:
    """Poll the API's health endpoint until it answers; ServerFailed if the server died or took too long."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            said = last_line(log)
            raise ServerFailed(
                f"the Prefect server exited with code {server.returncode} before it was ready"
                + (f": {said}" if said else "")
            )
        if healthy(url):
            return
        time.sleep(0.2)
    raise ServerFailed(
        f"the Prefect server at {url} did not answer within {timeout:g} s" + (f"; its log is {log}" if log else "")
    )


def healthy(url: str, timeout: float = 2.0) -> bool:
    """Whether the Prefect API at `url` answers its health check now."""
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=timeout) as answer:
            return answer.status == 200
    except (urllib.error.URLError, OSError, ValueError):
        return False


def stop_server(server: subprocess.Popen, grace: float = 15.0) -> None:
    """Ask the server's process group (it was started in its own session) to stop, then insist."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(server.pid, sig)
        except ProcessLookupError:
            return
        try:
            server.wait(grace)
            return
        except subprocess.TimeoutExpired:
            continue


def end_with_parent() -> None:
    """Run in a child before it execs: Linux sends it SIGTERM when the process that started it dies (even by -9)."""
    PRCTL(PR_SET_PDEATHSIG, signal.SIGTERM)


def prefect_home() -> Path:
    """PREFECT_HOME as Prefect resolves it (environment, then its defaults: ~/.prefect)."""
    from prefect.settings import get_current_settings

    return Path(get_current_settings().home)


def running_server(home: Path) -> str | None:
    """The API URL of the server `newsflow ui` runs on this PREFECT_HOME, if it runs and answers now."""
    try:
        note = json.loads((home / SERVER_NOTE).read_text())
        os.kill(note["pid"], 0)
        url = note["api"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return url if healthy(url, timeout=1.0) else None


def leave_note(home: Path, url: str, pid: int) -> None:
    """Say where this PREFECT_HOME's server listens, for later runs (written whole or not at all)."""
    partial = home / f".{SERVER_NOTE}.{os.getpid()}"
    partial.write_text(json.dumps({"api": url, "pid": pid}))
    partial.replace(home / SERVER_NOTE)


def remove_note(home: Path, pid: int) -> None:
    """Remove the note of the server `pid`, unless another server's note has replaced it."""
    try:
        if json.loads((home / SERVER_NOTE).read_text()).get("pid") == pid:
            (home / SERVER_NOTE).unlink()
    except (OSError, ValueError, AttributeError):
        pass


def start_temporary_api() -> tuple[subprocess.Popen, str]:
    """Start a Prefect API for this command only (what Prefect starts itself when PREFECT_API_URL is unset) on
    a free loopback port, without waiting for it; returns its process and URL.

    Started here rather than by Prefect so that it runs in a session of its own: a terminal's Ctrl-C then
    reaches only newsflow, which reports the stop to this API before it stops it, at exit. It ends with
    newsflow however newsflow ends.
    """
    port = free_port()
    server = subprocess.Popen(
        [*server_command(DEFAULT_HOST, port), "--no-services"],
        env={**server_environment(DEFAULT_HOST, port), "PREFECT_SERVER_UI_ENABLED": "false"},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
        preexec_fn=end_with_parent if PRCTL else None,
    )
    atexit.register(stop_server, server)  # after Prefect's own exit handlers, which send the last logs to it
    return server, api_url(DEFAULT_HOST, port)


def flow_api() -> Callable[[], str]:
    """Where this command's flow run reports: PREFECT_API_URL (environment or profile), else the server of a
    running `newsflow ui` on this PREFECT_HOME, else a temporary API of its own. Returns a function giving the
    URL once that API answers.

    Starting a temporary API takes seconds, so it starts now, before Prefect is imported (which takes
    seconds too), guessing PREFECT_HOME from the environment; the function settles the question with
    Prefect's settings and stops the temporary API if the profile or a `newsflow ui` provides one after all.
    """
    guess = Path(os.environ.get("PREFECT_HOME") or "~/.prefect").expanduser()
    temporary = None if os.environ.get("PREFECT_API_URL") or running_server(guess) else start_temporary_api()

    def ready() -> str:
        from prefect.settings import get_current_settings

        url = get_current_settings().api.url or running_server(prefect_home())
        if temporary is None:
            return url or ready_temporary(start_temporary_api())
        if url:
            stop_server(temporary[0])
            return url
        return ready_temporary(temporary)

    return ready


def ready_temporary(temporary: tuple[subprocess.Popen, str]) -> str:
    server, url = temporary
    wait_until_ready(url, server)
    return url


def wait_interruptibly(server: subprocess.Popen) -> int:
    """Wait for the server to exit, in short waits: a signal the kernel hands to another thread (Prefect's) reaches
    Python's handler only between them, and one long wait would keep Ctrl-C waiting until the server exits."""
    while True:
        try:
            return server.wait(0.5)
        except subprocess.TimeoutExpired:
            continue


@contextmanager
def stop_signals_as_ctrl_c() -> Iterator[None]:
    """Within: SIGINT and SIGTERM raise KeyboardInterrupt, so `finally` blocks stop what was started. Set for
    SIGINT too: a process started in the background by a script begins with SIGINT ignored, and Python then
    installs no Ctrl-C handler of its own."""

    def interrupt(_signum, _frame):
        raise KeyboardInterrupt

    previous = {signum: signal.signal(signum, interrupt) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def run_ui(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, echo=print) -> int:
    """Run the server in the foreground until Ctrl-C or SIGTERM, then stop it and everything it started.

    Prints where to look; while it runs, runs on this machine with the same PREFECT_HOME report to it.
    ServerFailed when it cannot start (the port is taken) or stops on its own.
    """
    home = prefect_home()
    already = running_server(home)
    if already:
        echo(f"the Prefect UI already runs at {already.removesuffix('/api')} (started by another `newsflow ui`)")
        return 0
    home.mkdir(parents=True, exist_ok=True)
    log, url = home / SERVER_LOG, api_url(host, port)
    with stop_signals_as_ctrl_c():
        server = start_server(host, port, log=log)
        try:
            wait_until_ready(url, server, log=log)
            leave_note(home, url, server.pid)
            echo(f"Prefect UI: http://{host}:{port}   (server log: {log}; Ctrl-C stops it)")
            echo(
                "runs started on this machine report here while it runs; from other tools or machines:  "
                f"export PREFECT_API_URL={url}"
            )
            code = wait_interruptibly(server)
            raise ServerFailed(
                f"the Prefect server stopped with code {code}" + (f": {last_line(log)}" if last_line(log) else "")
            )
        except KeyboardInterrupt:
            echo("stopping the Prefect server")
            return 0
        finally:
            try:
                stop_server(server)
            except KeyboardInterrupt:  # a second Ctrl-C: no more waiting
                with suppress(ProcessLookupError):
                    os.killpg(server.pid, signal.SIGKILL)
            remove_note(home, server.pid)
