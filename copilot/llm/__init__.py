"""The LLM engine: the only package that imports litellm, openai or tiktoken.

Importing this package sets two offline switches (only when the environment does not set them already), before
any submodule can import litellm or tiktoken:

- ``LITELLM_LOCAL_MODEL_COST_MAP=True``: litellm reads its bundled price map instead of fetching one at
  import;
- ``TIKTOKEN_CACHE_DIR``: the cl100k/o200k encoding files that litellm ships, so tiktoken never downloads.

litellm itself is imported lazily (it takes ~2 s): a service without ``COPILOT_LLM_MODEL`` never loads it.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from copilot.config import Settings
    from copilot.ports import LLMEngine
    from copilot.taxonomy import Taxonomy

__all__ = ["build_llm_engine"]


def _set_offline_defaults() -> None:
    os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    if "TIKTOKEN_CACHE_DIR" in os.environ:
        return
    spec = importlib.util.find_spec("litellm")
    for location in (spec.submodule_search_locations or []) if spec else []:
        tokenizers = Path(location) / "litellm_core_utils" / "tokenizers"
        if tokenizers.is_dir():
            os.environ["TIKTOKEN_CACHE_DIR"] = str(tokenizers)
            return


_set_offline_defaults()


def build_llm_engine(settings: Settings, taxonomy: Taxonomy | None = None) -> LLMEngine | None:
    """Build the LLM engine from settings, or return None when ``COPILOT_LLM_MODEL`` is unset.

    ``taxonomy`` is the tenant's intent list the model must choose from; when omitted the file named by
    ``COPILOT_TAXONOMY`` is loaded. Prompts are loaded and checked here, so a broken prompt file fails at
    start-up (ConfigError) rather than on the first handoff.
    """
    if not settings.llm_model:
        return None
    from copilot.llm.engine import LiteLLMEngine
    from copilot.taxonomy import load_taxonomy

    if taxonomy is None:
        taxonomy = load_taxonomy(settings.resolve(settings.taxonomy))
    return LiteLLMEngine(settings, taxonomy)
