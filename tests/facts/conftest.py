"""Fixtures of the facts tests."""
from __future__ import annotations

import pytest

HEADER = ("id\tkind\tgeonameid\twikidata\tname\tascii_name\tname_ar\tnames_ar\tnames_ar_other_script\t"
          "names_ar_curated\tfeature_class\tfeature_code\tcountry_code\tadmin1_code\tlat\tlon\tpopulation\tbbox\t"
          "country_codes\tcoord_method\tsource")


@pytest.fixture
def gazetteer_tsv():
    """Write a small file in the shared gazetteer's format: ``gazetteer_tsv(path, dict(id=..., kind=...), ...)``."""
    def write(path, *rows):
        cols = HEADER.split("\t")
        lines = [HEADER] + ["\t".join(r.get(c, "") for c in cols) for r in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return path
    return write
