"""The Mikro models. Importing this package registers them all."""
from mikro_orm.models.base import Model
from mikro_orm.models.experiment import Experiment
from mikro_orm.models.representation import Representation
from mikro_orm.models.sample import Sample
from mikro_orm.models.user import User

__all__ = ["Experiment", "Model", "Representation", "Sample", "User"]
