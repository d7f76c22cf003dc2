"""Error mapping at the transport boundary, through the mock transport."""
from __future__ import annotations

import pytest

import mikro_orm as mo
from mikro_orm import errors
from mikro_orm.client import Client
from mikro_orm.config import resolve_settings
from mikro_orm.transport.base import GraphQLRequest, add_request_listener
from mikro_orm.transport.mock import MockTransport

TOKEN = "tok-abcdefgh12345678"


def client_answering(handler):
    return Client(resolve_settings("http://mikro.test", token=TOKEN), transport=MockTransport(handler))


def field_error(message, field="sample"):
    return {"data": {field: None}, "errors": [{"message": message, "locations": [{"line": 2, "column": 3}], "path": [field]}]}


def test_missing_id_becomes_the_models_does_not_exist():
    client = client_answering(lambda r: field_error("Sample matching query does not exist."))
    with pytest.raises(mo.Sample.DoesNotExist) as info:
        mo.Sample.objects.using(client).get(id="99")
    assert isinstance(info.value, errors.DoesNotExist)
    assert issubclass(mo.Sample.DoesNotExist, errors.DoesNotExist)
    assert not issubclass(mo.Sample.DoesNotExist, mo.Experiment.DoesNotExist)


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ((403, {"errors": [{"message": "Invalid token."}]}), errors.AuthenticationError),
        ((401, {}), errors.AuthenticationError),
        (field_error("Authentication required: no token was sent."), errors.AuthenticationError),
        (field_error("Permission denied: not your sample"), errors.PermissionDenied),
        ((400, {"errors": [{"message": "Syntax Error", "locations": []}]}), errors.QueryError),
        (field_error("offset must not be negative"), errors.GraphQLError),
        ((500, {"data": None}), errors.HTTPError),
    ],
)
def test_server_failures_map_to_typed_errors(answer, kind):
    client = client_answering(lambda r: answer)
    with pytest.raises(kind) as info:
        list(mo.Sample.objects.using(client).all())
    assert TOKEN not in str(info.value)
    assert "SampleList" in str(info.value) or kind is errors.AuthenticationError


def test_unreachable_server_is_a_typed_error_without_token():
    client = Client(resolve_settings("http://127.0.0.1:9", token=TOKEN, timeout=2))
    with pytest.raises(errors.ServerUnreachable) as info:
        mo.Sample.objects.using(client).first()
    assert isinstance(info.value, ConnectionError)
    assert TOKEN not in str(info.value) and TOKEN not in repr(client)


def test_every_request_passes_the_listener_hook():
    seen: list[GraphQLRequest] = []
    remove = add_request_listener(seen.append)
    try:
        client = client_answering(lambda r: {"data": {"samples": []}})
        list(mo.Sample.objects.using(client).filter(name="x"))
    finally:
        remove()
    assert [r.operation_name for r in seen] == ["SampleList"]


def test_paging_stops_at_a_short_page_and_streams_pages():
    rows = [{"id": str(i), "name": f"s{i}"} for i in range(1, 26)]
    offsets = []

    def handler(request):
        offset, limit = request.variables["offset"], request.variables["limit"]
        offsets.append(offset)
        return {"data": {"samples": rows[offset : offset + limit]}}

    client = Client(resolve_settings("http://mikro.test", token=TOKEN, page_size=10), transport=MockTransport(handler))
    names = [s.name for s in mo.Sample.objects.using(client).all()]
    assert names == [f"s{i}" for i in range(1, 26)]
    assert offsets == [0, 10, 20]


def test_a_full_last_page_costs_no_extra_request():
    rows = [{"id": str(i), "name": f"s{i}"} for i in range(1, 21)]
    limits = []

    def handler(request):
        offset, limit = request.variables["offset"], request.variables["limit"]
        limits.append(limit)
        return {"data": {"samples": rows[offset : offset + limit]}}

    client = Client(resolve_settings("http://mikro.test", token=TOKEN, page_size=10), transport=MockTransport(handler))
    assert len(list(mo.Sample.objects.using(client).all())) == 20
    assert limits == [11, 11]  # one row of look-ahead per page; no third, empty request


def test_get_tells_one_from_many_with_at_most_21_rows():
    limits = []

    def handler(request):
        limits.append(request.variables.get("limit"))
        return {"data": {"samples": [{"id": str(i), "name": "dup"} for i in range(1, 22)]}}

    client = client_answering(handler)
    with pytest.raises(mo.Sample.MultipleObjectsReturned, match="21 or more"):
        mo.Sample.objects.using(client).get(name="dup")
    assert limits == [21]


def test_identity_map_gives_one_object_per_id_and_refreshes_fields():
    names = iter(["first", "second"])
    client = client_answering(lambda r: {"data": {"sample": {"id": "1", "name": next(names)}}})
    a = mo.Sample.objects.using(client).get(id="1")
    b = mo.Sample.objects.using(client).get(id="1")
    assert a is b and b.name == "second"


def test_settings_and_client_reprs_hide_the_token():
    settings = resolve_settings("http://mikro.test/graphql", token=TOKEN)
    assert settings.url == "http://mikro.test"
    assert TOKEN not in repr(settings)
    assert TOKEN not in repr(Client(settings))
