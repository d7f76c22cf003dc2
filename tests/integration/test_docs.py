"""The Python examples in docs/ run, page by page, against the embedded server."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"
RUNNABLE = ["querying.md", "data.md", "subscriptions.md"]


def python_blocks(page: Path) -> str:
    blocks = re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.S)
    return "\n\n".join(blocks)


@pytest.mark.parametrize("page", RUNNABLE)
def test_page_examples_run(page, tmp_path):
    code = python_blocks(DOCS / page)
    assert code.count("\n") > 10, f"{page} has no examples"
    script = tmp_path / "page.py"
    script.write_text(code + "\nprint('page ran')\n", encoding="utf-8")
    env = {**os.environ, "MIKRO_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-4000:]
    assert result.stdout.rstrip().endswith("page ran")
