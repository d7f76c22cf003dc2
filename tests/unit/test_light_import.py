"""import mikro_orm stays light: heavy data libraries load on first use of data."""
from __future__ import annotations

import subprocess
import sys

HEAVY = ("xarray", "pandas", "zarr", "pyarrow", "s3fs", "dask", "fsspec", "mikro_orm.server")


def test_import_mikro_orm_loads_no_heavy_library():
    code = "import sys, mikro_orm; print(' '.join(m for m in %r if m in sys.modules))" % (HEAVY,)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_check_itself_sees_heavy_imports():
    # guard against a check that cannot fail: importing the datalayer must show up
    code = "import sys, mikro_orm.datalayer.arrays as a; import xarray; print('xarray' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "True"


def test_cli_and_connect_agree_on_the_default_data_dir(monkeypatch, tmp_path):
    from mikro_orm import cli, config

    monkeypatch.delenv("MIKRO_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert cli.default_data_dir() == config.default_data_dir() == tmp_path / "mikro-orm"
