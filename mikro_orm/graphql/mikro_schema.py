# GENERATED FILE: do not edit. Rebuilt from schema.graphql by
#     python -m mikro_orm.graphql.regenerate
# A test fails when this file is stale.
import sgqlc.types
import sgqlc.types.datetime
import sgqlc.types.uuid


mikro_schema = sgqlc.types.Schema()


__docformat__ = 'markdown'


########################################################################
# Scalars and Enumerations
########################################################################
Boolean = sgqlc.types.Boolean

class DataFrame(sgqlc.types.Scalar):
    '''DateTime Scalar Description'''
    __schema__ = mikro_schema


DateTime = sgqlc.types.datetime.DateTime

class File(sgqlc.types.Scalar):
    '''A Representation of a Django File'''
    __schema__ = mikro_schema


Float = sgqlc.types.Float

class GenericScalar(sgqlc.types.Scalar):
    '''The `GenericScalar` scalar type represents a generic GraphQL
    scalar value that could be: String, Boolean, Int, Float, List or
    Object.
    '''
    __schema__ = mikro_schema


ID = sgqlc.types.ID

class ImageFile(sgqlc.types.Scalar):
    '''An Image File (png, jpg)  [type]: [description]'''
    __schema__ = mikro_schema


Int = sgqlc.types.Int

class OmeroFileType(sgqlc.types.Enum):
    '''An enumeration.

    Enumeration Choices:

    * `CZI`: Zeiss Microscopy File
    * `JPEG`: Jpeg
    * `MSR`: MSR File
    * `TIFF`: Tiff
    * `UNKNOWN`: Unwknon File Format
    '''
    __schema__ = mikro_schema
    __choices__ = ('CZI', 'JPEG', 'MSR', 'TIFF', 'UNKNOWN')


class ROIType(sgqlc.types.Enum):
    '''An enumeration.

    Enumeration Choices:

    * `ELLIPSE`: Ellipse
    * `LINE`: Line
    * `PATH`: Path
    * `POLYGON`: POLYGON
    * `RECTANGLE`: Rectangle
    * `UNKNOWN`: Unknown
    '''
    __schema__ = mikro_schema
    __choices__ = ('ELLIPSE', 'LINE', 'PATH', 'POLYGON', 'RECTANGLE', 'UNKNOWN')


class RepresentationVariety(sgqlc.types.Enum):
    '''An enumeration.

    Enumeration Choices:

    * `MASK`: Mask (Value represent Labels)
    * `RGB`: RGB (First three channel represent RGB)
    * `UNKNOWN`: Unknown
    * `VOXEL`: Voxel (Value represent Intensity)
    '''
    __schema__ = mikro_schema
    __choices__ = ('MASK', 'RGB', 'UNKNOWN', 'VOXEL')


class RepresentationVarietyInput(sgqlc.types.Enum):
    '''Variety expresses the Type of Representation we are dealing with

    Enumeration Choices:

    * `MASK`: Mask (Value represent Labels)
    * `RGB`: RGB (First three channel represent RGB)
    * `UNKNOWN`: Unknown
    * `VOXEL`: Voxel (Value represent Intensity)
    '''
    __schema__ = mikro_schema
    __choices__ = ('MASK', 'RGB', 'UNKNOWN', 'VOXEL')


class RoiTypeInput(sgqlc.types.Enum):
    '''An enumeration.

    Enumeration Choices:

    * `ELLIPSIS`: Ellipse
    * `LINE`: Line
    * `PATH`: Path
    * `POLYGON`: POLYGON
    * `RECTANGLE`: Rectangle
    * `UNKNOWN`: Unknown
    '''
    __schema__ = mikro_schema
    __choices__ = ('ELLIPSIS', 'LINE', 'PATH', 'POLYGON', 'RECTANGLE', 'UNKNOWN')


class Store(sgqlc.types.Scalar):
    '''A Representation of a Django File'''
    __schema__ = mikro_schema


String = sgqlc.types.String

UUID = sgqlc.types.uuid.UUID

class Upload(sgqlc.types.Scalar):
    '''Create scalar that ignores normal serialization/deserialization,
    since that will be handled by the multipart request spec
    '''
    __schema__ = mikro_schema


class XArray(sgqlc.types.Scalar):
    '''DateTime Scalar Description'''
    __schema__ = mikro_schema



########################################################################
# Input Objects
########################################################################
class ChannelInput(sgqlc.types.Input):
    __schema__ = mikro_schema
    __field_names__ = ('name', 'emmission_wavelength', 'excitation_wavelength', 'acquisition_mode', 'color')
    name = sgqlc.types.Field(String, graphql_name='name')

    emmission_wavelength = sgqlc.types.Field(Float, graphql_name='emmissionWavelength')

    excitation_wavelength = sgqlc.types.Field(Float, graphql_name='excitationWavelength')

    acquisition_mode = sgqlc.types.Field(String, graphql_name='acquisitionMode')

    color = sgqlc.types.Field(String, graphql_name='color')



class InputVector(sgqlc.types.Input):
    __schema__ = mikro_schema
    __field_names__ = ('x', 'y', 'z')
    x = sgqlc.types.Field(Float, graphql_name='x')
    '''X-coordinate'''

    y = sgqlc.types.Field(Float, graphql_name='y')
    '''Y-coordinate'''

    z = sgqlc.types.Field(Float, graphql_name='z')
    '''Z-coordinate'''



class OmeroRepresentationInput(sgqlc.types.Input):
    __schema__ = mikro_schema
    __field_names__ = ('planes', 'channels', 'physical_size', 'scale')
    planes = sgqlc.types.Field(sgqlc.types.list_of('PlaneInput'), graphql_name='planes')

    channels = sgqlc.types.Field(sgqlc.types.list_of(ChannelInput), graphql_name='channels')

    physical_size = sgqlc.types.Field('PhysicalSizeInput', graphql_name='physicalSize')

    scale = sgqlc.types.Field(sgqlc.types.list_of(Float), graphql_name='scale')



class PhysicalSizeInput(sgqlc.types.Input):
    __schema__ = mikro_schema
    __field_names__ = ('x', 'y', 'z', 't', 'c')
    x = sgqlc.types.Field(Int, graphql_name='x')

    y = sgqlc.types.Field(Int, graphql_name='y')

    z = sgqlc.types.Field(Int, graphql_name='z')

    t = sgqlc.types.Field(Int, graphql_name='t')

    c = sgqlc.types.Field(Int, graphql_name='c')



class PlaneInput(sgqlc.types.Input):
    __schema__ = mikro_schema
    __field_names__ = ('z_index', 'y_index', 'x_index', 'c_index', 't_index', 'exposure_time', 'delta_t')
    z_index = sgqlc.types.Field(Int, graphql_name='zIndex')

    y_index = sgqlc.types.Field(Int, graphql_name='yIndex')

    x_index = sgqlc.types.Field(Int, graphql_name='xIndex')

    c_index = sgqlc.types.Field(Int, graphql_name='cIndex')

    t_index = sgqlc.types.Field(Int, graphql_name='tIndex')

    exposure_time = sgqlc.types.Field(Float, graphql_name='exposureTime')

    delta_t = sgqlc.types.Field(Float, graphql_name='deltaT')




