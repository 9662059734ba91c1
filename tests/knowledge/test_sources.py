"""Loading help centers from disk: Markdown front matter, JSONL, HTML; errors that name the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from copilot.errors import IngestError
from copilot.knowledge.html import parse_html
from copilot.knowledge.sources import load_articles

from .conftest import HELPCENTER, HELPCENTER_IDS


def test_a_folder_is_loaded_recursively_from_every_format() -> None:
    articles = {a.id: a for a in load_articles(HELPCENTER)}
    assert set(articles) == HELPCENTER_IDS
    unlock = articles["spk-unlock-failed"]
    assert unlock.title == "My scooter won't unlock"
    assert unlock.url == "https://help.spokes.example/unlock-failed"
    assert unlock.tags == ["unlock", "qr code", "E-21"]
    assert unlock.body.startswith("# My scooter won't unlock") and "id:" not in unlock.body
    promo = articles["spk-promo-codes"]
    assert promo.source is not None and promo.source.endswith("more.jsonl:3")  # the blank line 2 is skipped
    assert promo.tags == ["promo", "discount", "free minutes"]


def test_html_keeps_the_main_text_and_drops_navigation() -> None:
    page = {a.id: a for a in load_articles(HELPCENTER)}["pages-lost-item"]  # id from the path, no meta id
    assert page.title == "I left something on a scooter"
    assert page.url == "https://help.spokes.example/lost-item"
    assert page.tags == ["lost item", "forgot", "phone"]
    assert "## How to get it back" in page.body and "We keep found items for 30 days." in page.body
    for boilerplate in ("Help home", "Search help", "Spokes Mobility", "track()", "Related: parking"):
        assert boilerplate not in page.body


def test_html_declared_id_and_role_navigation() -> None:
    page = parse_html(
        '<html><head><meta name="kb-id" content="x-1"><meta property="og:url" content="https://h/x">'
        '<title>Head title</title></head><body><div role="navigation">Menu</div>'
        "<p>Just a <b>paragraph</b> of <a href='#'>text</a>.</p></body></html>"
    )
    assert (page.article_id, page.url, page.title) == ("x-1", "https://h/x", "Head title")
    assert page.body == "Just a paragraph of text."


def test_a_single_file_can_be_ingested(tmp_path: Path) -> None:
    file = tmp_path / "one.md"
    file.write_text("---\nid: one\ntags: billing, refunds\n---\n# Heading\nBody", encoding="utf-8")
    [article] = load_articles(file)
    assert (article.id, article.tags, article.title) == ("one", ["billing", "refunds"], "")


def test_numeric_ids_become_text(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": 42, "title": "T", "body": "B"}\n', encoding="utf-8")
    assert load_articles(tmp_path)[0].id == "42"


def test_hidden_files_and_other_types_are_skipped(tmp_path: Path) -> None:
    (tmp_path / ".drafts").mkdir()
    (tmp_path / ".drafts" / "draft.md").write_text("no front matter", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    (tmp_path / "a.md").write_text("---\nid: a\n---\nText", encoding="utf-8")
    assert [a.id for a in load_articles(tmp_path)] == ["a"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "latin.md",
            "---\nid: x\n---\nna\xefve".encode("latin-1"),
            r"latin\.md: not UTF-8 text \(invalid byte 0xef",
        ),
        ("noid.md", b"---\ntitle: Hello\n---\nBody", r"noid\.md: missing id"),
        ("yaml.md", b"---\nid: [unclosed\n---\nBody", r"yaml\.md: the front matter is not valid YAML"),
        ("lines.jsonl", b'{"id": "a", "body": "x"}\n{not json}\n', r"lines\.jsonl:2: not valid JSON"),
        ("list.jsonl", b'["a"]\n', r"list\.jsonl:1: expected a JSON object"),
        ("tags.jsonl", b'{"id": "a", "body": "x", "tags": 5}\n', r"tags\.jsonl:1: field 'tags'"),
    ],
)
def test_bad_files_are_named(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(IngestError, match=message):
        load_articles(tmp_path)


def test_missing_empty_and_unsupported_sources(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="not found"):
        load_articles(tmp_path / "nope")
    with pytest.raises(IngestError, match="no articles found"):
        load_articles(tmp_path)
    (tmp_path / "doc.pdf").write_bytes(b"%PDF")
    with pytest.raises(IngestError, match="unsupported file type"):
        load_articles(tmp_path / "doc.pdf")
