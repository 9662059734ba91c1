"""The REST API (FastAPI). The only package that imports FastAPI."""

from copilot.api.app import create_app

__all__ = ["create_app"]
