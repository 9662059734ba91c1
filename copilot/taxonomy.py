"""The tenant's intent taxonomy: a YAML file of intents with descriptions, examples and routing skills."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from copilot.errors import ConfigError

__all__ = ["IntentSpec", "Taxonomy", "load_taxonomy"]


class IntentSpec(BaseModel):
    """One intent of the taxonomy."""

    name: str = Field(min_length=1, pattern=r"^[a-z0-9_.-]+$")
    description: str = ""
    examples: list[str] = Field(default_factory=list)
    skills: list[str] = Field(default_factory=list)


class Taxonomy(BaseModel):
    """All intents of one tenant; names are unique."""

    intents: list[IntentSpec] = Field(min_length=1)
    source: str | None = None

    @field_validator("intents")
    @classmethod
    def _unique(cls, intents: list[IntentSpec]) -> list[IntentSpec]:
        seen: set[str] = set()
        for spec in intents:
            if spec.name in seen:
                raise ValueError(f"duplicate intent name {spec.name!r}")
            seen.add(spec.name)
        return intents

    @property
    def names(self) -> list[str]:
        """Intent names in file order."""
        return [i.name for i in self.intents]

    def get(self, name: str) -> IntentSpec | None:
        """Return the intent called ``name``, or None."""
        return next((i for i in self.intents if i.name == name), None)


def load_taxonomy(path: Path) -> Taxonomy:
    """Read and validate a taxonomy file; raise ConfigError naming the file and the problem."""
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"taxonomy file not found: {path}") from exc
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"taxonomy file {path} cannot be read: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"taxonomy file {path} must be a mapping with an 'intents' list")
    try:
        return Taxonomy.model_validate({**raw, "source": str(path)})
    except ValidationError as exc:
        raise ConfigError(f"taxonomy file {path} is invalid: {exc.errors()[0]['msg']}") from exc
