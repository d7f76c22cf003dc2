"""The seed's query functions: fetch one object by id, search, list ROIs.

Each sends the root field the wire contract lists for it, with those
arguments as GraphQL variables, and answers ORM model instances: their
relations load lazily through the same client, and data attributes
(``Representation.data``, ``Table.data``, ``Thumbnail.image``) work.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence, TypeVar

from mikro_orm.api._common import asyncify, check_id, check_str, client_for
from mikro_orm.api.types import SearchResult
from mikro_orm.graphql import mikro_schema as gql
from mikro_orm.models import ROI, Experiment, Model, OmeroFile, Representation, Sample, Table, Thumbnail
from mikro_orm.query import compiler

if TYPE_CHECKING:
    from mikro_orm.client import Client
    from mikro_orm.enums import ROIType, RoiTypeInput

__all__ = [
    "aexpand_experiment",
    "aexpand_omerofile",
    "aexpand_representation",
    "aexpand_sample",
    "aexpand_table",
    "aexpand_thumbnail",
    "aget_experiment",
    "aget_omero_file",
    "aget_random_rep",
    "aget_representation",
    "aget_rois",
    "aget_sample",
    "asearch_experiment",
    "asearch_omerofile",
    "asearch_representation",
    "asearch_sample",
    "asearch_tables",
    "atable",
    "athumbnail",
    "expand_experiment",
    "expand_omerofile",
    "expand_representation",
    "expand_sample",
    "expand_table",
    "expand_thumbnail",
    "get_experiment",
    "get_omero_file",
    "get_random_rep",
    "get_representation",
    "get_rois",
    "get_sample",
    "search_experiment",
    "search_omerofile",
    "search_representation",
    "search_sample",
    "search_tables",
    "table",
    "thumbnail",
]

M = TypeVar("M", bound=Model)

# The 2022 client's search limits (the wire contract's table).
REPRESENTATION_SEARCH_LIMIT = 20
SAMPLE_SEARCH_LIMIT = 20
EXPERIMENT_SEARCH_LIMIT = 30


def _get(model: type[M], id: Any, rath: Client | None) -> M:
    """``model(id: $id)`` through the ORM: the client's instance, or ``model.DoesNotExist``."""
    object_id = check_id(id, "id")
    return model.objects.using(client_for(rath)).get(id=object_id)  # type: ignore[no-any-return]


def _search(operation: str, field: str, values: dict[str, Any], id_alias: str | None, rath: Client | None) -> list[SearchResult]:
    """One list field selecting ``{value: id, label: name}`` (or ``{id, label: name}``)."""
    client = client_for(rath)
    selection = [compiler.Node("id", alias=id_alias), compiler.Node("name", alias="label")]
    compiled = compiler.compile_root_fields("query", operation, [(field, None, values, selection)])
    rows = client.execute(compiled).get(getattr(gql.Query, field).graphql_name) or []
    return [SearchResult.from_row(row) for row in rows if row is not None]


# -- representations ----------------------------------------------------------------
def get_representation(id: str, rath: Client | None = None) -> Representation:
    """Get a single representation by id.

    Parameters
    ----------
    id
        The representation's id (or a Representation).
    rath
        The client to use; default: the current one.

    Returns
    -------
    Representation
        ``.data`` is its array (lazy); ``.sample`` loads on first access.

    Raises
    ------
    mikro_orm.Representation.DoesNotExist
        No representation has this id.

    Examples
    --------
    >>> rep = get_representation("1")  # doctest: +SKIP
    >>> rep.data.max().compute()  # doctest: +SKIP
    """
    return _get(Representation, id, rath)


def expand_representation(id: str, rath: Client | None = None) -> Representation:
    """Expand a representation's id into the representation (same as :func:`get_representation`).

    Parameters
    ----------
    id
        The representation's id.
    rath
        The client to use; default: the current one.

    Returns
    -------
    Representation

    Examples
    --------
    >>> expand_representation("1").name  # doctest: +SKIP
    'raw'
    """
    return _get(Representation, id, rath)


