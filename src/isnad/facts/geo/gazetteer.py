"""The compact gazetteer shipped inside isnad, and its in-memory name index.

``build_gazetteer`` derives ``isnad/facts/data/gazetteer.tsv.gz`` from the shared Arabic-name gazetteer
(``../shared/data/gazetteer/gazetteer_ar.tsv``: GeoNames, Natural Earth, CLDR and curated rows; see
``isnad/facts/data/README.md`` for sources, licences and the attribution that ships with the data). It keeps every
country, every first-level division, the second-level divisions and populated places that have an Arabic name,
and the curated ``isnad:`` rows, with only the columns the resolver needs.

``Gazetteer.load()`` reads it and indexes every Arabic name under a matching key (see :func:`name_key`): the
name normalised by :func:`isnad.arabic.norm`, a leading article removed from each word, spaces removed
(البو كمال = البوكمال, دير الزور = ديرالزور). Look-up is a dict access per candidate span, never a scan.
"""
from __future__ import annotations

import csv
import gzip
import io
import math
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import attrgetter
from pathlib import Path

from ...cache import cached, code
from ...lexicon import load_list, load_tsv
from ...arabic.normalize import norm_key
from .name_index import F_ALT, F_ARTICLE, F_EITHER, F_HEADLESS, F_LONG, index_names  # noqa: F401 - the flags' home

DATA_FILE = "data/gazetteer.tsv.gz"
COLUMNS = ("id", "kind", "feature_code", "country_code", "admin1_code", "lat", "lon", "population", "name",
           "name_ar", "names_ar", "names_alt", "country_codes")
SOURCE_RELATIVE = Path("data") / "gazetteer" / "gazetteer_ar.tsv"
ALIASES_FILE = "data/place_aliases.tsv"  # curated Arabic names added to source rows at build time

# Letters that Arabic does not use: a name written with them (Persian, Urdu, Kurdish) cannot match Arabic text.
FOREIGN_LETTERS = set("پچژگڈٹڑںےۓہھۆێەڵڕۋۇۈڭ")


@dataclass(slots=True)
class Place:
    """One gazetteer row."""

    id: str
    kind: str  # country | admin1 | admin2 | populated_place | physical | region
    feature: str
    country: str
    admin1: str
    lat: float | None
    lon: float | None
    population: int
    name: str
    name_ar: str
    countries: tuple[str, ...] = ()

    @property
    def prior(self) -> float:
        """Log-scale prior of the place being meant: about log10 of its population, with bonuses for countries
        and capitals and fixed values for divisions and physical features (a small town named like a world city
        stays far below it)."""
        if self.kind == "country":
            return max(6.5, math.log10(self.population + 1)) + 1.0
        if self.kind == "admin1":
            return 4.2  # below a city of the same name: a bare name is the city unless محافظة comes first
        if self.feature == "CONT":
            return 6.5  # a continent (أوروبا): as well known as a country, but no country of its own
        if self.kind in ("physical", "region"):
            return 5.5 if self.id.startswith("isnad:") else 4.0
        if self.kind == "admin2":
            return 2.7
        base = {"PPLC": 0.8, "PPLA": 0.5, "PPLA2": 0.3, "PPLA3": 0.15}.get(self.feature, 0.0)
        return max(2.5, math.log10(self.population + 1)) + base

    @property
    def prominence(self) -> float:
        """How well known the place is, about [0, 1.7]: 1.5 for a country, 0.8 for a first-level division, else
        the prior rescaled."""
        if self.kind == "country":
            return 1.5
        if self.kind == "admin1":
            return 0.8
        return max(0.0, (self.prior - 3.0) / 3.0)


def _is_foreign(name: str) -> bool:
    return any(ch in FOREIGN_LETTERS for ch in name)


def _split(s: str) -> list[str]:
    return [x.strip() for x in s.split("|") if x.strip()]


def _dedupe(names: list[str], seen: set[str]) -> list[str]:
    out = []
    for n in names:
        k = norm_key(n)
        if k and k not in seen:
            seen.add(k)
            out.append(n)
    return out


