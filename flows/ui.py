"""The local Prefect server and UI: SQLite under PREFECT_HOME, loopback only, no analytics.

`newsflow ui` runs it in the foreground; the browser check starts one on a free port.
"""

import atexit
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 4200
STARTUP_SECONDS = 120.0
PR_SET_PDEATHSIG = 1
try:
    PRCTL = ctypes.CDLL(None, use_errno=True).prctl  # Linux: looked up here, as the child may only call it
except (OSError, AttributeError):
    PRCTL = None


def free_port(host: str = DEFAULT_HOST) -> int:
    """A port nobody listens on right now, for a throwaway server."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def api_url(host: str, port: int) -> str:
    """What PREFECT_API_URL must be for flow runs to report to this server."""
    return f"http://{host}:{port}/api"


def server_environment(host: str, port: int, home: Path | None = None) -> dict[str, str]:
    """The server's environment: loopback address, analytics off, SQLite in PREFECT_HOME (default ~/.prefect)."""
    env = {key: value for key, value in os.environ.items() if key not in ("PREFECT_API_URL", "PREFECT_API_KEY")}
    env.update(
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
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


def start_server(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, home: Path | None = None, log: Path | None = None) -> subprocess.Popen:
    """Start the server in the background; its output goes to `log` (or is inherited)."""
    output = log.open("ab") if log else None
    return subprocess.Popen(server_command(host, port), env=server_environment(host, port, home),
                            stdout=output, stderr=subprocess.STDOUT if output else None, start_new_session=True)


def wait_until_ready(url: str, server: subprocess.Popen, timeout: float = STARTUP_SECONDS) -> None:
    """Poll the API's health endpoint until it answers; a clear error if the server died or took too long."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the Prefect server exited with code {server.returncode} before it was ready")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise RuntimeError(f"the Prefect server at {url} did not answer within {timeout:g} s")


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


def start_temporary_api() -> str:
    """A Prefect API for this command only (what Prefect starts itself when PREFECT_API_URL is unset), on a free
    loopback port; returns its URL.

    Started here rather than by Prefect so that it runs in a session of its own: a terminal's Ctrl-C then
    reaches only newsflow, which reports the stop to this API before it stops it, at exit. It ends with
    newsflow however newsflow ends.
    """
    port = free_port()
    server = subprocess.Popen([*server_command(DEFAULT_HOST, port), "--no-services"],
                              env={**server_environment(DEFAULT_HOST, port), "PREFECT_SERVER_UI_ENABLED": "false"},
                              stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True, preexec_fn=end_with_parent if PRCTL else None)
    atexit.register(stop_server, server)  # after Prefect's own exit handlers, which send the last logs to it
    wait_until_ready(api_url(DEFAULT_HOST, port), server)
    return api_url(DEFAULT_HOST, port)


def run_ui(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, echo=print) -> int:
    """Run the server in the foreground until Ctrl-C; print where to look and how to send runs there."""
    server = start_server(host, port)
    try:
        wait_until_ready(api_url(host, port), server)
        echo(f"Prefect UI: http://{host}:{port}")
        echo(f"send runs here from another shell:  export PREFECT_API_URL={api_url(host, port)}")
        return server.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        stop_server(server)
