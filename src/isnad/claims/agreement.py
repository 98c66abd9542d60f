"""Agreement of a speaker phrase with a cue inflected for gender and number (read by the speaker and resolution
passes)."""
from __future__ import annotations

from .frame import PhraseInfo
from .phrases import PLURAL_ENDINGS


def agrees(info: PhraseInfo, g: str | None, n: str | None) -> bool:
    """Does the phrase described by ``info`` agree with a cue inflected for gender ``g`` and number ``n``?"""
    if g is None:
        return True
    ig, inum = info.gender, info.number
    if n == "s":
        if g == "f":
            return ig == "f"
        return ig == "m" and inum == "s"
    if n == "d":
        return inum == "d"
    if n == "p":
        if info.name and " " not in info.name.strip() and info.name.strip().endswith(PLURAL_ENDINGS):
            return True  # a bare word read as a name may be a plural noun (قال مزارعون …، وأكدوا)
        return inum in ("p", "d") and (ig == "m" or info.type == "group")
    return True