def curated_aliases() -> dict[str, list[str]]:
    """Row id -> the Arabic names isnad adds to it (``data/place_aliases.tsv``: id, name, source of the fact)."""
    out: dict[str, list[str]] = {}
    for row in load_tsv("isnad.facts", ALIASES_FILE):
        out.setdefault(row[0], []).append(row[1])
    return out


def build_gazetteer(source: str | os.PathLike, out_path: str | os.PathLike, strict: bool = False
                    ) -> dict[str, int]:
    """Derive the compact gazetteer from ``gazetteer_ar.tsv`` and the curated aliases; returns row counts by
    kind. A row that gains an alias is kept whatever its kind (a Natural Earth continent). ``strict``: an alias
    whose id the source lacks is an error (the full source; a test's small one lacks most)."""
    csv.field_size_limit(1 << 30)
    aliases = curated_aliases()
    unused = set(aliases)
    counts: dict[str, int] = {}
    out_rows = []
    with open(source, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = set(("id", "kind", "names_ar", "names_ar_curated", "country_code", "lat", "lon")) - set(
            reader.fieldnames or ())
        if missing:
            raise ValueError(f"{source}: not a gazetteer_ar.tsv (missing columns: {', '.join(sorted(missing))})")
        for row in reader:
            kind = row["kind"]
            arabic = _split(row["names_ar"]) + _split(row["names_ar_curated"]) + aliases.get(row["id"], [])
            unused.discard(row["id"])
            curated = row["id"].startswith("isnad:") or row["id"] in aliases
            keep = kind in ("country", "admin1") or curated or (kind in ("admin2", "populated_place") and arabic)
            if not keep:
                continue
            # Names are stored as matching keys (isnad.arabic.norm_key): one per distinct key, quick to index.
            seen: set[str] = set()
            names = [norm_key(n) for n in _dedupe(arabic, seen)]
            alt = [norm_key(n) for n in _dedupe([n for n in _split(row["names_ar_other_script"])
                                                  if not _is_foreign(n)], seen)]
            out_rows.append((
                row["id"], kind, row["feature_code"], row["country_code"], row["admin1_code"],
                row["lat"], row["lon"], row["population"], row["name"],
                row["name_ar"] or next(iter(aliases.get(row["id"], ())), ""),
                "|".join(names), "|".join(alt), row["country_codes"] if kind == "physical" else "",
            ))
            counts[kind] = counts.get(kind, 0) + 1
    if unused and strict:
        raise ValueError(f"{ALIASES_FILE}: ids not in the source: {', '.join(sorted(unused))}")
    buf = io.StringIO()
    buf.write("\t".join(COLUMNS) + "\n")
    for r in out_rows:
        buf.write("\t".join(c.replace("\t", " ").replace("\n", " ") for c in r) + "\n")
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical across rebuilds of the same source.
    with open(out_path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))
    return counts


# --- the name index --------------------------------------------------------------------------------------------

def _generic_heads() -> tuple[str, ...]:
    """Heads removed from gazetteer names to index the bare name too (محافظة الأنبار -> الأنبار)."""
    return tuple(norm_key(h) + " " for h in load_list("isnad.facts", "data/name_heads.txt"))


def key_words(name: str) -> list[str]:
    """The normalised words of a name, each without a leading article."""
    out = []
    for w in norm_key(name).split(" "):
        if w.startswith("ال") and len(w) >= 4:
            w = w[2:]
        if w:
            out.append(w)
    return out


def name_key(name: str) -> str:
    """The index key of a name: normalised words without their article, joined without spaces."""
    return "".join(key_words(name))


