"""Generates the Python code of proto/ into gen/ before each build (pip install runs it)."""

from importlib.resources import files
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class ProtocHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        # grpcio-tools is a dependency of this hook only (pyproject.toml): the server
        # needs its output, not the compiler.
        from grpc_tools import protoc

        root = Path(self.root)
        source, out = root / "proto", root / "gen"
        protos = sorted(str(path) for path in source.rglob("*.proto"))
        out.mkdir(exist_ok=True)
        # grpc_tools ships the well-known types (google/protobuf/*.proto).
        well_known = files("grpc_tools") / "_proto"
        status = protoc.main(
            [
                "grpc_tools.protoc",
                f"--proto_path={source}",
                f"--proto_path={well_known}",
                f"--python_out={out}",
                f"--pyi_out={out}",
                f"--grpc_python_out={out}",
                *protos,
            ]
        )
        if status != 0:
            raise RuntimeError(f"protoc failed on {source} (exit status {status})")