def search_representation(search: str | None = None, rath: Client | None = None) -> list[SearchResult]:
    """Search representations by name (case-insensitive substring), at most 20.

    Parameters
    ----------
    search
        Part of the name; None lists any 20.
    rath
        The client to use; default: the current one.

    Returns
    -------
    list[SearchResult]
        ``.value`` (the id) and ``.label`` (the name) of each match.

    Examples
    --------
    >>> [r.label for r in search_representation("raw")]  # doctest: +SKIP
    ['raw', 'raw 2']
    """
    values = {"name": check_str(search, "search"), "limit": REPRESENTATION_SEARCH_LIMIT}
    return _search("SearchRepresentation", "representations", values, "value", rath)


def get_random_rep(rath: Client | None = None) -> Representation:
    """Get a random representation.

    Parameters
    ----------
    rath
        The client to use; default: the current one.

    Returns
    -------
    Representation

    Raises
    ------
    mikro_orm.Representation.DoesNotExist
        The server has no representation at all.

    Examples
    --------
    >>> get_random_rep().id  # doctest: +SKIP
    '7'
    """
    client = client_for(rath)
    selection = compiler.model_selection(Representation)
    compiled = compiler.compile_root_fields("query", "GetRandomRep", [("random_representation", None, {}, selection)])
    data = client.execute(compiled).get("randomRepresentation")
    if data is None:
        raise Representation.DoesNotExist("there is no representation to pick from")
    return client.structure(data, Representation)  # type: ignore[return-value]


# -- samples and experiments ------------------------------------------------------------
def get_sample(id: str, rath: Client | None = None) -> Sample:
    """Get a single sample by id.

    Parameters
    ----------
    id
        The sample's id (or a Sample).
    rath
        The client to use; default: the current one.

    Returns
    -------
    Sample
        ``.representations`` and ``.experiments`` load on first access.

    Raises
    ------
    mikro_orm.Sample.DoesNotExist
        No sample has this id.

    Examples
    --------
    >>> get_sample("1").name  # doctest: +SKIP
    'liver 1'
    """
    return _get(Sample, id, rath)


def expand_sample(id: str, rath: Client | None = None) -> Sample:
    """Expand a sample's id into the sample (same as :func:`get_sample`).

    Parameters
    ----------
    id
        The sample's id.
    rath
        The client to use; default: the current one.

    Returns
    -------
    Sample

    Examples
    --------
    >>> expand_sample("1").name  # doctest: +SKIP
    'liver 1'
    """
    return _get(Sample, id, rath)


def search_sample(search: str | None = None, rath: Client | None = None) -> list[SearchResult]:
    """Search samples by name (case-insensitive substring), at most 20.

    Parameters
    ----------
    search
        Part of the name; None lists any 20.
    rath
        The client to use; default: the current one.

    Returns
    -------
    list[SearchResult]
        ``.value`` (the id) and ``.label`` (the name) of each match.

    Examples
    --------
    >>> [s.label for s in search_sample("liver")]  # doctest: +SKIP
    ['liver 1']
    """
    values = {"name": check_str(search, "search"), "limit": SAMPLE_SEARCH_LIMIT}
    return _search("SearchSample", "samples", values, "value", rath)


def get_experiment(id: str, rath: Client | None = None) -> Experiment:
    """Get a single experiment by id.

    Parameters
    ----------
    id
        The experiment's id (or an Experiment).
    rath
        The client to use; default: the current one.

    Returns
    -------
    Experiment

    Raises
    ------
    mikro_orm.Experiment.DoesNotExist
        No experiment has this id.

    Examples
    --------
    >>> get_experiment("1").creator.email  # doctest: +SKIP
    'lab@example.org'
    """
    return _get(Experiment, id, rath)