class Gazetteer:
    """Rows plus a normalised-key index: ``index[key] -> [(row number, flags), ...]``. ``names`` are
    ``(row, name as norm_key, flags)``."""

    def __init__(self, places: list[Place], names: list[tuple[int, str, int]]):
        # index[key] -> [(row, flags)]; prefixes: keys of the first k words of every name (to stop extending a
        # span); max_words: the most words of a name (see isnad.facts.geo.name_index)
        _, self.index, self.prefixes, self.max_words, _ = _state(list(map(_FIELDS, places)), names, False)
        self._ready(places)

    def _ready(self, places: list[Place], country_keys: dict[str, list[str]] | None = None) -> None:
        self.places = places
        self.by_id = {p.id: i for i, p in enumerate(places)}
        self.admin1_row = {(p.country, p.admin1): i for i, p in enumerate(places) if p.kind == "admin1"}
        self._deletions: dict[str, dict[str, list[str]]] = {}
        self._country_keys = country_keys
        self._major_keys: dict[int, set[str]] | None = None

    @classmethod
    def from_state(cls, state: tuple) -> "Gazetteer":
        """The gazetteer of :func:`_state` (built, or read back from :mod:`isnad.cache`)."""
        rows, index, prefixes, max_words, country_keys = state
        g = cls.__new__(cls)
        g.index, g.prefixes, g.max_words = index, prefixes, max_words
        g._ready([Place(*r) for r in rows], country_keys)
        return g

    @classmethod
    def from_file(cls, fh) -> "Gazetteer":
        return cls.from_state(_state(*_read_rows(fh), with_country_keys=False))

    @classmethod
    def load(cls, path: str | os.PathLike | None = None) -> "Gazetteer":
        """The gazetteer of ``path`` (default: the packaged one); the packaged one's built index is kept in
        :mod:`isnad.cache` between runs."""
        if path is None:
            raw = resources.files("isnad.facts").joinpath(DATA_FILE).read_bytes()

            def build() -> tuple:
                with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as fh:
                    return _state(*_read_rows(fh), with_country_keys=True)

            heads = resources.files("isnad.facts").joinpath("data/name_heads.txt").read_bytes()
            sources = [raw, heads, *code(__name__, "isnad.facts.geo.name_index", "isnad.arabic.normalize")]
            return cls.from_state(cached("geo-gazetteer", sources, build))
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return cls.from_file(fh)

    def lookup(self, key: str) -> list[tuple[int, int]]:
        return self.index.get(key, [])

    def place(self, row: int) -> Place:
        return self.places[row]

    def get(self, place_id: str) -> Place | None:
        i = self.by_id.get(place_id)
        return None if i is None else self.places[i]

    def major_keys(self) -> dict[int, set[str]]:
        """Countries and national capitals (row -> their name keys, other languages' spellings left out), built on
        first use: the completions of a word cut at the end of a page."""
        if self._major_keys is None:
            keys: dict[int, set[str]] = {}
            for key, hits in self.index.items():
                for r, f in hits:
                    p = self.places[r]
                    if not f & F_ALT and (p.kind == "country" or p.feature == "PPLC"):
                        keys.setdefault(r, set()).add(key)
            self._major_keys = keys
        return self._major_keys

    def country_keys(self) -> dict[str, list[str]]:
        """Country -> the keys (of four letters or more) of its places."""
        if self._country_keys is None:
            self._country_keys = _country_keys(self.index, [p.country for p in self.places])
        return self._country_keys

    # Spelling variants: keys within one edit (insertion, deletion, substitution, adjacent transposition), built
    # per country on first use (a country's keys and their one-letter deletions).
    def _deletion_index(self, country: str) -> dict[str, list[str]]:
        d = self._deletions.get(country)
        if d is None:
            d = {}
            for key in self.country_keys().get(country, ()):
                for v in {key} | {key[:i] + key[i + 1:] for i in range(len(key))}:
                    d.setdefault(v, []).append(key)
            self._deletions[country] = d
        return d

    def near_keys(self, key: str, country: str) -> list[str]:
        """Keys of ``country``'s places at Damerau distance exactly 1 from ``key`` (``key`` itself excluded)."""
        d = self._deletion_index(country)
        cands: set[str] = set()
        for v in {key} | {key[:i] + key[i + 1:] for i in range(len(key))}:
            cands.update(d.get(v, ()))
        cands.discard(key)
        return sorted(k for k in cands if _within_one(key, k))


