"""Tests must never reach the network: the guard itself is tested."""

from __future__ import annotations

import socket

import pytest
from pytest_socket import SocketBlockedError, SocketConnectBlockedError


def test_outbound_connections_are_blocked() -> None:
    with pytest.raises((SocketBlockedError, SocketConnectBlockedError)):
        socket.create_connection(("93.184.216.34", 80), timeout=1)