def expand_experiment(id: str, rath: Client | None = None) -> Experiment:
    """Expand an experiment's id into the experiment (same as :func:`get_experiment`).

    Parameters
    ----------
    id
        The experiment's id.
    rath
        The client to use; default: the current one.

    Returns
    -------
    Experiment

    Examples
    --------
    >>> expand_experiment("1").name  # doctest: +SKIP
    'Liver study'
    """
    return _get(Experiment, id, rath)


def search_experiment(search: str | None = None, rath: Client | None = None) -> list[SearchResult]:
    """Search experiments by name (case-insensitive substring), at most 30.

    Parameters
    ----------
    search
        Part of the name; None lists any 30.
    rath
        The client to use; default: the current one.

    Returns
    -------
    list[SearchResult]
        ``.id`` and ``.label`` (the name) of each match.

    Examples
    --------
    >>> [e.label for e in search_experiment("liver")]  # doctest: +SKIP
    ['Liver study']
    """
    values = {"name": check_str(search, "search"), "limit": EXPERIMENT_SEARCH_LIMIT}
    return _search("SearchExperiment", "experiments", values, None, rath)


# -- files, thumbnails, tables ------------------------------------------------------------
def get_omero_file(id: str, rath: Client | None = None) -> OmeroFile:
    """Get a single uploaded microscopy file by id.

    Parameters
    ----------
    id
        The file's id (or an OmeroFile).
    rath
        The client to use; default: the current one.

    Returns
    -------
    OmeroFile
        ``.download(folder)`` saves the file.

    Raises
    ------
    mikro_orm.OmeroFile.DoesNotExist
        No file has this id.

    Examples
    --------
    >>> get_omero_file("1").type  # doctest: +SKIP
    <OmeroFileType.TIFF: 'TIFF'>
    """
    return _get(OmeroFile, id, rath)


def expand_omerofile(id: str, rath: Client | None = None) -> OmeroFile:
    """Expand a microscopy file's id into the file (same as :func:`get_omero_file`).

    Parameters
    ----------
    id
        The file's id.
    rath
        The client to use; default: the current one.

    Returns
    -------
    OmeroFile

    Examples
    --------
    >>> expand_omerofile("1").name  # doctest: +SKIP
    'cells.tif'
    """
    return _get(OmeroFile, id, rath)


def search_omerofile(search: str, rath: Client | None = None) -> list[SearchResult]:
    """Search uploaded microscopy files by name (case-insensitive substring).

    Parameters
    ----------
    search
        Part of the name (None lists all).
    rath
        The client to use; default: the current one.

    Returns
    -------
    list[SearchResult]
        ``.id`` and ``.label`` (the name) of each match.

    Examples
    --------
    >>> [f.label for f in search_omerofile("cells")]  # doctest: +SKIP
    ['cells.tif']
    """
    return _search("SearchOmerofile", "omerofiles", {"name": check_str(search, "search")}, None, rath)


def thumbnail(id: str, rath: Client | None = None) -> Thumbnail:
    """Get a single thumbnail by id.

    Parameters
    ----------
    id
        The thumbnail's id.
    rath
        The client to use; default: the current one.

    Returns
    -------
    Thumbnail
        ``.image`` is the picture (bytes), ``.image_url`` where the server serves it.

    Raises
    ------
    mikro_orm.Thumbnail.DoesNotExist
        No thumbnail has this id.

    Examples
    --------
    >>> thumbnail("1").image[:4]  # doctest: +SKIP
    b'\\x89PNG'
    """
    return _get(Thumbnail, id, rath)


def expand_thumbnail(id: str, rath: Client | None = None) -> Thumbnail:
    """Expand a thumbnail's id into the thumbnail (same as :func:`thumbnail`).

    Parameters
    ----------
    id
        The thumbnail's id.
    rath
        The client to use; default: the current one.

    Returns
    -------
    Thumbnail

    Examples
    --------
    >>> expand_thumbnail("1").representation.id  # doctest: +SKIP
    '4'
    """
    return _get(Thumbnail, id, rath)


