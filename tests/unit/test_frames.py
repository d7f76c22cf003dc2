"""Websocket frames: recorded without the token, replayed matched on the start message."""
from __future__ import annotations

import json

import pytest

from mikro_orm.testing.frames import FramePlayer, FrameRecorder, FramesMismatch, scrub_frame

START = {"id": "1", "type": "start", "payload": {"query": "subscription W { mySamples { deleted } }", "variables": {}, "operationName": "W"}}
DATA = {"id": "1", "type": "data", "payload": {"data": {"mySamples": {"deleted": "3"}}}}


class FakeServerSocket:
    """A websocket-client socket of a server that acks, then sends one event."""

    def __init__(self) -> None:
        self.sent: list[str] = []
        self.replies = [json.dumps({"type": "connection_ack"}), json.dumps(DATA)]

    def send(self, payload: str) -> None:
        self.sent.append(payload)

    def recv(self) -> str:
        return self.replies.pop(0) if self.replies else ""

    def settimeout(self, timeout: float) -> None:
        self.timeout = timeout


def converse(socket) -> list[dict]:
    socket.send(json.dumps({"type": "connection_init", "payload": {"token": "secret-token-123456"}}))
    received = [json.loads(socket.recv())]
    socket.send(json.dumps(START))
    received.append(json.loads(socket.recv()))
    return received


def test_recording_then_replaying_gives_the_same_conversation_without_the_token(tmp_path):
    real = FakeServerSocket()
    recorder = FrameRecorder(lambda url, **options: real)
    live = converse(recorder.create_connection("ws://127.0.0.1:8080/graphql?token=secret-token-123456"))
    path = tmp_path / "test.frames.json"
    recorder.save(path)
    text = path.read_text()
    assert "secret-token" not in text and '"path": "/graphql"' in text
    assert json.loads(real.sent[0])["payload"] == {"token": "secret-token-123456"}  # the server did get it
    replayed = converse(FramePlayer(path).create_connection("ws://127.0.0.1:9/graphql?token=other"))
    assert replayed == live == [{"type": "connection_ack"}, DATA]


def test_a_subscription_that_was_not_recorded_fails_the_replay(tmp_path):
    recorder = FrameRecorder(lambda url, **options: FakeServerSocket())
    converse(recorder.create_connection("ws://x/graphql"))
    recorder.save(tmp_path / "t.frames.json")
    socket = FramePlayer(tmp_path / "t.frames.json").create_connection("ws://x/graphql")
    socket.send(json.dumps({"type": "connection_init"}))
    socket.recv()
    socket.send(json.dumps({**START, "payload": {**START["payload"], "operationName": "Other"}}))
    with pytest.raises(FramesMismatch, match="re-record"):
        socket.recv()


def test_nothing_recorded_writes_no_file_and_removes_a_stale_one(tmp_path):
    stale = tmp_path / "t.frames.json"
    stale.write_text("{}")
    FrameRecorder(lambda url, **options: None).save(stale)
    assert not stale.exists()


def test_scrub_frame_drops_tokens_at_any_depth():
    assert scrub_frame({"payload": {"Token": "x", "a": [{"token": "y", "b": 1}]}}) == {"payload": {"a": [{"b": 1}]}}
