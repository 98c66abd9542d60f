"""Making hostile HTML parseable: scripts and styles removed, nesting bounded, limits enforced."""
from __future__ import annotations

import pytest

from isnad.ingest import htmlprep
from isnad.ingest.errors import InputError
from isnad.ingest.htmldom import page_text, parse_tree
from isnad.ingest.htmlprep import prepare_html

from ingest_samples import PARA1


def test_scripts_styles_and_comments_are_removed_but_json_ld_stays():
    page = ("<html><head><script>var secret = 'x';</script><style>p{}</style>"
            '<script type="application/ld+json">{"headline": "h"}</script></head>'
            f"<body><!-- hidden --><p>{PARA1}</p><noscript>enable js</noscript><svg><text>x</text></svg></body></html>")
    html = prepare_html(page, "x").html
    for gone in ("secret", "p{}", "hidden", "enable js", "<svg"):
        assert gone not in html
    assert '"headline": "h"' in html and PARA1 in html


def test_unclosed_script_and_comment_run_to_the_end():
    assert prepare_html(f"<p>{PARA1}</p><script>while(1){{}}", "x").html == f"<p>{PARA1}</p>"
    assert prepare_html(f"<p>{PARA1}</p><!-- never closed <p>x</p>", "x").html == f"<p>{PARA1}</p>"


def test_deep_nesting_is_flattened_and_the_text_survives():
    n = htmlprep.MAX_DEPTH * 5
    prep = prepare_html("<body>" + "<div>" * n + f"<p>{PARA1}</p>" + "</div>" * n + "</body>", "x")
    assert prep.depth > htmlprep.MAX_DEPTH and prep.flattened > 0
    tree = parse_tree(prep.html, "x")
    assert page_text(tree) == PARA1


def test_normal_nesting_is_untouched():
    page = "<body>" + "<div>" * 20 + f"<p>{PARA1}</p>" + "</div>" * 20 + "</body>"
    prep = prepare_html(page, "x")
    assert prep.html == page and prep.flattened == 0 and prep.depth == 21


def test_element_limit(monkeypatch):
    monkeypatch.setattr(htmlprep, "MAX_ELEMENTS", 100)
    with pytest.raises(InputError, match=r"x.html: HTML has 201 elements, more than a news page \(limit 100\)"):
        prepare_html("<body>" + "<i>a</i>" * 200 + "</body>", "x.html")


def test_markup_size_limit(monkeypatch):
    monkeypatch.setattr(htmlprep, "MAX_MARKUP_CHARS", 1000)
    with pytest.raises(InputError, match="HTML too large to be one page"):
        prepare_html("<p>" + "ا" * 2000 + "</p>", "x.html")
    # scripts do not count towards the limit
    assert prepare_html("<script>" + "x" * 5000 + "</script><p>ok</p>", "x.html").html == "<p>ok</p>"


def test_page_text_puts_each_block_on_its_own_line():
    tree = parse_tree("<body><div>أ<b>ب</b> ج<p>د</p>هـ</div><ul><li>و</li><li>ز</li></ul>ح<br>ط</body>", "x")
    assert page_text(tree).splitlines() == ["أب ج", "د", "هـ", "و", "ز", "ح", "ط"]
