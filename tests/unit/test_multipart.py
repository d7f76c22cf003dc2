"""Multipart uploads are built by hand: the same upload is the same bytes, and valid."""
from __future__ import annotations

import email.parser
import io
import json
import re

from mikro_orm.transport.http import _multipart

BODY = {"query": "mutation U($file: Upload!) { uploadOmeroFile(file: $file) { id } }", "variables": {"file": None}}


def parse(encoded):
    content_type = encoded["headers"]["Content-Type"]
    message = email.parser.BytesParser().parsebytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + encoded["data"])
    return content_type, message.get_payload()


def test_the_same_upload_is_the_same_bytes_and_another_differs():
    first = _multipart(BODY, {"variables.file": ("a.tif", b"II*\x00 data")})
    again = _multipart(BODY, {"variables.file": ("a.tif", io.BytesIO(b"II*\x00 data"))})
    other = _multipart(BODY, {"variables.file": ("a.tif", b"II*\x00 other data")})
    assert first == again
    assert first["headers"] != other["headers"]


def test_the_body_follows_the_graphql_multipart_spec():
    content_type, parts = parse(_multipart(BODY, {"variables.file": ('we"ird\r\nname.tif', b"\x00\x01binary")}))
    boundary = re.search(r"boundary=(\S+)", content_type).group(1)
    assert re.fullmatch(r"[0-9A-Za-z'()+_,./:=?-]{1,70}", boundary)  # RFC 2046 bchars, no space
    assert [part.get_param("name", header="content-disposition") for part in parts] == ["operations", "map", "0"]
    assert json.loads(parts[0].get_payload()) == BODY
    assert json.loads(parts[1].get_payload()) == {"0": ["variables.file"]}
    assert parts[2].get_payload(decode=True) == b"\x00\x01binary"
    assert parts[2].get_filename() == "we%22irdname.tif"
