"""The Mikro models. Importing this package registers them all."""
from mikro_orm.models.base import Model
from mikro_orm.models.experiment import Experiment
from mikro_orm.models.label import Label, SizeFeature
from mikro_orm.models.metric import Metric
from mikro_orm.models.omerofile import OmeroFile
from mikro_orm.models.representation import Representation
from mikro_orm.models.roi import ROI
from mikro_orm.models.sample import Sample
from mikro_orm.models.table import Table
from mikro_orm.models.thumbnail import Thumbnail
from mikro_orm.models.user import User

__all__ = [
    "Experiment",
    "Label",
    "Metric",
    "Model",
    "OmeroFile",
    "ROI",
    "Representation",
    "Sample",
    "SizeFeature",
    "Table",
    "Thumbnail",
    "User",
]
