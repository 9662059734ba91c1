"""Prompt files: versioned YAML in ``prompts/``, rendered strictly with jinja2.

A prompt file holds a ``name``, a ``version`` and a list of ``messages`` (``role`` + jinja2 ``template``)::

    name: handoff
    version: "1.0.0"
    messages:
      - role: system
        template: |
          You are ...

Rendering is strict: an undefined variable, a missing one or an unexpected one is a :class:`ConfigError`,
never a silently empty string. The sandboxed environment keeps templates from reaching Python internals.
Templates never receive raw transcript text: callers pass pre-serialised, delimiter-safe data lines (see
``handoff_prompt``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from jinja2 import StrictUndefined, Template, TemplateError, meta
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel, Field, ValidationError

from copilot.errors import ConfigError

__all__ = ["PromptFile", "cached_prompt", "load_prompt", "prompt_names"]

_ENV = SandboxedEnvironment(
    undefined=StrictUndefined,
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)


class _MessageSpec(BaseModel):
    role: str = Field(pattern=r"^(system|user|assistant)$")
    template: str = Field(min_length=1)


class _PromptSpec(BaseModel):
    name: str = Field(min_length=1, pattern=r"^[a-z0-9_]+$")
    version: str = Field(min_length=1)
    description: str = ""
    messages: list[_MessageSpec] = Field(min_length=1)


@dataclass(frozen=True)
class PromptFile:
    """A loaded prompt: its name, version, source path and compiled message templates."""

    name: str
    version: str
    path: Path
    roles: tuple[str, ...]
    templates: tuple[Template, ...]
    variables: frozenset[str]

    @property
    def label(self) -> str:
        """``name@version``: what ``meta.prompt_version`` reports."""
        return f"{self.name}@{self.version}"

    def render(self, **context: Any) -> list[dict[str, str]]:
        """Render every message with exactly the template's variables; raise ConfigError on any mismatch."""
        missing = self.variables - context.keys()
        unexpected = context.keys() - self.variables
        if missing or unexpected:
            raise ConfigError(
                f"prompt {self.path.name}: missing variables {sorted(missing)}, "
                f"unexpected variables {sorted(unexpected)}"
            )
        try:
            return [
                {"role": role, "content": template.render(**context).strip()}
                for role, template in zip(self.roles, self.templates, strict=True)
            ]
        except TemplateError as exc:
            raise ConfigError(f"prompt {self.path.name} cannot be rendered: {exc}") from exc


def prompt_names(prompts_dir: Path) -> list[str]:
    """Names of every prompt file (``*.yaml``) in ``prompts_dir``, sorted."""
    return sorted(p.stem for p in Path(prompts_dir).glob("*.yaml"))


def cached_prompt(prompts_dir: Path, name: str) -> PromptFile:
    """:func:`load_prompt`, reusing the compiled prompt until the file changes (keyed by its mtime)."""
    path = Path(prompts_dir) / f"{name}.yaml"
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = -1  # load_prompt raises the ConfigError
    return _cached(Path(prompts_dir), name, stamp)


@lru_cache(maxsize=64)
def _cached(prompts_dir: Path, name: str, stamp: int) -> PromptFile:
    return load_prompt(prompts_dir, name)


def load_prompt(prompts_dir: Path, name: str) -> PromptFile:
    """Load and compile ``prompts_dir/<name>.yaml``; raise ConfigError naming the file and the problem."""
    path = Path(prompts_dir) / f"{name}.yaml"
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        spec = _PromptSpec.model_validate(raw)
    except FileNotFoundError as exc:
        raise ConfigError(f"prompt file not found: {path}") from exc
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"prompt file {path} cannot be read: {exc}") from exc
    except ValidationError as exc:
        raise ConfigError(f"prompt file {path} is invalid: {exc.errors()[0]['msg']}") from exc
    if spec.name != name:
        raise ConfigError(f"prompt file {path} declares name {spec.name!r}; it must match the file name")
    variables: set[str] = set()
    try:
        for message in spec.messages:
            variables |= meta.find_undeclared_variables(_ENV.parse(message.template))
        templates = tuple(_ENV.from_string(m.template) for m in spec.messages)
    except TemplateError as exc:
        raise ConfigError(f"prompt file {path} has a template error: {exc}") from exc
    return PromptFile(
        name=spec.name,
        version=spec.version,
        path=path,
        roles=tuple(m.role for m in spec.messages),
        templates=templates,
        variables=frozenset(variables),
    )
