"""Memoisation of pure text functions for the length of one request.

Several analyzers and the composer read the same messages and sentences (is this a request for a person? what
are its cue words? its clauses?). A per-request memo lets each such reading be computed once per request and
shared by every module that needs it, without keeping the texts of past conversations in process-wide caches:
such caches would hold customers' text after the request ends and make repeated benchmark texts look cheaper
than the new text every real request brings.

``Pipeline.run`` opens a :func:`request_scope`; functions decorated with :func:`per_request` remember their
results inside it. Outside a scope (unit tests, a direct call) they simply compute.
"""

from __future__ import annotations

import inspect
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, TypeVar, cast

__all__ = ["per_request", "request_scope", "request_table"]

F = TypeVar("F", bound=Callable[..., Any])

_MEMO: ContextVar[dict[Any, dict[Any, Any]] | None] = ContextVar("copilot_request_memo", default=None)
"""Per request: decorated function -> its table of arguments -> result (a ``defaultdict(dict)``)."""
_KEYWORDS = object()
"""Marks the key of a call with keyword arguments, so it never equals another call's positional tuple."""
_MISSING = object()
"""A table's answer for a call not computed yet in this request (``None`` is a real result)."""


@contextmanager
def request_scope() -> Iterator[None]:
    """Open a fresh memo for the current request (task-local: concurrent requests never share one)."""
    token = _MEMO.set(defaultdict(dict))
    try:
        yield
    finally:
        _MEMO.reset(token)


def per_request(function: F) -> F:
    """Decorate a pure function of hashable arguments so each distinct call is computed once per request.

    Same contract as ``functools.lru_cache`` (arguments hashable, result treated as immutable), but the memo
    lives only as long as the request's :func:`request_scope`.
    """
    if _takes_one_argument(function):
        return _one_argument_memo(function)
    return _any_arguments_memo(function)


def _takes_one_argument(function: Callable[..., Any]) -> bool:
    """Does ``function`` take exactly one argument, with no default (most memoised readers: one text)?"""
    try:
        parameters = list(inspect.signature(function).parameters.values())
    except (TypeError, ValueError):
        return False
    return (
        len(parameters) == 1
        and parameters[0].kind in (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        and parameters[0].default is inspect.Parameter.empty
    )


def _one_argument_memo(function: F) -> F:
    """:func:`per_request` for a one-argument function called positionally (nearly every call, ~1,400 a request):
    the argument itself is the key, so no tuple of arguments is packed, hashed and kept per call (about half the
    wrapper's cost). A call by keyword takes the general path below, under a key of its own."""
    general = _any_arguments_memo(function)

    @wraps(function)
    def memoised(argument: Any = _MISSING, /, *args: Any, **kwargs: Any) -> Any:
        if argument is _MISSING or args or kwargs:
            return general(*args, **kwargs) if argument is _MISSING else general(argument, *args, **kwargs)
        memo = _MEMO.get()
        if memo is None:
            return function(argument)
        table = memo[memoised]
        value = table.get(argument, _MISSING)
        if value is _MISSING:
            value = table[argument] = function(argument)
        return value

    return cast(F, memoised)


def _any_arguments_memo(function: F) -> F:
    """:func:`per_request` for any signature: the key is the positional arguments' own tuple."""

    @wraps(function)
    def memoised(*args: Any, **kwargs: Any) -> Any:
        memo = _MEMO.get()
        if memo is None:
            return function(*args, **kwargs)
        # one table per function, keyed by the positional arguments' own tuple: a hit builds no key; most calls
        # are first calls, so a miss is found by ``get`` (a caught KeyError costs twice the whole lookup)
        table = memo[memoised]
        key = (_KEYWORDS, args, tuple(kwargs.items())) if kwargs else args
        value = table.get(key, _MISSING)
        if value is _MISSING:
            value = table[key] = function(*args, **kwargs)
        return value

    return cast(F, memoised)


def request_table(owner: object) -> dict[Any, Any] | None:
    """The current request's own table for ``owner`` (any object, usually the function that fills it), or None
    outside a request scope: for memos whose key is not the arguments themselves (e.g. ``id()`` of an unhashable
    object that lives as long as the request)."""
    memo = _MEMO.get()
    return None if memo is None else memo[owner]

