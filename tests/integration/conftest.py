import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/integration" in str(item.fspath):
            item.add_marker(pytest.mark.integration)


S3_ACCESS_KEY, S3_SECRET_KEY = "mikro-orm-test-key", "mikro-orm-test-secret"


@pytest.fixture(scope="session")
def s3_mikro_server(tmp_path_factory, moto_endpoint):
    """A reference server whose datalayer is S3 (moto)."""
    import secrets

    from mikro_orm.server import serve_in_thread

    settings = {"endpoint": moto_endpoint, "access_key": S3_ACCESS_KEY, "secret_key": S3_SECRET_KEY}
    server = serve_in_thread(tmp_path_factory.mktemp("mikro-s3"), token=secrets.token_urlsafe(24), s3=settings)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["folder", "s3"])
def data_client(request):
    """A current client of a server with a folder datalayer, then of one with S3."""
    import mikro_orm as mo

    server = request.getfixturevalue("mikro_server" if request.param == "folder" else "s3_mikro_server")
    with mo.connect(server.url, token=server.token) as client:
        client.backend = request.param
        yield client
