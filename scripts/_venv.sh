# Sourced by the scripts in this folder: make sure .venv exists and holds the
# project with its test and server extras. Reinstalls only when setup.cfg or
# pyproject.toml changed since the last install.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="${MIKRO_ORM_VENV:-$root/.venv}"
python="${PYTHON:-python3}"
stamp="$venv/.mikro-orm-installed"
wanted="$(cat "$root/setup.cfg" "$root/pyproject.toml" | sha256sum | cut -d' ' -f1)"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
  echo "Installing mikro-orm and its test dependencies into $venv ..." >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$root[test]" >&2
  echo "$wanted" > "$stamp"
fi
export PATH="$venv/bin:$PATH"
