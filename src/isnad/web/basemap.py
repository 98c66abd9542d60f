"""Build the offline basemap shipped with the web app from ``../shared/data/basemap/``.

``python -m isnad.web.basemap [SHARED_DIR]`` reads ``countries_ar_simplified.geojson`` (Natural Earth 5.1.1
admin-0, already simplified; public domain), keeps each country's Arabic and English names and ISO code, rounds
coordinates to 0.01° and drops the repeated points that rounding makes, and writes
``isnad/web/static/basemap.geojson``. The map pages draw it with Leaflet as a GeoJSON layer: no tile server.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

SOURCE = "data/basemap/countries_ar_simplified.geojson"
TARGET = Path(__file__).parent / "static" / "basemap.geojson"
KEEP = ("iso_a2", "name_ar", "name_en")


def _ring(ring: list) -> list:
    out: list = []
    for lon, lat, *_ in ring:
        point = [round(lon, 2), round(lat, 2)]
        if not out or out[-1] != point:
            out.append(point)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def _polygon(rings: list) -> list:
    return [r for r in (_ring(x) for x in rings) if len(r) >= 4]


def simplify(geometry: dict) -> dict | None:
    if geometry["type"] == "Polygon":
        rings = _polygon(geometry["coordinates"])
        return {"type": "Polygon", "coordinates": rings} if rings else None
    parts = [p for p in (_polygon(x) for x in geometry["coordinates"]) if p]
    return {"type": "MultiPolygon", "coordinates": parts} if parts else None


def build(shared: Path, target: Path = TARGET) -> int:
    data = json.loads((shared / SOURCE).read_text(encoding="utf-8"))
    features = []
    for f in data["features"]:
        geometry = simplify(f["geometry"]) if f.get("geometry") else None
        if geometry:
            features.append({"type": "Feature", "geometry": geometry,
                             "properties": {k: f["properties"].get(k) for k in KEEP}})
    target.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False,
                                 separators=(",", ":")), encoding="utf-8")
    return len(features)


def main(argv: list[str]) -> int:
    shared = Path(argv[0]) if argv else Path.cwd().parent / "shared"
    if not (shared / SOURCE).is_file():
        print(f"basemap: {shared / SOURCE} not found (give the shared folder as the argument)", file=sys.stderr)
        return 2
    n = build(shared)
    print(f"basemap: {n} countries written to {TARGET} ({TARGET.stat().st_size // 1024} KiB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
