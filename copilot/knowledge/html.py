"""Help-center HTML pages to articles: the page's main text with navigation, headers and scripts dropped."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

__all__ = ["HtmlPage", "parse_html"]

_DROP = ["script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form"]
_DROP_ROLES = ("navigation", "banner", "contentinfo", "search", "complementary")
_BLOCKS = (
    "p", "div", "section", "article", "li", "ul", "ol", "table", "tr", "br", "pre", "blockquote",
    "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6",
)  # fmt: skip
_ID_META = ("kb-id", "article-id", "article_id", "id")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class HtmlPage:
    """What a page yields: an optional declared id, title, url, tags and the Markdown-ish body text."""

    def __init__(self, *, article_id: str, title: str, url: str | None, tags: list[str], body: str) -> None:
        self.article_id = article_id
        self.title = title
        self.url = url
        self.tags = tags
        self.body = body


def parse_html(markup: str) -> HtmlPage:
    """Extract the article from a page: ``<main>``/``<article>`` text, headings kept as Markdown headings.

    The id comes from ``<meta name="kb-id">`` (or ``article-id``/``id``) when present, else it is left empty
    for the caller to derive from the file path; the url from ``<link rel="canonical">`` or ``og:url``; tags
    from ``<meta name="keywords">``.
    """
    soup = BeautifulSoup(markup, "html.parser")
    head_title = _meta(soup, property_="og:title") or (soup.title.get_text(strip=True) if soup.title else "")
    article_id = next((v for name in _ID_META if (v := _meta(soup, name=name))), "")
    url = _canonical(soup)
    keywords = _meta(soup, name="keywords")
    tags = [t.strip() for t in keywords.split(",") if t.strip()] if keywords else []
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(role=list(_DROP_ROLES)):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    h1 = root.find("h1") if isinstance(root, Tag) else None
    title = h1.get_text(" ", strip=True) if isinstance(h1, Tag) else head_title
    return HtmlPage(article_id=article_id, title=title or head_title, url=url, tags=tags, body=_text(root))


def _meta(soup: BeautifulSoup, *, name: str | None = None, property_: str | None = None) -> str:
    tag = soup.find("meta", attrs={"name": name}) if name else soup.find("meta", property=property_ or "")
    content = tag.get("content") if isinstance(tag, Tag) else None
    return content.strip() if isinstance(content, str) else ""


def _canonical(soup: BeautifulSoup) -> str | None:
    link = soup.find("link", rel="canonical")
    href = link.get("href") if isinstance(link, Tag) else None
    if isinstance(href, str) and href.strip():
        return href.strip()
    return _meta(soup, property_="og:url") or None


def _text(root: Tag | BeautifulSoup) -> str:
    """Block elements end lines, headings become ``#`` lines; runs of blank lines collapse to one."""
    for tag in root.find_all(_BLOCKS):
        if tag.name and tag.name[0] == "h" and tag.name[1:].isdigit():
            tag.insert(0, "\n" + "#" * int(tag.name[1:]) + " ")
        tag.append("\n")
    lines = [_SPACES.sub(" ", line).strip() for line in root.get_text().splitlines()]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