########################################################################
# Output Objects and Interfaces
########################################################################
class Channel(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('name', 'emmission_wavelength', 'excitation_wavelength', 'acquisition_mode', 'color')
    name = sgqlc.types.Field(String, graphql_name='name')

    emmission_wavelength = sgqlc.types.Field(Float, graphql_name='emmissionWavelength')

    excitation_wavelength = sgqlc.types.Field(Float, graphql_name='excitationWavelength')

    acquisition_mode = sgqlc.types.Field(String, graphql_name='acquisitionMode')

    color = sgqlc.types.Field(String, graphql_name='color')



class Column(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('name', 'field_name', 'pandas_type', 'numpy_type', 'metadata')
    name = sgqlc.types.Field(String, graphql_name='name')
    '''The Column Name'''

    field_name = sgqlc.types.Field(String, graphql_name='fieldName')
    '''The FIeld Name'''

    pandas_type = sgqlc.types.Field(String, graphql_name='pandasType')
    '''The Panda Types for the Column'''

    numpy_type = sgqlc.types.Field(String, graphql_name='numpyType')
    '''The Numpy Types for the Column'''

    metadata = sgqlc.types.Field(GenericScalar, graphql_name='metadata')
    '''Generic MetaData from Stuff'''



class DeleteExperimentResult(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id',)
    id = sgqlc.types.Field(String, graphql_name='id')



class DeleteOmeroFileResult(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id',)
    id = sgqlc.types.Field(String, graphql_name='id')



class DeleteROIResult(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id',)
    id = sgqlc.types.Field(String, graphql_name='id')



class DeleteRepresentationResult(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id',)
    id = sgqlc.types.Field(String, graphql_name='id')



class DeleteSampleResult(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id',)
    id = sgqlc.types.Field(String, graphql_name='id')



class DeleteTableResult(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id',)
    id = sgqlc.types.Field(String, graphql_name='id')



class Experiment(sgqlc.types.Type):
    '''A Representation is a multi-dimensional Array that can do what
    ever it wants @elements/experiment
    '''
    __schema__ = mikro_schema
    __field_names__ = ('id', 'meta', 'name', 'description', 'description_long', 'linked_paper', 'image', 'created_at', 'creator', 'tags', 'samples', 'metrics', 'tables')
    id = sgqlc.types.Field(sgqlc.types.non_null(ID), graphql_name='id')

    meta = sgqlc.types.Field(GenericScalar, graphql_name='meta')

    name = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='name')

    description = sgqlc.types.Field(String, graphql_name='description')

    description_long = sgqlc.types.Field(String, graphql_name='descriptionLong')

    linked_paper = sgqlc.types.Field(String, graphql_name='linkedPaper')

    image = sgqlc.types.Field(String, graphql_name='image')

    created_at = sgqlc.types.Field(sgqlc.types.non_null(DateTime), graphql_name='createdAt')

    creator = sgqlc.types.Field('User', graphql_name='creator')

    tags = sgqlc.types.Field(sgqlc.types.list_of(String), graphql_name='tags')
    '''A comma-separated list of tags.'''

    samples = sgqlc.types.Field(sgqlc.types.list_of('Sample'), graphql_name='samples', args=sgqlc.types.ArgDict((
        ('creator', sgqlc.types.Arg(ID, graphql_name='creator', default=None)),
        ('experiments', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='experiments', default=None)),
        ('bioseries', sgqlc.types.Arg(String, graphql_name='bioseries', default=None)),
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('ids', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='ids', default=None)),
        ('representations', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='representations', default=None)),
        ('order', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='order', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''Arguments:

    * `creator` (`ID`)None
    * `experiments` (`[ID]`)None
    * `bioseries` (`String`): The name of the desired BioSeries
    * `name` (`String`)None
    * `ids` (`[ID]`): The ids you want to filter by
    * `representations` (`[ID]`): The ids you want to filter by
    * `order` (`[String]`): Order by Keys
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    metrics = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null('Metric'))), graphql_name='metrics')
    '''The Representatoin this Metric belongs to'''

    tables = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null('Table'))), graphql_name='tables')



class ExperimentsEvent(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('deleted', 'update', 'create')
    deleted = sgqlc.types.Field(ID, graphql_name='deleted')

    update = sgqlc.types.Field(Experiment, graphql_name='update')

    create = sgqlc.types.Field(Experiment, graphql_name='create')



class Label(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id', 'instance', 'name', 'created_at', 'creator', 'representation', 'tags', 'features')
    id = sgqlc.types.Field(sgqlc.types.non_null(ID), graphql_name='id')

    instance = sgqlc.types.Field(sgqlc.types.non_null(Int), graphql_name='instance')

    name = sgqlc.types.Field(String, graphql_name='name')

    created_at = sgqlc.types.Field(sgqlc.types.non_null(DateTime), graphql_name='createdAt')

    creator = sgqlc.types.Field(sgqlc.types.non_null('User'), graphql_name='creator')

    representation = sgqlc.types.Field('Representation', graphql_name='representation')

    tags = sgqlc.types.Field(sgqlc.types.list_of(String), graphql_name='tags')
    '''A comma-separated list of tags.'''

    features = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null('SizeFeature'))), graphql_name='features')



class Metric(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id', 'rep', 'experiment', 'sample', 'key', 'value', 'created_at', 'creator')
    id = sgqlc.types.Field(sgqlc.types.non_null(ID), graphql_name='id')

    rep = sgqlc.types.Field('Representation', graphql_name='rep')
    '''The Representatoin this Metric belongs to'''

    experiment = sgqlc.types.Field(Experiment, graphql_name='experiment')
    '''The Representatoin this Metric belongs to'''

    sample = sgqlc.types.Field('Sample', graphql_name='sample')
    '''The Representatoin this Metric belongs to'''

    key = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='key')
    '''The Key'''

    value = sgqlc.types.Field(GenericScalar, graphql_name='value')

    created_at = sgqlc.types.Field(sgqlc.types.non_null(DateTime), graphql_name='createdAt')

    creator = sgqlc.types.Field('User', graphql_name='creator')



class Mutation(sgqlc.types.Type):
    '''The root Mutation'''
    __schema__ = mikro_schema
    __field_names__ = ('create_experiment', 'delete_experiment', 'create_sample', 'delete_sample', 'update_representation', 'create_representation', 'delete_representation', 'from_xarray', 'create_metric', 'upload_thumbnail', 'upload_omero_file', 'delete_omero_file', 'negotiate', 'create_roi', 'delete_roi', 'create_size_feature', 'create_label', 'update_table', 'create_table', 'from_df', 'delete_table')
    create_experiment = sgqlc.types.Field(Experiment, graphql_name='createExperiment', args=sgqlc.types.ArgDict((
        ('creator', sgqlc.types.Arg(String, graphql_name='creator', default=None)),
        ('description', sgqlc.types.Arg(String, graphql_name='description', default=None)),
        ('meta', sgqlc.types.Arg(GenericScalar, graphql_name='meta', default=None)),
        ('name', sgqlc.types.Arg(sgqlc.types.non_null(String), graphql_name='name', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
))
    )
    '''Create an experiment (only signed in users)

    Arguments:

    * `creator` (`String`): The Email of the user creating the
      Representation (only for backend apps)
    * `description` (`String`): A short description of the experiment
    * `meta` (`GenericScalar`): Meta Parameters
    * `name` (`String!`): A cleartext description what this
      representation represents as data
    * `tags` (`[String]`): Do you want to tag the representation?
    '''

    delete_experiment = sgqlc.types.Field(DeleteExperimentResult, graphql_name='deleteExperiment', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Create an experiment (only signed in users)

    Arguments:

    * `id` (`ID!`): A cleartext description what this representation
      represents as data
    '''

    create_sample = sgqlc.types.Field('Sample', graphql_name='createSample', args=sgqlc.types.ArgDict((
        ('creator', sgqlc.types.Arg(String, graphql_name='creator', default=None)),
        ('experiments', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='experiments', default=None)),
        ('meta', sgqlc.types.Arg(GenericScalar, graphql_name='meta', default=None)),
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
))
    )
    '''Creates a Sample

    Arguments:

    * `creator` (`String`): The email of the creator, only for backend
      app
    * `experiments` (`[ID]`): The Experiments this sample Belongs to
    * `meta` (`GenericScalar`): Meta Parameters
    * `name` (`String`): A cleartext name for this Sample
    * `tags` (`[String]`): Do you want to tag the representation?
    '''

    delete_sample = sgqlc.types.Field(DeleteSampleResult, graphql_name='deleteSample', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Create an experiment (only signed in users)

    Arguments:

    * `id` (`ID!`): A cleartext description what this representation
      represents as data
    '''

    update_representation = sgqlc.types.Field('Representation', graphql_name='updateRepresentation', args=sgqlc.types.ArgDict((
        ('rep', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='rep', default=None)),
))
    )
    '''Updates an Representation (also retriggers meta-data retrieval
    from data stored in)

    Arguments:

    * `rep` (`ID!`): Which sample does this representation belong to
    '''

    create_representation = sgqlc.types.Field('Representation', graphql_name='createRepresentation', args=sgqlc.types.ArgDict((
        ('array', sgqlc.types.Arg(XArray, graphql_name='array', default=None)),
        ('creator', sgqlc.types.Arg(String, graphql_name='creator', default=None)),
        ('meta', sgqlc.types.Arg(GenericScalar, graphql_name='meta', default=None)),
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('omero', sgqlc.types.Arg(OmeroRepresentationInput, graphql_name='omero', default=None)),
        ('origins', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='origins', default=None)),
        ('sample', sgqlc.types.Arg(ID, graphql_name='sample', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
        ('variety', sgqlc.types.Arg(RepresentationVarietyInput, graphql_name='variety', default=None)),
))
    )
    '''Creates a Representation

    Arguments:

    * `array` (`XArray`): The X Arra
    * `creator` (`String`): The Email of the user creating the
      Representation (only for backend apps)
    * `meta` (`GenericScalar`): Meta Parameters
    * `name` (`String`): A cleartext description what this
      representation represents as data
    * `omero` (`OmeroRepresentationInput`)None
    * `origins` (`[ID]`): Which representations were used to create
      this representation
    * `sample` (`ID`): Which sample does this representation belong to
    * `tags` (`[String]`): Do you want to tag the representation?
    * `variety` (`RepresentationVarietyInput`): A description of the
      variety
    '''

    delete_representation = sgqlc.types.Field(DeleteRepresentationResult, graphql_name='deleteRepresentation', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Create an experiment (only signed in users)

    Arguments:

    * `id` (`ID!`): The ID of the two deletet Representation
    '''

    from_xarray = sgqlc.types.Field('Representation', graphql_name='fromXArray', args=sgqlc.types.ArgDict((
        ('creator', sgqlc.types.Arg(String, graphql_name='creator', default=None)),
        ('meta', sgqlc.types.Arg(GenericScalar, graphql_name='meta', default=None)),
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('omero', sgqlc.types.Arg(OmeroRepresentationInput, graphql_name='omero', default=None)),
        ('origins', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='origins', default=None)),
        ('sample', sgqlc.types.Arg(ID, graphql_name='sample', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
        ('variety', sgqlc.types.Arg(RepresentationVarietyInput, graphql_name='variety', default=None)),
        ('xarray', sgqlc.types.Arg(sgqlc.types.non_null(XArray), graphql_name='xarray', default=None)),
))
    )
    '''Creates a Representation

    Arguments:

    * `creator` (`String`): The Email of the user creating the
      Representation (only for backend apps)
    * `meta` (`GenericScalar`): Meta Parameters
    * `name` (`String`): A cleartext description what this
      representation represents as data
    * `omero` (`OmeroRepresentationInput`)None
    * `origins` (`[ID]`): Which representations were used to create
      this representation
    * `sample` (`ID`): Which sample does this representation belong to
    * `tags` (`[String]`): Do you want to tag the representation?
    * `variety` (`RepresentationVarietyInput`): A description of the
      variety
    * `xarray` (`XArray!`): The X Arra
    '''

    create_metric = sgqlc.types.Field(Metric, graphql_name='createMetric', args=sgqlc.types.ArgDict((
        ('creator', sgqlc.types.Arg(String, graphql_name='creator', default=None)),
        ('experiment', sgqlc.types.Arg(ID, graphql_name='experiment', default=None)),
        ('key', sgqlc.types.Arg(sgqlc.types.non_null(String), graphql_name='key', default=None)),
        ('rep', sgqlc.types.Arg(ID, graphql_name='rep', default=None)),
        ('sample', sgqlc.types.Arg(ID, graphql_name='sample', default=None)),
        ('value', sgqlc.types.Arg(sgqlc.types.non_null(GenericScalar), graphql_name='value', default=None)),
))
    )
    '''Creates a Representation

    Arguments:

    * `creator` (`String`): The Email of the user creating the
      Representation (only for backend apps)
    * `experiment` (`ID`): Which Representaiton does this metric
      belong to
    * `key` (`String!`): A cleartext description what this
      representation represents as data
    * `rep` (`ID`): Which Representaiton does this metric belong to
    * `sample` (`ID`): Which Representaiton does this metric belong to
    * `value` (`GenericScalar!`)None
    '''

    upload_thumbnail = sgqlc.types.Field('Thumbnail', graphql_name='uploadThumbnail', args=sgqlc.types.ArgDict((
        ('file', sgqlc.types.Arg(sgqlc.types.non_null(ImageFile), graphql_name='file', default=None)),
        ('rep', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='rep', default=None)),
))
    )
    '''Arguments:

    * `file` (`ImageFile!`)None
    * `rep` (`ID!`): The repr
    '''

    upload_omero_file = sgqlc.types.Field('OmeroFile', graphql_name='uploadOmeroFile', args=sgqlc.types.ArgDict((
        ('file', sgqlc.types.Arg(sgqlc.types.non_null(Upload), graphql_name='file', default=None)),
))
    )
    '''Arguments:

    * `file` (`Upload!`)None
    '''

    delete_omero_file = sgqlc.types.Field(DeleteOmeroFileResult, graphql_name='deleteOmeroFile', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Create an experiment (only signed in users)

    Arguments:

    * `id` (`ID!`): The ID of the two deletet Representation
    '''

    negotiate = sgqlc.types.Field(GenericScalar, graphql_name='negotiate', args=sgqlc.types.ArgDict((
        ('additionals', sgqlc.types.Arg(GenericScalar, graphql_name='additionals', default=None)),
        ('internal', sgqlc.types.Arg(Boolean, graphql_name='internal', default=None)),
))
    )
    '''Arguments:

    * `additionals` (`GenericScalar`): Additional Parameters
    * `internal` (`Boolean`): is this now a boolean
    '''

    create_roi = sgqlc.types.Field('ROI', graphql_name='createROI', args=sgqlc.types.ArgDict((
        ('creator', sgqlc.types.Arg(ID, graphql_name='creator', default=None)),
        ('meta', sgqlc.types.Arg(GenericScalar, graphql_name='meta', default=None)),
        ('representation', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='representation', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
        ('type', sgqlc.types.Arg(sgqlc.types.non_null(RoiTypeInput), graphql_name='type', default=None)),
        ('vectors', sgqlc.types.Arg(sgqlc.types.non_null(sgqlc.types.list_of(InputVector)), graphql_name='vectors', default=None)),
))
    )
    '''Creates a Sample

    Arguments:

    * `creator` (`ID`): The email of the creator, only for backend app
    * `meta` (`GenericScalar`): Meta Parameters
    * `representation` (`ID!`): The Representation this ROI belongs to
    * `tags` (`[String]`): Do you want to tag the roi?
    * `type` (`RoiTypeInput!`): The type of ROI
    * `vectors` (`[InputVector]!`): The Experiments this sample
      Belongs to
    '''

    delete_roi = sgqlc.types.Field(DeleteROIResult, graphql_name='deleteROI', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Create an experiment (only signed in users)

    Arguments:

    * `id` (`ID!`): A cleartext description what this representation
      represents as data
    '''

    create_size_feature = sgqlc.types.Field('SizeFeature', graphql_name='createSizeFeature', args=sgqlc.types.ArgDict((
        ('creator', sgqlc.types.Arg(ID, graphql_name='creator', default=None)),
        ('label', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='label', default=None)),
        ('size', sgqlc.types.Arg(sgqlc.types.non_null(Float), graphql_name='size', default=None)),
))
    )
    '''Creates a Sample

    Arguments:

    * `creator` (`ID`): The creator of this feature
    * `label` (`ID!`): The Representation this ROI belongs to
    * `size` (`Float!`): The size
    '''

    create_label = sgqlc.types.Field(Label, graphql_name='createLabel', args=sgqlc.types.ArgDict((
        ('creator', sgqlc.types.Arg(ID, graphql_name='creator', default=None)),
        ('instance', sgqlc.types.Arg(sgqlc.types.non_null(Int), graphql_name='instance', default=None)),
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('representation', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='representation', default=None)),
))
    )
    '''Creates a Sample

    Arguments:

    * `creator` (`ID`): The creator of this feature
    * `instance` (`Int!`): The Representation this ROI belongs to
    * `name` (`String`): The label name
    * `representation` (`ID!`): The Representation this ROI belongs to
    '''

    update_table = sgqlc.types.Field('Table', graphql_name='updateTable', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Updates an Representation (also retriggers meta-data retrieval
    from data stored in)

    Arguments:

    * `id` (`ID!`): Which sample does this representation belong to
    '''

    create_table = sgqlc.types.Field('Table', graphql_name='createTable', args=sgqlc.types.ArgDict((
        ('columns', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='columns', default=None)),
        ('creator', sgqlc.types.Arg(String, graphql_name='creator', default=None)),
        ('experiment', sgqlc.types.Arg(ID, graphql_name='experiment', default=None)),
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('representation', sgqlc.types.Arg(ID, graphql_name='representation', default=None)),
        ('sample', sgqlc.types.Arg(ID, graphql_name='sample', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
))
    )
    '''Creates a Representation

    Arguments:

    * `columns` (`[String]`): Do you want to tag the representation?
    * `creator` (`String`): The Email of the user creating the
      Representation (only for backend apps)
    * `experiment` (`ID`): Which sample does this table belong to
    * `name` (`String`): A cleartext description what this
      representation represents as data
    * `representation` (`ID`): Which sample does this table belong to
    * `sample` (`ID`): Which sample does this table belong to
    * `tags` (`[String]`): Do you want to tag the representation?
    '''

    from_df = sgqlc.types.Field('Table', graphql_name='fromDf', args=sgqlc.types.ArgDict((
        ('creator', sgqlc.types.Arg(String, graphql_name='creator', default=None)),
        ('df', sgqlc.types.Arg(sgqlc.types.non_null(DataFrame), graphql_name='df', default=None)),
        ('experiment', sgqlc.types.Arg(ID, graphql_name='experiment', default=None)),
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('representation', sgqlc.types.Arg(ID, graphql_name='representation', default=None)),
        ('sample', sgqlc.types.Arg(ID, graphql_name='sample', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
))
    )
    '''Creates a Representation

    Arguments:

    * `creator` (`String`): The Email of the user creating the
      Representation (only for backend apps)
    * `df` (`DataFrame!`)None
    * `experiment` (`ID`): Which sample does this table belong to
    * `name` (`String`): A cleartext description what this
      representation represents as data
    * `representation` (`ID`): Which sample does this table belong to
    * `sample` (`ID`): Which sample does this table belong to
    * `tags` (`[String]`): Do you want to tag the representation?
    '''

    delete_table = sgqlc.types.Field(DeleteTableResult, graphql_name='deleteTable', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Create an experiment (only signed in users)

    Arguments:

    * `id` (`ID!`): The ID of the two deletet Representation
    '''



class OmeroFile(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id', 'type', 'file', 'name', 'created_at', 'creator', 'thumbnail')
    id = sgqlc.types.Field(sgqlc.types.non_null(ID), graphql_name='id')

    type = sgqlc.types.Field(sgqlc.types.non_null(OmeroFileType), graphql_name='type')

    file = sgqlc.types.Field(File, graphql_name='file')

    name = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='name')

    created_at = sgqlc.types.Field(sgqlc.types.non_null(DateTime), graphql_name='createdAt')

    creator = sgqlc.types.Field('User', graphql_name='creator')

    thumbnail = sgqlc.types.Field(String, graphql_name='thumbnail')
    '''Url of a thumbnail'''



class OmeroRepresentation(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('planes', 'channels', 'physical_size', 'scale')
    planes = sgqlc.types.Field(sgqlc.types.list_of('Plane'), graphql_name='planes')

    channels = sgqlc.types.Field(sgqlc.types.list_of(Channel), graphql_name='channels')

    physical_size = sgqlc.types.Field('PhysicalSize', graphql_name='physicalSize')

    scale = sgqlc.types.Field(sgqlc.types.list_of(Float), graphql_name='scale')



class PhysicalSize(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('x', 'y', 'z', 't', 'c')
    x = sgqlc.types.Field(Int, graphql_name='x')

    y = sgqlc.types.Field(Int, graphql_name='y')

    z = sgqlc.types.Field(Int, graphql_name='z')

    t = sgqlc.types.Field(Int, graphql_name='t')

    c = sgqlc.types.Field(Int, graphql_name='c')



class Plane(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('z_index', 'y_index', 'x_index', 'c_index', 't_index', 'exposure_time', 'delta_t')
    z_index = sgqlc.types.Field(Int, graphql_name='zIndex')

    y_index = sgqlc.types.Field(Int, graphql_name='yIndex')

    x_index = sgqlc.types.Field(Int, graphql_name='xIndex')

    c_index = sgqlc.types.Field(Int, graphql_name='cIndex')

    t_index = sgqlc.types.Field(Int, graphql_name='tIndex')

    exposure_time = sgqlc.types.Field(Float, graphql_name='exposureTime')

    delta_t = sgqlc.types.Field(Float, graphql_name='deltaT')



class Query(sgqlc.types.Type):
    '''The root Query'''
    __schema__ = mikro_schema
    __field_names__ = ('hello', 'void', 'experiments', 'experiment', 'myexperiments', 'metric', 'metrics', 'omerofile', 'myomerofiles', 'omerofiles', 'myrepresentations', 'representation', 'random_representation', 'representations', 'sample', 'samples', 'mysamples', 'tags', 'thumbnail', 'rois', 'labels', 'label', 'label_for', 'tables', 'mytables', 'table')
    hello = sgqlc.types.Field(String, graphql_name='hello')

    void = sgqlc.types.Field(String, graphql_name='void')

    experiments = sgqlc.types.Field(sgqlc.types.list_of(Experiment), graphql_name='experiments', args=sgqlc.types.ArgDict((
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('creator', sgqlc.types.Arg(Float, graphql_name='creator', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''All Samples

    Arguments:

    * `name` (`String`): Search for substring of name
    * `creator` (`Float`)None
    * `tags` (`[String]`): The tags you want to filter by
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    experiment = sgqlc.types.Field(Experiment, graphql_name='experiment', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Get a single representation by ID

    Arguments:

    * `id` (`ID!`): The ID to search by
    '''

    myexperiments = sgqlc.types.Field(sgqlc.types.list_of(Experiment), graphql_name='myexperiments', args=sgqlc.types.ArgDict((
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('creator', sgqlc.types.Arg(Float, graphql_name='creator', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''My samples return all of the users samples attached to the current
    user

    Arguments:

    * `name` (`String`): Search for substring of name
    * `creator` (`Float`)None
    * `tags` (`[String]`): The tags you want to filter by
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    metric = sgqlc.types.Field(Metric, graphql_name='metric', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Get a single representation by ID

    Arguments:

    * `id` (`ID!`): The ID to search by
    '''

    metrics = sgqlc.types.Field(sgqlc.types.list_of(Metric), graphql_name='metrics', args=sgqlc.types.ArgDict((
        ('keys', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='keys', default=None)),
        ('sample', sgqlc.types.Arg(ID, graphql_name='sample', default=None)),
        ('experiment', sgqlc.types.Arg(ID, graphql_name='experiment', default=None)),
        ('representation', sgqlc.types.Arg(ID, graphql_name='representation', default=None)),
        ('order', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='order', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''All Samples

    Arguments:

    * `keys` (`[String]`): The key you want to filter by
    * `sample` (`ID`)None
    * `experiment` (`ID`)None
    * `representation` (`ID`)None
    * `order` (`[String]`): Order by Keys
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    omerofile = sgqlc.types.Field(OmeroFile, graphql_name='omerofile', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Get a single representation by ID

    Arguments:

    * `id` (`ID!`): The ID to search by
    '''

    myomerofiles = sgqlc.types.Field(sgqlc.types.list_of(OmeroFile), graphql_name='myomerofiles', args=sgqlc.types.ArgDict((
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''My samples return all of the users samples attached to the current
    user

    Arguments:

    * `name` (`String`)None
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    omerofiles = sgqlc.types.Field(sgqlc.types.list_of(OmeroFile), graphql_name='omerofiles', args=sgqlc.types.ArgDict((
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''My samples return all of the users samples attached to the current
    user

    Arguments:

    * `name` (`String`)None
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    myrepresentations = sgqlc.types.Field(sgqlc.types.list_of('Representation'), graphql_name='myrepresentations', args=sgqlc.types.ArgDict((
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
        ('ids', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='ids', default=None)),
        ('experiments', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='experiments', default=None)),
        ('samples', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='samples', default=None)),
        ('ordering', sgqlc.types.Arg(String, graphql_name='ordering', default=None)),
        ('has_metric', sgqlc.types.Arg(String, graphql_name='hasMetric', default=None)),
        ('order', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='order', default=None)),
        ('variety', sgqlc.types.Arg(RepresentationVarietyInput, graphql_name='variety', default=None)),
        ('force_thumbnail', sgqlc.types.Arg(Boolean, graphql_name='forceThumbnail', default=None)),
        ('created_after', sgqlc.types.Arg(DateTime, graphql_name='createdAfter', default=None)),
        ('created_before', sgqlc.types.Arg(DateTime, graphql_name='createdBefore', default=None)),
        ('derived_tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='derivedTags', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''My Representations returns all of the Representations, attached to
    the current user

    Arguments:

    * `name` (`String`): Search for substring of name
    * `tags` (`[String]`): The tags you want to filter by
    * `ids` (`[String]`): The ids you want to filter by
    * `experiments` (`[ID]`): The Experiment the Sample of this
      Representation belongs to
    * `samples` (`[ID]`)None
    * `ordering` (`String`): Ordering
    * `has_metric` (`String`): Filter by required Metric Keys
      (seperated by ,)
    * `order` (`[String]`): Order by Keys
    * `variety` (`RepresentationVarietyInput`)None
    * `force_thumbnail` (`Boolean`)None
    * `created_after` (`DateTime`)None
    * `created_before` (`DateTime`)None
    * `derived_tags` (`[String]`): The tags you want to filter by
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    representation = sgqlc.types.Field('Representation', graphql_name='representation', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Get a single representation by ID

    Arguments:

    * `id` (`ID!`): The ID to search by
    '''

    random_representation = sgqlc.types.Field('Representation', graphql_name='randomRepresentation')
    '''Get a single representation by ID'''

    representations = sgqlc.types.Field(sgqlc.types.list_of('Representation'), graphql_name='representations', args=sgqlc.types.ArgDict((
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
        ('ids', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='ids', default=None)),
        ('experiments', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='experiments', default=None)),
        ('samples', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='samples', default=None)),
        ('ordering', sgqlc.types.Arg(String, graphql_name='ordering', default=None)),
        ('has_metric', sgqlc.types.Arg(String, graphql_name='hasMetric', default=None)),
        ('order', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='order', default=None)),
        ('variety', sgqlc.types.Arg(RepresentationVarietyInput, graphql_name='variety', default=None)),
        ('force_thumbnail', sgqlc.types.Arg(Boolean, graphql_name='forceThumbnail', default=None)),
        ('created_after', sgqlc.types.Arg(DateTime, graphql_name='createdAfter', default=None)),
        ('created_before', sgqlc.types.Arg(DateTime, graphql_name='createdBefore', default=None)),
        ('derived_tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='derivedTags', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''All represetations

    Arguments:

    * `name` (`String`): Search for substring of name
    * `tags` (`[String]`): The tags you want to filter by
    * `ids` (`[String]`): The ids you want to filter by
    * `experiments` (`[ID]`): The Experiment the Sample of this
      Representation belongs to
    * `samples` (`[ID]`)None
    * `ordering` (`String`): Ordering
    * `has_metric` (`String`): Filter by required Metric Keys
      (seperated by ,)
    * `order` (`[String]`): Order by Keys
    * `variety` (`RepresentationVarietyInput`)None
    * `force_thumbnail` (`Boolean`)None
    * `created_after` (`DateTime`)None
    * `created_before` (`DateTime`)None
    * `derived_tags` (`[String]`): The tags you want to filter by
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    sample = sgqlc.types.Field('Sample', graphql_name='sample', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Get a single representation by ID

    Arguments:

    * `id` (`ID!`): The ID to search by
    '''

    samples = sgqlc.types.Field(sgqlc.types.list_of('Sample'), graphql_name='samples', args=sgqlc.types.ArgDict((
        ('creator', sgqlc.types.Arg(ID, graphql_name='creator', default=None)),
        ('experiments', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='experiments', default=None)),
        ('bioseries', sgqlc.types.Arg(String, graphql_name='bioseries', default=None)),
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('ids', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='ids', default=None)),
        ('representations', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='representations', default=None)),
        ('order', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='order', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''All Samples

    Arguments:

    * `creator` (`ID`)None
    * `experiments` (`[ID]`)None
    * `bioseries` (`String`): The name of the desired BioSeries
    * `name` (`String`)None
    * `ids` (`[ID]`): The ids you want to filter by
    * `representations` (`[ID]`): The ids you want to filter by
    * `order` (`[String]`): Order by Keys
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    mysamples = sgqlc.types.Field(sgqlc.types.list_of('Sample'), graphql_name='mysamples', args=sgqlc.types.ArgDict((
        ('creator', sgqlc.types.Arg(ID, graphql_name='creator', default=None)),
        ('experiments', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='experiments', default=None)),
        ('bioseries', sgqlc.types.Arg(String, graphql_name='bioseries', default=None)),
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('ids', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='ids', default=None)),
        ('representations', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='representations', default=None)),
        ('order', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='order', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''My samples return all of the users samples attached to the current
    user

    Arguments:

    * `creator` (`ID`)None
    * `experiments` (`[ID]`)None
    * `bioseries` (`String`): The name of the desired BioSeries
    * `name` (`String`)None
    * `ids` (`[ID]`): The ids you want to filter by
    * `representations` (`[ID]`): The ids you want to filter by
    * `order` (`[String]`): Order by Keys
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    tags = sgqlc.types.Field(sgqlc.types.list_of('Tag'), graphql_name='tags', args=sgqlc.types.ArgDict((
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''All Samples

    Arguments:

    * `name` (`String`)None
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    thumbnail = sgqlc.types.Field('Thumbnail', graphql_name='thumbnail', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Get a single representation by ID

    Arguments:

    * `id` (`ID!`): The ID to search by
    '''

    rois = sgqlc.types.Field(sgqlc.types.list_of('ROI'), graphql_name='rois', args=sgqlc.types.ArgDict((
        ('representation', sgqlc.types.Arg(ID, graphql_name='representation', default=None)),
        ('creator', sgqlc.types.Arg(Float, graphql_name='creator', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
        ('type', sgqlc.types.Arg(sgqlc.types.list_of(RoiTypeInput), graphql_name='type', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''All represetations

    Arguments:

    * `representation` (`ID`)None
    * `creator` (`Float`)None
    * `tags` (`[String]`): The tags you want to filter by
    * `type` (`[RoiTypeInput]`)None
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    labels = sgqlc.types.Field(sgqlc.types.list_of(Label), graphql_name='labels', args=sgqlc.types.ArgDict((
        ('representation', sgqlc.types.Arg(ID, graphql_name='representation', default=None)),
        ('creator', sgqlc.types.Arg(Float, graphql_name='creator', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''All represetations

    Arguments:

    * `representation` (`ID`)None
    * `creator` (`Float`)None
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    label = sgqlc.types.Field(Label, graphql_name='label', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(ID, graphql_name='id', default=None)),
))
    )
    '''Get a single representation by ID

    Arguments:

    * `id` (`ID`): The ID to search by
    '''

    label_for = sgqlc.types.Field(Label, graphql_name='labelFor', args=sgqlc.types.ArgDict((
        ('representation', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='representation', default=None)),
        ('instance', sgqlc.types.Arg(sgqlc.types.non_null(Int), graphql_name='instance', default=None)),
))
    )
    '''Get a label for a specific instance on a specific representation

    Arguments:

    * `representation` (`ID!`): The ID to search by
    * `instance` (`Int!`): The instance on the representation
    '''

    tables = sgqlc.types.Field(sgqlc.types.list_of('Table'), graphql_name='tables')
    '''My samples return all of the users samples attached to the current
    user
    '''

    mytables = sgqlc.types.Field(sgqlc.types.list_of('Table'), graphql_name='mytables')
    '''My samples return all of the users samples attached to the current
    user
    '''

    table = sgqlc.types.Field('Table', graphql_name='table', args=sgqlc.types.ArgDict((
        ('id', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='id', default=None)),
))
    )
    '''Get a single representation by ID

    Arguments:

    * `id` (`ID!`): The ID to search by
    '''



class ROI(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id', 'nodeid', 'creator', 'vectors', 'type', 'color', 'signature', 'created_at', 'representation', 'tags')
    id = sgqlc.types.Field(sgqlc.types.non_null(ID), graphql_name='id')

    nodeid = sgqlc.types.Field(String, graphql_name='nodeid')

    creator = sgqlc.types.Field(sgqlc.types.non_null('User'), graphql_name='creator')

    vectors = sgqlc.types.Field(sgqlc.types.list_of('Vector'), graphql_name='vectors')

    type = sgqlc.types.Field(sgqlc.types.non_null(ROIType), graphql_name='type')
    '''The Representation can have varying types, consult your API'''

    color = sgqlc.types.Field(String, graphql_name='color')

    signature = sgqlc.types.Field(String, graphql_name='signature')

    created_at = sgqlc.types.Field(sgqlc.types.non_null(DateTime), graphql_name='createdAt')

    representation = sgqlc.types.Field('Representation', graphql_name='representation')

    tags = sgqlc.types.Field(sgqlc.types.list_of(String), graphql_name='tags')
    '''A comma-separated list of tags.'''



class Representation(sgqlc.types.Type):
    '''A Representation is a multi-dimensional Array that can do what
    ever it wants   @elements/rep:latest
    '''
    __schema__ = mikro_schema
    __field_names__ = ('id', 'store', 'shape', 'dims', 'has_array', 'name', 'unique', 'fileversion', 'meta', 'omero', 'origins', 'sample', 'type', 'variety', 'chain', 'nodeid', 'created_at', 'creator', 'tags', 'derived', 'metrics', 'thumbnails', 'rois', 'labels', 'tables', 'latest_thumbnail')
    id = sgqlc.types.Field(sgqlc.types.non_null(ID), graphql_name='id')

    store = sgqlc.types.Field(Store, graphql_name='store')

    shape = sgqlc.types.Field(sgqlc.types.list_of(sgqlc.types.non_null(Int)), graphql_name='shape')
    '''The arrays shape'''

    dims = sgqlc.types.Field(sgqlc.types.list_of(sgqlc.types.non_null(String)), graphql_name='dims')
    '''The arrays dimension'''

    has_array = sgqlc.types.Field(sgqlc.types.non_null(Boolean), graphql_name='hasArray')
    '''Does this Model have attached Data?'''

    name = sgqlc.types.Field(String, graphql_name='name')
    '''Cleartext name'''

    unique = sgqlc.types.Field(sgqlc.types.non_null(UUID), graphql_name='unique')
    '''A unique identifier for this array'''

    fileversion = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='fileversion')
    '''The File Version of this Array'''

    meta = sgqlc.types.Field(GenericScalar, graphql_name='meta')

    omero = sgqlc.types.Field(OmeroRepresentation, graphql_name='omero')
    '''Metadata in Omero-compliant format'''

    origins = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null('Representation'))), graphql_name='origins')

    sample = sgqlc.types.Field('Sample', graphql_name='sample')
    '''The Sample this representation belongs to'''

    type = sgqlc.types.Field(String, graphql_name='type')
    '''The Representation can have varying types, consult your API'''

    variety = sgqlc.types.Field(sgqlc.types.non_null(RepresentationVariety), graphql_name='variety')
    '''The Representation can have varying types, consult your API'''

    chain = sgqlc.types.Field(String, graphql_name='chain')

    nodeid = sgqlc.types.Field(String, graphql_name='nodeid')

    created_at = sgqlc.types.Field(sgqlc.types.non_null(DateTime), graphql_name='createdAt')

    creator = sgqlc.types.Field('User', graphql_name='creator')

    tags = sgqlc.types.Field(sgqlc.types.list_of(String), graphql_name='tags')
    '''A comma-separated list of tags.'''

    derived = sgqlc.types.Field(sgqlc.types.list_of('Representation'), graphql_name='derived', args=sgqlc.types.ArgDict((
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
        ('ids', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='ids', default=None)),
        ('experiments', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='experiments', default=None)),
        ('samples', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='samples', default=None)),
        ('ordering', sgqlc.types.Arg(String, graphql_name='ordering', default=None)),
        ('has_metric', sgqlc.types.Arg(String, graphql_name='hasMetric', default=None)),
        ('order', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='order', default=None)),
        ('variety', sgqlc.types.Arg(RepresentationVarietyInput, graphql_name='variety', default=None)),
        ('force_thumbnail', sgqlc.types.Arg(Boolean, graphql_name='forceThumbnail', default=None)),
        ('created_after', sgqlc.types.Arg(DateTime, graphql_name='createdAfter', default=None)),
        ('created_before', sgqlc.types.Arg(DateTime, graphql_name='createdBefore', default=None)),
        ('derived_tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='derivedTags', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''Derived Images from this Image

    Arguments:

    * `name` (`String`): Search for substring of name
    * `tags` (`[String]`): The tags you want to filter by
    * `ids` (`[String]`): The ids you want to filter by
    * `experiments` (`[ID]`): The Experiment the Sample of this
      Representation belongs to
    * `samples` (`[ID]`)None
    * `ordering` (`String`): Ordering
    * `has_metric` (`String`): Filter by required Metric Keys
      (seperated by ,)
    * `order` (`[String]`): Order by Keys
    * `variety` (`RepresentationVarietyInput`)None
    * `force_thumbnail` (`Boolean`)None
    * `created_after` (`DateTime`)None
    * `created_before` (`DateTime`)None
    * `derived_tags` (`[String]`): The tags you want to filter by
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    metrics = sgqlc.types.Field(sgqlc.types.list_of(Metric), graphql_name='metrics', args=sgqlc.types.ArgDict((
        ('keys', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='keys', default=None)),
        ('sample', sgqlc.types.Arg(ID, graphql_name='sample', default=None)),
        ('experiment', sgqlc.types.Arg(ID, graphql_name='experiment', default=None)),
        ('representation', sgqlc.types.Arg(ID, graphql_name='representation', default=None)),
        ('order', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='order', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''Associated metrics of this Image

    Arguments:

    * `keys` (`[String]`): The key you want to filter by
    * `sample` (`ID`)None
    * `experiment` (`ID`)None
    * `representation` (`ID`)None
    * `order` (`[String]`): Order by Keys
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    thumbnails = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null('Thumbnail'))), graphql_name='thumbnails')
    '''The Sample this representation belongs to'''

    rois = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(ROI))), graphql_name='rois')

    labels = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(Label))), graphql_name='labels')

    tables = sgqlc.types.Field(sgqlc.types.list_of('Table'), graphql_name='tables', args=sgqlc.types.ArgDict((
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''Associated tables

    Arguments:

    * `name` (`String`): Search for substring of name
    * `tags` (`[String]`): The tags you want to filter by
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    latest_thumbnail = sgqlc.types.Field('Thumbnail', graphql_name='latestThumbnail')



class RepresentationEvent(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('deleted', 'update', 'create')
    deleted = sgqlc.types.Field(ID, graphql_name='deleted')

    update = sgqlc.types.Field(Representation, graphql_name='update')

    create = sgqlc.types.Field(Representation, graphql_name='create')



class RoiEvent(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('delete', 'update', 'create')
    delete = sgqlc.types.Field(ID, graphql_name='delete')

    update = sgqlc.types.Field(ROI, graphql_name='update')

    create = sgqlc.types.Field(ROI, graphql_name='create')



class Sample(sgqlc.types.Type):
    '''Samples are storage containers for representations. A Sample is to
    be understood analogous to a Biological Sample. It existed in Time
    (the time of acquisiton and experimental procedure),     was
    measured in space (x,y,z) and in different modalities (c). Sample
    therefore provide a datacontainer where each Representation of
    the data shares the same dimensions. Every transaction to our
    image data is still part of the original acuqistion, so also
    filtered images are refering back to the sample
    '''
    __schema__ = mikro_schema
    __field_names__ = ('id', 'meta', 'name', 'experiments', 'nodeid', 'created_at', 'creator', 'tags', 'representations', 'metrics', 'tables')
    id = sgqlc.types.Field(sgqlc.types.non_null(ID), graphql_name='id')

    meta = sgqlc.types.Field(GenericScalar, graphql_name='meta')

    name = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='name')

    experiments = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(Experiment))), graphql_name='experiments')

    nodeid = sgqlc.types.Field(String, graphql_name='nodeid')

    created_at = sgqlc.types.Field(sgqlc.types.non_null(DateTime), graphql_name='createdAt')

    creator = sgqlc.types.Field('User', graphql_name='creator')

    tags = sgqlc.types.Field(sgqlc.types.list_of(String), graphql_name='tags')
    '''A comma-separated list of tags.'''

    representations = sgqlc.types.Field(sgqlc.types.list_of(Representation), graphql_name='representations', args=sgqlc.types.ArgDict((
        ('name', sgqlc.types.Arg(String, graphql_name='name', default=None)),
        ('tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='tags', default=None)),
        ('ids', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='ids', default=None)),
        ('experiments', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='experiments', default=None)),
        ('samples', sgqlc.types.Arg(sgqlc.types.list_of(ID), graphql_name='samples', default=None)),
        ('ordering', sgqlc.types.Arg(String, graphql_name='ordering', default=None)),
        ('has_metric', sgqlc.types.Arg(String, graphql_name='hasMetric', default=None)),
        ('order', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='order', default=None)),
        ('variety', sgqlc.types.Arg(RepresentationVarietyInput, graphql_name='variety', default=None)),
        ('force_thumbnail', sgqlc.types.Arg(Boolean, graphql_name='forceThumbnail', default=None)),
        ('created_after', sgqlc.types.Arg(DateTime, graphql_name='createdAfter', default=None)),
        ('created_before', sgqlc.types.Arg(DateTime, graphql_name='createdBefore', default=None)),
        ('derived_tags', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='derivedTags', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
))
    )
    '''Arguments:

    * `name` (`String`): Search for substring of name
    * `tags` (`[String]`): The tags you want to filter by
    * `ids` (`[String]`): The ids you want to filter by
    * `experiments` (`[ID]`): The Experiment the Sample of this
      Representation belongs to
    * `samples` (`[ID]`)None
    * `ordering` (`String`): Ordering
    * `has_metric` (`String`): Filter by required Metric Keys
      (seperated by ,)
    * `order` (`[String]`): Order by Keys
    * `variety` (`RepresentationVarietyInput`)None
    * `force_thumbnail` (`Boolean`)None
    * `created_after` (`DateTime`)None
    * `created_before` (`DateTime`)None
    * `derived_tags` (`[String]`): The tags you want to filter by
    * `limit` (`Int`): Query limit
    * `offset` (`Int`): Query offset
    '''

    metrics = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(Metric))), graphql_name='metrics')
    '''The Representatoin this Metric belongs to'''

    tables = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null('Table'))), graphql_name='tables')



class SamplesEvent(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('deleted', 'update', 'create')
    deleted = sgqlc.types.Field(ID, graphql_name='deleted')

    update = sgqlc.types.Field(Sample, graphql_name='update')

    create = sgqlc.types.Field(Sample, graphql_name='create')



class SizeFeature(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id', 'creator', 'label', 'size')
    id = sgqlc.types.Field(sgqlc.types.non_null(ID), graphql_name='id')

    creator = sgqlc.types.Field('User', graphql_name='creator')

    label = sgqlc.types.Field(Label, graphql_name='label')

    size = sgqlc.types.Field(sgqlc.types.non_null(Float), graphql_name='size')



class Subscription(sgqlc.types.Type):
    '''The root Subscriptions'''
    __schema__ = mikro_schema
    __field_names__ = ('my_representations', 'my_experiments', 'my_samples', 'my_tables', 'rois')
    my_representations = sgqlc.types.Field(RepresentationEvent, graphql_name='myRepresentations')

    my_experiments = sgqlc.types.Field(ExperimentsEvent, graphql_name='myExperiments')

    my_samples = sgqlc.types.Field(SamplesEvent, graphql_name='mySamples')

    my_tables = sgqlc.types.Field('TablesEvent', graphql_name='myTables')

    rois = sgqlc.types.Field(RoiEvent, graphql_name='rois', args=sgqlc.types.ArgDict((
        ('representation', sgqlc.types.Arg(sgqlc.types.non_null(ID), graphql_name='representation', default=None)),
))
    )
    '''Arguments:

    * `representation` (`ID!`): The representation to filter on
    '''



class Table(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id', 'representation', 'sample', 'experiment', 'name', 'columns', 'store', 'created_at', 'creator', 'tags', 'query')
    id = sgqlc.types.Field(sgqlc.types.non_null(ID), graphql_name='id')

    representation = sgqlc.types.Field(Representation, graphql_name='representation')

    sample = sgqlc.types.Field(Sample, graphql_name='sample')

    experiment = sgqlc.types.Field(Experiment, graphql_name='experiment')

    name = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='name')

    columns = sgqlc.types.Field(sgqlc.types.list_of(Column), graphql_name='columns')
    '''Columns Data'''

    store = sgqlc.types.Field(String, graphql_name='store')
    '''The location of the Parquet on the Storage System (S3 or Media-
    URL)
    '''

    created_at = sgqlc.types.Field(sgqlc.types.non_null(DateTime), graphql_name='createdAt')

    creator = sgqlc.types.Field('User', graphql_name='creator')

    tags = sgqlc.types.Field(sgqlc.types.list_of(String), graphql_name='tags')
    '''A comma-separated list of tags.'''

    query = sgqlc.types.Field(sgqlc.types.list_of(sgqlc.types.list_of(GenericScalar)), graphql_name='query', args=sgqlc.types.ArgDict((
        ('columns', sgqlc.types.Arg(sgqlc.types.list_of(String), graphql_name='columns', default=None)),
        ('offset', sgqlc.types.Arg(Int, graphql_name='offset', default=None)),
        ('limit', sgqlc.types.Arg(Int, graphql_name='limit', default=None)),
))
    )
    '''List of List

    Arguments:

    * `columns` (`[String]`): Columns you want to select
    * `offset` (`Int`): The Offset for the query
    * `limit` (`Int`): The Offset for the query
    '''



class TablesEvent(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('deleted', 'update', 'create')
    deleted = sgqlc.types.Field(ID, graphql_name='deleted')

    update = sgqlc.types.Field(Table, graphql_name='update')

    create = sgqlc.types.Field(Table, graphql_name='create')



class Tag(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('id', 'name', 'slug')
    id = sgqlc.types.Field(sgqlc.types.non_null(ID), graphql_name='id')

    name = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='name')

    slug = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='slug')



class Thumbnail(sgqlc.types.Type):
    '''Thumbnail(id, representation, image)'''
    __schema__ = mikro_schema
    __field_names__ = ('id', 'representation', 'image')
    id = sgqlc.types.Field(sgqlc.types.non_null(ID), graphql_name='id')

    representation = sgqlc.types.Field(sgqlc.types.non_null(Representation), graphql_name='representation')
    '''The Sample this representation belongs to'''

    image = sgqlc.types.Field(String, graphql_name='image')



class User(sgqlc.types.Type):
    '''A reflection on the real User'''
    __schema__ = mikro_schema
    __field_names__ = ('id', 'password', 'last_login', 'is_superuser', 'username', 'first_name', 'last_name', 'is_staff', 'is_active', 'date_joined', 'email', 'roles', 'experiment_set', 'omerofile_set', 'sample_set', 'representation_set', 'metric_set', 'roi_set', 'label_set', 'sizefeature_set', 'table_set', 'color')
    id = sgqlc.types.Field(sgqlc.types.non_null(ID), graphql_name='id')

    password = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='password')

    last_login = sgqlc.types.Field(DateTime, graphql_name='lastLogin')

    is_superuser = sgqlc.types.Field(sgqlc.types.non_null(Boolean), graphql_name='isSuperuser')
    '''Designates that this user has all permissions without explicitly
    assigning them.
    '''

    username = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='username')
    '''Required. 150 characters or fewer. Letters, digits and @/./+/-/_
    only.
    '''

    first_name = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='firstName')

    last_name = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='lastName')

    is_staff = sgqlc.types.Field(sgqlc.types.non_null(Boolean), graphql_name='isStaff')
    '''Designates whether the user can log into this admin site.'''

    is_active = sgqlc.types.Field(sgqlc.types.non_null(Boolean), graphql_name='isActive')
    '''Designates whether this user should be treated as active. Unselect
    this instead of deleting accounts.
    '''

    date_joined = sgqlc.types.Field(sgqlc.types.non_null(DateTime), graphql_name='dateJoined')

    email = sgqlc.types.Field(sgqlc.types.non_null(String), graphql_name='email')

    roles = sgqlc.types.Field(GenericScalar, graphql_name='roles')

    experiment_set = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(Experiment))), graphql_name='experimentSet')

    omerofile_set = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(OmeroFile))), graphql_name='omerofileSet')

    sample_set = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(Sample))), graphql_name='sampleSet')

    representation_set = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(Representation))), graphql_name='representationSet')

    metric_set = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(Metric))), graphql_name='metricSet')

    roi_set = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(ROI))), graphql_name='roiSet')

    label_set = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(Label))), graphql_name='labelSet')

    sizefeature_set = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(SizeFeature))), graphql_name='sizefeatureSet')

    table_set = sgqlc.types.Field(sgqlc.types.non_null(sgqlc.types.list_of(sgqlc.types.non_null(Table))), graphql_name='tableSet')

    color = sgqlc.types.Field(String, graphql_name='color')
    '''The associated color for this user'''



class Vector(sgqlc.types.Type):
    __schema__ = mikro_schema
    __field_names__ = ('x', 'y', 'z')
    x = sgqlc.types.Field(Float, graphql_name='x')
    '''X-coordinate'''

    y = sgqlc.types.Field(Float, graphql_name='y')
    '''Y-coordinate'''

    z = sgqlc.types.Field(Float, graphql_name='z')
    '''Z-coordinate'''




########################################################################
# Unions
########################################################################

########################################################################
# Schema Entry Points
########################################################################
mikro_schema.query_type = Query
mikro_schema.mutation_type = Mutation
mikro_schema.subscription_type = Subscription

