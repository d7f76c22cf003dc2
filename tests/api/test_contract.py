"""The functional API's contract: the seed's names and signatures, bad input, the client parameter."""
from __future__ import annotations

import inspect
import subprocess
import sys

import numpy as np
import pytest

import mikro_orm as mo
from mikro_orm import api, errors
from mikro_orm.testing import count_round_trips

# The seed's functions (seed-api.md): parameters in order, "=" marking those with a
# default; every function also ends with rath=None.
SIGNATURES = {
    "get_omero_file": "id",
    "expand_omerofile": "id",
    "search_omerofile": "search",
    "expand_representation": "id",
    "get_representation": "id",
    "search_representation": "search=",
    "get_random_rep": "",
    "thumbnail": "id",
    "expand_thumbnail": "id",
    "get_rois": "representation, type=",
    "table": "id",
    "expand_table": "id",
    "search_tables": "",
    "get_sample": "id",
    "search_sample": "search=",
    "expand_sample": "id",
    "get_experiment": "id",
    "expand_experiment": "id",
    "search_experiment": "search=",
    "watch_rois": "representation",
    "watch_samples": "",
    "negotiate": "",
    "upload_bioimage": "file",
    "create_size_feature": "label, size, creator=",
    "create_label": "instance, representation, creator, name=",
    "from_xarray": "xarray, name=, variety=, origins=, tags=, sample=, omero=",
    "double_upload": "xarray, name=, origins=, tags=, sample=, omero=",
    "create_thumbnail": "rep, file",
    "create_metric": "key, value, rep=, sample=, experiment=",
    "create_roi": "representation, vectors, type, creator=",
    "from_df": "df",
    "create_sample": "name=, creator=, meta=, experiments=",
    "create_experiment": "name, creator=, meta=, description=",
}
IMPLEMENTED = list(SIGNATURES)
WATCHES = {"watch_rois", "watch_samples"}  # iterators; their async twins are async iterators


def test_every_seed_function_exists_sync_and_async():
    assert len(SIGNATURES) == 33
    assert [name for name in SIGNATURES if not (callable(getattr(api, name, None)) and callable(getattr(api, "a" + name, None)))] == []


def parameters(name: str) -> list[tuple[str, bool]]:
    """(name, has a default) for each parameter of the seed's function."""
    return [(part.rstrip("="), part.endswith("=")) for part in SIGNATURES[name].split(", ") if part]


@pytest.mark.parametrize("name", IMPLEMENTED)
def test_same_parameters_defaults_and_order_as_the_seed(name):
    expected = parameters(name) + [("rath", True)]
    for function in (getattr(api, name), getattr(api, "a" + name)):
        actual = inspect.signature(function).parameters.values()
        assert [(p.name, p.default is not inspect.Parameter.empty) for p in actual] == expected, function.__name__
        assert all(p.default is None for p in actual if p.default is not inspect.Parameter.empty)


def test_async_twins_are_coroutine_functions_with_docs():
    for name in IMPLEMENTED:
        twin = getattr(api, "a" + name)
        assert inspect.iscoroutinefunction(twin) != (name in WATCHES) and twin.__name__ == "a" + name
        assert "Examples" in twin.__doc__ and "Examples" in getattr(api, name).__doc__


def test_all_is_sorted_and_complete():
    assert api.__all__ == sorted(api.__all__)
    for name in IMPLEMENTED:
        assert name in api.__all__ and "a" + name in api.__all__
    for name in ("InputVector", "OmeroFileType", "RepresentationVariety", "RepresentationVarietyInput", "ROIType", "RoiTypeInput", "ROI"):
        assert name in api.__all__
    assert api.RoiTypeInput.ELLIPSIS.value == "ELLIPSIS" and api.ROIType.ELLIPSE.value == "ELLIPSE"
    assert [m.name for m in api.OmeroFileType] == ["TIFF", "JPEG", "MSR", "CZI", "UNKNOWN"]


def test_import_api_loads_no_heavy_library():
    heavy = ("xarray", "pandas", "zarr", "pyarrow", "s3fs", "dask", "mikro_orm.server")
    code = "import sys, mikro_orm.api; print(' '.join(m for m in %r if m in sys.modules))" % (heavy,)
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == ""


