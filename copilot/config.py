"""Settings: one pydantic-settings class read from ``COPILOT_*`` variables, built by :func:`get_settings`.

Nothing is read at import time; tests build their own ``Settings(...)`` and pass it down (or override
``get_settings`` in FastAPI's ``dependency_overrides``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import BeforeValidator, Field
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

__all__ = ["Settings", "get_settings", "project_root"]


def project_root() -> Path:
    """Return the repository root (where ``kb/`` and ``prompts/`` live) for resolving default relative paths."""
    return Path(__file__).resolve().parent.parent


def _split_csv(value: object) -> object:
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


CsvList = Annotated[list[str], NoDecode, BeforeValidator(_split_csv)]


class Settings(BaseSettings):
    """Every tunable of the service. Environment variables use the ``COPILOT_`` prefix."""

    model_config = SettingsConfigDict(env_prefix="COPILOT_", env_file=None, extra="ignore")

    # storage
    data_dir: Path = Path("./.copilot")
    # taxonomy and knowledge base
    taxonomy: Path = Path("kb/intents.yaml")
    kb_path: Path = Path("kb/articles")
    chroma_url: str | None = None
    embedder: str = Field(
        default="hashing",
        description="hashing (default, no torch) | neural (optional extra) | litellm:<model> (provider embeddings)",
    )
    kb_max_article_chars: int = Field(default=100_000, gt=0)
    kb_chunk_chars: int = Field(default=1000, ge=100)
    kb_chunk_overlap: int = Field(default=150, ge=0)
    intent_classifier: str = Field(default="auto", description="auto | tfidf | neural")
    # LLM engine
    llm_model: str | None = None
    llm_api_base: str | None = None
    llm_api_key: str | None = None
    llm_timeout_s: float = Field(default=20.0, gt=0)
    llm_fallback_models: CsvList = Field(default_factory=list)
    llm_max_retries: int = Field(default=1, ge=0, le=5)
    llm_max_output_tokens: int = Field(default=1800, ge=128)
    llm_context_tokens: int | None = None
    prompts_dir: Path = Path("prompts")
    # profile and messaging policy
    vip_tiers: CsvList = Field(default_factory=lambda: ["enterprise", "vip", "platinum", "premier"])
    vip_lifetime_value: float | None = None
    callback_wait_threshold_s: float = Field(default=300.0, ge=0)
    company_name: str | None = Field(default=None, description="Named in customer messages; unset: 'our team'")
    # request limits
    max_body_bytes: int = Field(default=1024 * 1024, gt=0)
    max_messages: int = Field(default=500, gt=0)
    max_message_chars: int = Field(default=20_000, gt=0)

    def model_post_init(self, __context: object) -> None:
        """Compare VIP tiers case-insensitively."""
        object.__setattr__(self, "vip_tiers", [t.lower() for t in self.vip_tiers])

    def resolve(self, path: Path) -> Path:
        """Resolve a relative content path against the CWD first, then the repository root."""
        if path.is_absolute() or path.exists():
            return path
        candidate = project_root() / path
        return candidate if candidate.exists() else path

    @property
    def db_path(self) -> Path:
        """The embedded SQLite database file for stored packages."""
        return self.data_dir / "copilot.sqlite3"

    @property
    def chroma_path(self) -> Path:
        """The folder of the embedded chromadb PersistentClient."""
        return self.data_dir / "chroma"

    @property
    def llm_enabled(self) -> bool:
        """True when an LLM model is configured (``options.engine = auto`` then uses it)."""
        return bool(self.llm_model)


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Build the process-wide settings from the environment, once, on first use."""
    return Settings()
