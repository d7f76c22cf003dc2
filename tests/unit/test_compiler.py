"""The compiler is pure: QuerySet state in, GraphQL document and variables out."""
from __future__ import annotations

import datetime as dt

import pytest

import mikro_orm as mo
from mikro_orm import errors
from mikro_orm.query import compiler
from mikro_orm.query.query import Query


def test_filter_values_travel_as_variables_never_in_the_document():
    qs = mo.Sample.objects.filter(search='liver" } evil { x')[:5]
    compiled = compiler.compile_list(qs.query, offset=0, limit=5)
    assert "liver" not in compiled.document
    assert "samples(name: $name, limit: $limit, offset: $offset)" in compiled.document
    assert compiled.variables == {"name": 'liver" } evil { x', "limit": 5, "offset": 0}


def test_str_of_query_prints_document_and_variables():
    text = str(mo.Sample.objects.filter(name="liver")[10:20].query)
    assert text.startswith("query SampleList($name: String, $limit: Int, $offset: Int) {")
    assert text.rstrip().endswith('variables: {"name": "liver", "limit": 10, "offset": 10}')


def test_default_selection_has_scalars_forward_ids_and_embedded_creator():
    document = compiler.compile_list(Query(mo.Representation)).document
    assert "hasArray" in document and "createdAt" in document
    assert "sample {\n      id\n    }" in document
    assert "creator {\n      id\n      email" in document
    assert "origins" not in document  # to-many relations load lazily


def test_prefetch_nests_the_relation_in_the_same_operation():
    qs = mo.Sample.objects.prefetch("representations__sample", "experiments")
    document = compiler.compile_list(qs.query).document
    assert document.count("query ") == 1
    assert "representations {" in document and "experiments {" in document
    # the nested representation's sample is selected in full, not just its id
    nested = document[document.index("representations {"):]
    assert "sample {\n        id\n        name" in nested


def test_relation_queryset_compiles_through_the_owner_nested_field():
    sample = mo.Sample(id="7", name="s")
    compiled = compiler.compile_list(sample.representations.filter(search="raw").query)
    assert "sample(id: $id) {" in compiled.document
    assert "representations(name: $name) {" in compiled.document
    assert compiled.variables == {"id": "7", "name": "raw"}
    assert compiled.path == ("sample", "representations")


def test_every_declared_variable_is_sent_under_the_same_name():
    import re

    queries = [
        mo.Sample.objects.filter(search="a", experiments=["1"], ids=["2"]).order_by("name")[3:9].query,
        mo.Representation.objects.filter(created_after="2022-01-01", derived_tags=["x"], has_metric="k").query,
        mo.Sample(id="1").representations.filter(derived_tags=["t"])[:2].query,
    ]
    for query in queries:
        compiled = compiler.compile_list(query, offset=query.low, limit=None if query.high is None else query.high - query.low)
        declared = set(re.findall(r"\$(\w+):", compiled.document))
        assert declared == set(compiled.variables), compiled.document


def test_get_by_id_uses_single_object_field():
    compiled = compiler.compile_get(mo.Sample, "3")
    assert compiled.document.startswith("query GetSample($id: ID!) {\n  sample(id: $id) {")
    assert compiled.variables == {"id": "3"}


def test_batch_by_ids_uses_ids_filter():
    compiled = compiler.compile_by_ids(mo.Sample, ["1", "2"])
    assert "samples(ids: $ids)" in compiled.document
    assert compiled.variables == {"ids": ["1", "2"]}


def test_mutation_arguments_become_typed_variables():
    compiled = compiler.compile_mutation("create_sample", {"name": "s", "experiments": ["1"], "meta": {"a": 1}}, mo.Sample)
    assert compiled.document.startswith("mutation CreateSample($name: String, $experiments: [ID], $meta: GenericScalar) {")
    assert compiled.variables["meta"] == {"a": 1}


def test_aliased_root_fields_keep_variables_apart():
    fields = [
        ("from_xarray", "x", {"xarray": "zarr/a"}, [compiler.Node("id")]),
        ("from_xarray", "y", {"xarray": "zarr/b"}, [compiler.Node("id")]),
    ]
    compiled = compiler.compile_root_fields("mutation", "DoubleUpload", fields)
    assert "x: fromXArray(xarray: $xXarray)" in compiled.document
    assert "y: fromXArray(xarray: $yXarray)" in compiled.document
    # the names in the document and the keys sent must agree
    assert compiled.variables == {"xXarray": "zarr/a", "yXarray": "zarr/b"}


def test_datetime_and_enum_values_are_json_ready():
    qs = mo.Representation.objects.filter(created_after=dt.datetime(2022, 4, 1), variety=mo.RepresentationVariety.MASK)
    variables = compiler.compile_list(qs.query).variables
    assert variables == {"createdAfter": "2022-04-01T00:00:00", "variety": "MASK"}


def test_order_by_sends_order_argument():
    compiled = compiler.compile_list(mo.Sample.objects.order_by("-created_at", "name").query)
    assert compiled.variables == {"order": ["-created_at", "name"]}


@pytest.mark.parametrize(
    "call",
    [
        lambda: mo.Sample.objects.filter(colour="red"),
        lambda: mo.Sample.objects.order_by("colour"),
        lambda: mo.Experiment.objects.order_by("name"),
        lambda: mo.Sample.objects.prefetch("rois"),
        lambda: mo.Sample.objects.only("colour"),
        lambda: mo.Sample.objects.all()[::2],
        lambda: mo.Sample.objects.all()[-1],
        lambda: mo.Sample.objects.all()[:3].filter(name="x"),
        lambda: mo.Representation.objects.filter(variety="PURPLE"),
        lambda: mo.Sample.objects.filter(name="a").filter(name="b"),
    ],
)
def test_bad_query_input_raises_invalid_argument_before_any_request(call):
    with pytest.raises(errors.InvalidArgument):
        call()


def test_unknown_filter_error_names_keyword_and_allowed_ones():
    with pytest.raises(errors.InvalidArgument) as info:
        mo.Sample.objects.filter(colour="red")
    message = str(info.value)
    assert message.startswith("colour: expected a filter the server offers for Sample")
    assert "search" in message and "experiments" in message and "ids" in message


def test_slices_compose_like_python_slices():
    qs = mo.Sample.objects.all()[10:50][5:10]
    assert (qs.query.low, qs.query.high) == (15, 20)
