"""Regenerate ``mikro_schema.py`` from ``schema.graphql``.

Usage::

    python -m mikro_orm.graphql.regenerate          # rewrite the module
    python -m mikro_orm.graphql.regenerate --check  # exit 1 if it is stale

sgqlc-codegen reads introspection JSON, not SDL, so the SDL is first turned
into introspection data with graphql-core (installed with the ``server``
extra). The custom scalars sgqlc knows natively (DateTime, UUID) are imported
from sgqlc so that values are parsed into Python types.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from mikro_orm.graphql import SCHEMA_PATH

MODULE_PATH = SCHEMA_PATH.with_name("mikro_schema.py")
HEADER = (
    "# GENERATED FILE: do not edit. Rebuilt from schema.graphql by\n"
    "#     python -m mikro_orm.graphql.regenerate\n"
    "# A test fails when this file is stale.\n"
)
SCALAR_IMPORTS = ["DateTime=sgqlc.types.datetime", "UUID=sgqlc.types.uuid"]


def generate_source(schema_path: Path = SCHEMA_PATH) -> str:
    """Return the text of the sgqlc schema module for ``schema_path``.

    Parameters
    ----------
    schema_path
        The SDL file to generate from.

    Returns
    -------
    str
        Python source, with the "generated" header.

    Examples
    --------
    >>> source = generate_source()  # doctest: +SKIP
    >>> "class Query(sgqlc.types.Type)" in source  # doctest: +SKIP
    True
    """
    from graphql import build_schema, introspection_from_schema

    schema = build_schema(schema_path.read_text(encoding="utf-8"))
    introspection = {"data": introspection_from_schema(schema)}
    with tempfile.TemporaryDirectory() as tmp:
        json_path = Path(tmp) / "mikro_schema.json"
        py_path = Path(tmp) / "mikro_schema.py"
        json_path.write_text(json.dumps(introspection, sort_keys=True), encoding="utf-8")
        subprocess.run(
            [
                sys.executable, "-m", "sgqlc.codegen", "schema",
                str(json_path), str(py_path),
                "--docstrings", "--schema-name", "mikro_schema",
                # nargs="+" option: keep it last so it does not eat the paths
                "--add-scalar-imports", *SCALAR_IMPORTS,
            ],
            check=True,
        )
        return HEADER + py_path.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Rewrite the generated module, or with ``--check`` report staleness."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed module is stale")
    args = parser.parse_args(argv)
    source = generate_source()
    if args.check:
        current = MODULE_PATH.read_text(encoding="utf-8") if MODULE_PATH.exists() else ""
        if current != source:
            print(f"{MODULE_PATH} is stale: run python -m mikro_orm.graphql.regenerate", file=sys.stderr)
            return 1
        return 0
    MODULE_PATH.write_text(source, encoding="utf-8")
    print(f"wrote {MODULE_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
