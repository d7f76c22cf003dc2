"""Each seed function sends the root fields, with the arguments, of the wire contract's table."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from graphql import parse

import mikro_orm as mo
from mikro_orm import api
from mikro_orm.datalayer.images import encode_png
from mikro_orm.testing import count_round_trips

from .conftest import image, unique


def root_fields(document: str) -> list[tuple[str, str | None, str, set[str]]]:
    """(operation, alias, root field, argument names) of each root field sent."""
    fields = []
    for definition in parse(document).definitions:
        for selection in definition.selection_set.selections:
            alias = selection.alias.value if selection.alias else None
            fields.append((definition.operation.value, alias, selection.name.value, {a.name.value for a in selection.arguments}))
    return fields


@pytest.fixture
def objects(mikro_client):
    sample = mo.Sample.objects.create(name=unique("wire"))
    rep = mo.Representation.objects.from_xarray(image(), name=unique("wire"), sample=sample)
    label = mo.Label.objects.create(instance=1, representation=rep)
    thumb = mo.Thumbnail.objects.create(representation=rep, image=encode_png(np.eye(3)))
    table = mo.Table.objects.from_df(pd.DataFrame({"a": [1]}))
    experiment = mo.Experiment.objects.create(name=unique("wire"))
    omerofile = mo.OmeroFile.objects.upload(__file__)
    mikro_client.datalayer  # negotiated now, not inside a counted call
    return {"sample": sample, "rep": rep, "label": label, "thumb": thumb, "table": table, "experiment": experiment, "omerofile": omerofile}


# function, arguments (callable of the objects), the root fields (operation, alias, field, arguments), extra variables
CONTRACT = [
    ("get_representation", lambda o: (o["rep"].id,), [("query", None, "representation", {"id"})], {}),
    ("expand_representation", lambda o: (o["rep"].id,), [("query", None, "representation", {"id"})], {}),
    ("search_representation", lambda o: ("wire",), [("query", None, "representations", {"name", "limit"})], {"limit": 20}),
    ("get_random_rep", lambda o: (), [("query", None, "randomRepresentation", set())], {}),
    ("get_sample", lambda o: (o["sample"].id,), [("query", None, "sample", {"id"})], {}),
    ("expand_sample", lambda o: (o["sample"].id,), [("query", None, "sample", {"id"})], {}),
    ("search_sample", lambda o: ("wire",), [("query", None, "samples", {"name", "limit"})], {"limit": 20}),
    ("get_experiment", lambda o: (o["experiment"].id,), [("query", None, "experiment", {"id"})], {}),
    ("expand_experiment", lambda o: (o["experiment"].id,), [("query", None, "experiment", {"id"})], {}),
    ("search_experiment", lambda o: ("wire",), [("query", None, "experiments", {"name", "limit"})], {"limit": 30}),
    ("get_omero_file", lambda o: (o["omerofile"].id,), [("query", None, "omerofile", {"id"})], {}),
    ("expand_omerofile", lambda o: (o["omerofile"].id,), [("query", None, "omerofile", {"id"})], {}),
    ("search_omerofile", lambda o: ("test_wire",), [("query", None, "omerofiles", {"name"})], {}),
    ("thumbnail", lambda o: (o["thumb"].id,), [("query", None, "thumbnail", {"id"})], {}),
    ("expand_thumbnail", lambda o: (o["thumb"].id,), [("query", None, "thumbnail", {"id"})], {}),
    ("get_rois", lambda o: (o["rep"].id, ["RECTANGLE"]), [("query", None, "rois", {"representation", "type"})], {}),
    ("table", lambda o: (o["table"].id,), [("query", None, "table", {"id"})], {}),
    ("expand_table", lambda o: (o["table"].id,), [("query", None, "table", {"id"})], {}),
    ("search_tables", lambda o: (), [("query", None, "tables", set())], {}),
    ("watch_rois", lambda o: (o["rep"].id,), [("subscription", None, "rois", {"representation"})], {}),
    ("watch_samples", lambda o: (), [("subscription", None, "mySamples", set())], {}),
    ("negotiate", lambda o: (), [("mutation", None, "negotiate", set())], {}),
    ("upload_bioimage", lambda o: (b"bytes",), [("mutation", None, "uploadOmeroFile", {"file"})], {}),
    ("create_size_feature", lambda o: (o["label"].id, 2.0), [("mutation", None, "createSizeFeature", {"label", "size"})], {}),
    ("create_label", lambda o: (5, o["rep"].id, None, "n"), [("mutation", None, "createLabel", {"instance", "representation", "name"})], {}),
    ("from_xarray", lambda o: (image(), "n"), [("mutation", None, "fromXArray", {"xarray", "name"})], {}),
    ("double_upload", lambda o: (image(), "n"), [("mutation", "x", "fromXArray", {"xarray", "name"}), ("mutation", "y", "fromXArray", {"xarray", "name"})], {}),
    ("create_thumbnail", lambda o: (o["rep"].id, encode_png(np.eye(2))), [("mutation", None, "uploadThumbnail", {"rep", "file"})], {}),
    ("create_metric", lambda o: ("k", 1, o["rep"].id), [("mutation", None, "createMetric", {"key", "value", "rep"})], {}),
    ("create_roi", lambda o: (o["rep"].id, np.zeros((2, 2)), "LINE"), [("mutation", None, "createROI", {"representation", "vectors", "type"})], {}),
    ("from_df", lambda o: (pd.DataFrame({"a": [1]}),), [("mutation", None, "fromDf", {"df"})], {}),
    ("create_sample", lambda o: ("n", None, {"m": 1}, [o["experiment"].id]), [("mutation", None, "createSample", {"name", "meta", "experiments"})], {}),
    ("create_experiment", lambda o: ("n", None, None, "d"), [("mutation", None, "createExperiment", {"name", "description"})], {}),
]


@pytest.mark.parametrize("name, arguments, expected, variables", CONTRACT, ids=[row[0] for row in CONTRACT])
def test_the_root_fields_of_the_wire_contract(objects, name, arguments, expected, variables):
    with count_round_trips() as trips:
        result = getattr(api, name)(*arguments(objects))
    if name.startswith("watch_"):
        result.close()
    requests = [request for request in trips.requests if request.document]  # not file downloads
    assert len(requests) == 1, trips.names()
    assert root_fields(requests[0].document) == expected
    for key, value in variables.items():
        assert requests[0].variables[key] == value
    assert "\"" not in requests[0].document  # values travel as variables, never inline