# --- building the state: rows as tuples (Place's fields in order), the index, each country's keys ----------------

_FIELDS = attrgetter(*Place.__slots__)  # a Place -> its row tuple
_ID, _KIND, _COUNTRY = (Place.__slots__.index(f) for f in ("id", "kind", "country"))


def _read_rows(fh) -> tuple[list[tuple], list[tuple[int, str, int]]]:
    """The rows of a gazetteer file (tuples of :class:`Place`'s fields; a string that many rows share, a kind or a
    country code, as one object, which the cached form then stores and reads once) and its names ``(row, name as
    norm_key, flags)``."""
    header = fh.readline().rstrip("\n").split("\t")
    if tuple(header) != COLUMNS:
        raise ValueError("gazetteer file: unexpected columns (rebuild it with `isnad build gazetteer`)")
    one = {}.setdefault
    rows: list[tuple] = []
    names: list[tuple[int, str, int]] = []
    for line in fh:
        c = line.rstrip("\n").split("\t")
        i = len(rows)
        rows.append((
            c[0], one(c[1], c[1]), one(c[2], c[2]), one(c[3], c[3]), one(c[4], c[4]),
            float(c[5]) if c[5] else None, float(c[6]) if c[6] else None, int(float(c[7])) if c[7] else 0,
            one(c[8], c[8]), one(c[9], c[9]), tuple(c[12].split("|")) if c[12] else ()))
        if c[10]:
            for n in c[10].split("|"):
                names.append((i, n, 0))
        if c[11]:
            for n in c[11].split("|"):
                names.append((i, n, F_ALT))
    return rows, names


def _state(rows: list[tuple], names: list[tuple[int, str, int]], with_country_keys: bool) -> tuple:
    """``(rows, index, prefixes, max_words, country keys or None)``: what :meth:`Gazetteer.from_state` takes and
    :mod:`isnad.cache` keeps (plain values)."""
    index, prefixes, max_words = index_names(names, _generic_heads())
    # Where a curated region repeats a GeoNames first-level division (قطاع غزة, الضفة الغربية), keep the
    # GeoNames row, as the gold annotation does.
    for lst in index.values():
        if len(lst) > 1:
            a1 = {rows[r][_COUNTRY] for r, _ in lst
                  if rows[r][_KIND] == "admin1" and rows[r][_ID].startswith("gn:")}
            if a1:
                lst[:] = [(r, f) for r, f in lst if not (rows[r][_KIND] == "region" and rows[r][_COUNTRY] in a1)]
    keys = _country_keys(index, [r[_COUNTRY] for r in rows]) if with_country_keys else None
    return rows, index, prefixes, max_words, keys


def _country_keys(index: dict[str, list[tuple[int, int]]], country_of: list[str]) -> dict[str, list[str]]:
    """Country -> the keys (of four letters or more) of its places, in index order."""
    by_country: dict[str, dict[str, None]] = {}
    for key, hits in index.items():
        if len(key) >= 4:
            for r, _ in hits:
                by_country.setdefault(country_of[r], {})[key] = None
    return {c: list(keys) for c, keys in by_country.items()}


def _within_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The packaged gazetteer, loaded once per process."""
    return Gazetteer.load()


def shared_source(shared: str | os.PathLike) -> Path:
    return Path(shared) / SOURCE_RELATIVE


def country_named(text: str | None) -> str | None:
    """The country a phrase names when the whole phrase is a country or a capital (موسكو → RU), else None: the
    country a speaker phrase stands for (موسكو تنفي، إسرائيل قالت)."""
    if not text:
        return None
    gaz = gazetteer()
    for row, _ in gaz.lookup(name_key(text)):
        p = gaz.place(row)
        if p.kind == "country" or p.feature == "PPLC":
            return p.country
    return None
