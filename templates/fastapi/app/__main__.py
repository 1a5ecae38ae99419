"""Entry point: ``python -m app`` serves the API with uvicorn."""

import copy
import os
import signal
import sys

import uvicorn
from uvicorn.config import LOGGING_CONFIG

from app.main import app


def main() -> None:
    # uvicorn writes its own log lines to stderr by default; keep all logs on stdout.
    log_config = copy.deepcopy(LOGGING_CONFIG)
    log_config["handlers"]["default"]["stream"] = "ext://sys.stdout"
    # On SIGTERM uvicorn drains in-flight requests, restores this handler and
    # re-raises the signal: exit with 0 instead of being killed by it (status 143).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    uvicorn.run(
        app,
        host=os.environ.get("HOST", "0.0.0.0"),
        port=int(os.environ.get("PORT", "8000")),
        log_config=log_config,
    )


if __name__ == "__main__":
    main()