def get_rois(
    representation: str,
    type: Sequence[RoiTypeInput | ROIType | str] | None = None,
    rath: Client | None = None,
) -> list[ROI]:
    """The ROIs drawn on a representation, optionally only those of some types.

    Parameters
    ----------
    representation
        The representation's id (or a Representation).
    type
        ROI types to keep (``RoiTypeInput`` or ``ROIType`` members or their
        names; ``ELLIPSE`` is sent as ``ELLIPSIS``); None keeps all.
    rath
        The client to use; default: the current one.

    Returns
    -------
    list[ROI]
        ``.vector_data`` is each ROI's ``(n, 3)`` array of points.

    Examples
    --------
    >>> [roi.type for roi in get_rois("1", type=[RoiTypeInput.RECTANGLE])]  # doctest: +SKIP
    [<ROIType.RECTANGLE: 'RECTANGLE'>]
    """
    from mikro_orm.models.roi import roi_type_input

    representation_id = check_id(representation, "representation")
    types = None
    if type is not None:
        if isinstance(type, (str, bytes)) or not isinstance(type, (Sequence, set, frozenset)):
            type = [type]  # one type is a list of one
        types = [roi_type_input(item) for item in type]
    client = client_for(rath)
    values = {"representation": representation_id, "type": types}
    compiled = compiler.compile_root_fields("query", "GetRois", [("rois", None, values, compiler.model_selection(ROI))])
    rows = client.execute(compiled).get("rois") or []
    return client.structure_many([row for row in rows if row is not None], ROI)


def table(id: str, rath: Client | None = None) -> Table:
    """Get a single table by id.

    Parameters
    ----------
    id
        The table's id (or a Table).
    rath
        The client to use; default: the current one.

    Returns
    -------
    Table
        ``.data`` is the DataFrame, read from the datalayer.

    Raises
    ------
    mikro_orm.Table.DoesNotExist
        No table has this id.

    Examples
    --------
    >>> table("1").data.head()  # doctest: +SKIP
    """
    return _get(Table, id, rath)


def expand_table(id: str, rath: Client | None = None) -> Table:
    """Expand a table's id into the table (same as :func:`table`).

    Parameters
    ----------
    id
        The table's id.
    rath
        The client to use; default: the current one.

    Returns
    -------
    Table

    Examples
    --------
    >>> expand_table("1").name  # doctest: +SKIP
    'areas'
    """
    return _get(Table, id, rath)


def search_tables(rath: Client | None = None) -> list[SearchResult]:
    """Every table (the ``tables`` field takes no arguments).

    Parameters
    ----------
    rath
        The client to use; default: the current one.

    Returns
    -------
    list[SearchResult]
        ``.id`` and ``.label`` (the name) of each table.

    Examples
    --------
    >>> [t.label for t in search_tables()]  # doctest: +SKIP
    ['areas']
    """
    return _search("SearchTables", "tables", {}, None, rath)


aget_representation = asyncify(get_representation)
aexpand_representation = asyncify(expand_representation)
asearch_representation = asyncify(search_representation)
aget_random_rep = asyncify(get_random_rep)
aget_sample = asyncify(get_sample)
aexpand_sample = asyncify(expand_sample)
asearch_sample = asyncify(search_sample)
aget_experiment = asyncify(get_experiment)
aexpand_experiment = asyncify(expand_experiment)
asearch_experiment = asyncify(search_experiment)
aget_omero_file = asyncify(get_omero_file)
aexpand_omerofile = asyncify(expand_omerofile)
asearch_omerofile = asyncify(search_omerofile)
athumbnail = asyncify(thumbnail)
aexpand_thumbnail = asyncify(expand_thumbnail)
aget_rois = asyncify(get_rois)
atable = asyncify(table)
aexpand_table = asyncify(expand_table)
asearch_tables = asyncify(search_tables)
