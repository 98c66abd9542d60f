"""Inputs shared by the ingestion tests (a plain module: tests import it by name)."""
from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data"

# Our own sentences (see data/README.md), used to build inputs of every kind.
TITLE = "الوزارة تعلن استئناف الحوار مع النقابات"
PARA1 = ("قال المتحدث باسم الوزارة إن الاجتماع عقد في ظروف صعبة، وأضاف أن الطرفين اتفقا على مواصلة الحوار "
         "خلال الأسبوع المقبل.")
PARA2 = "وأشار إلى أن الجولة المقبلة ستعقد في العاصمة بحضور ممثلين عن النقابات المهنية والوسطاء."
ARTICLE = f"{TITLE}\n\n{PARA1}\n\n{PARA2}\n"


def html_page(body: str, head: str = "", charset: str | None = "utf-8", title: str = TITLE) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<!DOCTYPE html><html><head>{meta}<title>{title}</title>{head}</head><body>{body}</body></html>"


def article_html() -> str:
    return html_page(f"<article><h1>{TITLE}</h1><p>{PARA1}</p><p>{PARA2}</p></article>")
