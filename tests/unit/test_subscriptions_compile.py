"""Watches compile to the schema's Subscription fields, without a server; bad watches fail before any I/O."""
from __future__ import annotations

import pytest

import mikro_orm as mo
from mikro_orm import errors
from mikro_orm.subscriptions import Event, _to_event, compile_watch


@pytest.mark.parametrize(
    ("model", "field"),
    [(mo.Sample, "mySamples"), (mo.Representation, "myRepresentations"), (mo.Experiment, "myExperiments"), (mo.Table, "myTables")],
)
def test_each_manager_watch_is_its_my_subscription(model, field):
    compiled = compile_watch(model.objects.all())
    assert compiled.document.startswith(f"subscription Watch{model.__name__}s {{\n  {field} {{\n    deleted\n")
    assert compiled.path == (field,)
    assert compiled.variables == {}
    # create and update select the model as a list query would
    assert compiled.document.count("createdAt") == 2


def test_representation_rois_watch_passes_the_representation_as_a_variable():
    rep = mo.Representation(id="42")
    compiled = compile_watch(rep.rois.all())
    assert "subscription WatchRepresentationRois($representation: ID!)" in compiled.document
    assert "rois(representation: $representation) {\n    delete\n" in compiled.document
    assert "42" not in compiled.document
    assert compiled.variables == {"representation": "42"}


def test_only_narrows_the_event_selection():
    document = compile_watch(mo.Sample.objects.only("name")).document
    assert "name" in document and "meta" not in document


@pytest.mark.parametrize(
    "make",
    [
        lambda: mo.Sample.objects.filter(search="liver"),
        lambda: mo.Sample.objects.order_by("name"),
        lambda: mo.Sample.objects.all()[:5],
        lambda: mo.Sample.objects.values("name"),
        lambda: mo.Representation(id="1").rois.filter(type=["LINE"]),
        lambda: mo.ROI.objects.all(),
        lambda: mo.Metric.objects.all(),
        lambda: mo.Sample(id="1").representations.all(),
    ],
    ids=["filtered", "ordered", "sliced", "values", "filtered-rois", "roi-manager", "metric", "other-relation"],
)
def test_unwatchable_querysets_raise_invalid_argument_before_any_io(make):
    queryset = make()
    with pytest.raises(errors.InvalidArgument, match="^watch: expected"):
        queryset.watch()  # no client is connected in unit tests: only the check can run
    with pytest.raises(errors.InvalidArgument):
        queryset.awatch()


def test_manager_proxies_watch_and_awatch():
    assert mo.Sample.objects.watch.__doc__ == mo.QuerySet.watch.__doc__
    assert mo.Sample.objects.awatch.__doc__ == mo.QuerySet.awatch.__doc__


class _Identity:
    def __init__(self):
        self.discarded = []

    def get(self, model, object_id):
        return None

    def discard(self, instance):
        self.discarded.append(instance)


class _Client:
    identity = _Identity()

    def structure(self, data, model):
        return model(**{key: value for key, value in data.items() if key in ("id", "name")})


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"create": None, "update": None, "deleted": "3"}, ("delete", "3")),
        ({"create": None, "update": None, "delete": "4"}, ("delete", "4")),  # RoiEvent spelling
        ({"create": {"id": "5", "name": "n"}, "update": None, "deleted": None}, ("create", "5")),
        ({"create": None, "update": {"id": "6"}, "deleted": None}, ("update", "6")),
    ],
)
def test_event_kinds_are_normalized(data, expected):
    event = _to_event(data, mo.Sample, _Client())
    assert isinstance(event, Event)
    assert (event.kind, event.id) == expected
    assert (event.instance is None) == (expected[0] == "delete")
    assert event.model is mo.Sample


def test_an_all_null_event_is_skipped():
    assert _to_event({"create": None, "update": None, "deleted": None}, mo.Sample, _Client()) is None