def test_input_vector_list_from_numpyarray():
    vectors = api.InputVector.list_from_numpyarray(np.array([[1, 2, 3], [4, 5, 6]]))
    assert vectors == [api.InputVector(x=1, y=2, z=3), api.InputVector(x=4, y=5, z=6)]
    assert api.InputVector.list_from_numpyarray(np.array([[1, 2]])) == [api.InputVector(x=1.0, y=2.0)]
    for bad in (np.zeros(3), np.zeros((2, 4)), [[1, 2]], np.array([[np.nan, 1]])):
        with pytest.raises(errors.InvalidArgument) as caught:
            api.InputVector.list_from_numpyarray(bad)
        assert caught.value.argument == "x"


def test_the_rath_parameter_is_the_client_used(mikro_server, mikro_client):
    sample = mo.Sample.objects.create(name="rath sample")
    with mo.connect("http://127.0.0.1:9", token="nobody-serves-this").use():  # the current client is unreachable
        assert api.get_sample(sample.id, rath=mikro_client).name == "rath sample"
        with pytest.raises(errors.ServerUnreachable):
            api.get_sample(sample.id)
    with pytest.raises(errors.InvalidArgument) as caught:
        api.get_sample(sample.id, rath="http://127.0.0.1")
    assert caught.value.argument == "rath"


def _xarray_like():
    return np.zeros((4, 4))


BAD_CALLS = [
    ("id", lambda: api.get_representation(None)),
    ("id", lambda: api.get_sample(1.5)),
    ("search", lambda: api.search_sample(42)),
    ("representation", lambda: api.get_rois(None)),
    ("type", lambda: api.get_rois("1", type=["CIRCLE"])),
    ("xarray", lambda: api.from_xarray(_xarray_like())),
    ("xarray", lambda: api.double_upload([[1, 2]])),
    ("variety", lambda: api.from_xarray("zarr/x", variety="SPARKLY")),
    ("tags", lambda: api.from_xarray("zarr/x", tags="one")),
    ("df", lambda: api.from_df({"a": [1]})),
    ("file", lambda: api.upload_bioimage(12)),
    ("file", lambda: api.upload_bioimage("/no/such/file.tif")),
    ("file", lambda: api.create_thumbnail("1", b"not an image")),
    ("rep", lambda: api.create_thumbnail(None, b"\x89PNG")),
    ("label", lambda: api.create_size_feature(None, 1.0)),
    ("size", lambda: api.create_size_feature("1", "big")),
    ("instance", lambda: api.create_label("three", "1", None)),
    ("value", lambda: api.create_metric("k", None, rep="1")),
    ("key", lambda: api.create_metric(None, 1, rep="1")),
    ("type", lambda: api.create_roi("1", np.zeros((2, 2)), None)),
    ("vectors", lambda: api.create_roi("1", "abc", "RECTANGLE")),
    ("meta", lambda: api.create_sample(meta=["not", "a", "dict"])),
    ("experiments", lambda: api.create_sample(experiments="1")),
    ("name", lambda: api.create_experiment(None)),
]


@pytest.mark.parametrize("argument, call", BAD_CALLS, ids=[f"{i}-{a}" for i, (a, _) in enumerate(BAD_CALLS)])
def test_bad_input_names_the_argument_and_sends_nothing(mikro_client, argument, call):
    with count_round_trips() as trips, pytest.raises(errors.InvalidArgument) as caught:
        call()
    assert caught.value.argument == argument, str(caught.value)
    assert str(caught.value).startswith(argument + ":")
    assert trips.count == 0


def test_async_twins_run_concurrently_in_one_loop(mikro_client):
    import asyncio

    names = [f"concurrent {i}" for i in range(4)]

    async def main():
        created = await asyncio.gather(*(api.acreate_sample(name) for name in names))
        return created, await asyncio.gather(*(api.aget_sample(sample.id) for sample in created))

    created, fetched = asyncio.run(main())
    assert [s.name for s in created] == names and fetched == created
