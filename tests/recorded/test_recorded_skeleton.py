"""The skeleton's GraphQL traffic, replayed from a cassette without any server."""
from __future__ import annotations

import pytest

import mikro_orm as mo


@pytest.mark.vcr
@pytest.mark.block_network
def test_create_find_and_follow_relations_replayed(recorded_client):
    experiment = mo.Experiment.objects.create(name="Recorded experiment")
    sample = mo.Sample.objects.create(name="recorded liver", experiments=[experiment])
    assert (experiment.id, sample.id) == ("1", "1")
    found = mo.Sample.objects.filter(search="LIVER").first()
    assert found is sample
    assert [e.name for e in found.experiments] == ["Recorded experiment"]
    assert [s.name for s in experiment.samples] == ["recorded liver"]
    with pytest.raises(mo.Sample.DoesNotExist):
        mo.Sample.objects.get(id="404")
