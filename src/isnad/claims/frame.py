"""The frame: one reporting cue and what the passes find around it, with enums for its codes.

A :class:`Frame` is created by the cue pass (:mod:`.cues`) and filled in by the passes that follow, each writing
its own fields: the speaker pass (``speaker``, ``how``, ``demo``, ``subjpron``), the content pass (``cstart``,
``ctype``), the attribution pass (``recipient``, ``relay``, ``via``), the bounds pass (``cend``, ``parent``,
``dropped``) and resolution (``sp_span``, ``info``, ``rec_span``). Token positions are indices into
``Article.tokens`` (ranges ``[a, b)``); ``cstart``/``cend``, ``sp_span`` and ``rec_span`` are character offsets.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

from .lexicon import CueForm, CueKind


class How(Enum):
    """Where a frame's speaker was found."""

    POST = "post"  # the phrase after the verb (VS order: قال المسؤول)
    PRE = "pre"  # the phrase before the verb (SV order: المسؤول قال)
    REL = "rel"  # the antecedent of a relative clause or an asyndetic relative (موسكو، التي تنفي / تقرير زعم)
    DOC = "doc"  # the issuer of a statement the cue sits in (أصدرت النقابة بياناً تدعو فيه)
    GEN = "gen"  # the genitive of a cue noun (تأكيد الوزير أن)
    RELAY = "relay"  # the source a relay names (نقلت X عن Y: Y)
    ATTR = "attr"  # the source of a prepositional attribution (بحسب X، نقلاً عن X)
    PRON = "pron"  # a pronoun: on لكن or a complementiser before the verb (لكنه نفى، إنه أكد)
    CONT = "cont"  # a participle or masdar continuing another claim (مؤكداً، مشيراً إلى)
    ELIDED = "elided"  # none written (وأضاف): resolved to an antecedent
    SELF = "self"  # the cue is its own source: an impersonal passive (أفيد بأن) or a report noun (أنباء عن)


class ContentType(Enum):
    """How the reported content starts."""

    CLAUSE = "clause"  # after a complementiser (أن، إن، بأن)
    COLON = "colon"  # after a colon, or words quoted without one (وقالت نحن …)
    QUOTE = "quote"  # at a quotation
    NP = "np"  # a noun-phrase object (نفى الاتهامات)
    REF = "ref"  # the clause before "، وهو ما تنفيه X"


class Placement(Enum):
    """Where a prepositional attribution stands relative to the words it scopes over."""

    LEAD = "lead"  # before them (بحسب X، …)
    TRAIL = "trail"  # after them (…، بحسب X)


Range = tuple[int, int]  # a token range [a, b) or a character span


@dataclass
class PhraseInfo:
    """What a speaker phrase names: its type (``isnad.model.Speaker.type``), gender, number and the person's
    name in it (surface form and token range)."""

    type: str
    gender: str | None
    number: str | None
    name: str | None
    name_span: Range | None


class Zone(NamedTuple):
    """What stands between a cue (or its speaker) and its words (:meth:`.positions.Positions.zone`): where it
    ends, and the resumptive pronoun, recipient and relay met on the way (token ranges)."""

    end: int
    resump: bool
    recipient: Range | None
    relay: Range | None


class Mention(NamedTuple):
    """A speaker-like phrase met in the article (token range), and whether it stands in subject position."""

    a: int
    b: int
    subject: bool


@dataclass
class Frame:
    a: int  # cue tokens [a, b)
    b: int
    form: CueForm
    sent: int
    objpron: bool = False  # an object pronoun on the cue (أكدها، ينفيه)
    conj: bool = False  # the cue carries و/ف (وأضاف، فقال)
    # speaker pass
    speaker: Range | None = None
    how: How = How.ELIDED
    demo: Range | None = None  # a demonstrative object (أكد ذلك)
    resump: bool = False  # a resumptive pronoun after the cue (بيان اتهم فيه)
    subjpron: bool = False  # the subject is a pronoun on the word before the verb (لكنه نفى، إلا أنها أكدت)
    # attribution pass
    recipient: Range | None = None
    relay: Range | None = None  # the party that passed the words on (نقلت X عن …)
    relay_self: bool = False  # the frame's own speaker relays a quoted source (زعمت نقلاً عن Y)
    attr: Placement | None = None  # for prepositional attributions
    attr_verb: bool = False  # a verb inside "وفق ما أفاد X" / "كما أعلنت X"
    # content pass
    cstart: int | None = None
    ctype: ContentType | None = None
    ref_prev: bool = False  # "…، وهو ما تنفيه X": the words are the clause before
    described: int | None = None  # where the object of a cue of naming starts (وصف الهجوم بأنه …: الهجوم)
    merged_cue: Range | None = None  # the cue with what it took in (its preposition, a masdar of قال)
    cue_span: Range | None = None  # tokens of the cue as written (with its preposition: شدد على)
    consumed: int = 0  # tokens before this index were read as part of this frame (a relay, a masdar)
    # bounds pass
    cend: int | None = None
    attr_cut: int | None = None  # where a trailing attribution cuts the content
    parent: "Frame | None" = None
    dropped: bool = False
    # resolution
    sp_span: Range | None = None  # character span of the (resolved) speaker
    info: PhraseInfo | None = None
    via: list[tuple[Range, "Frame | None"]] = field(default_factory=list)
    rec_span: Range | None = None
    id: str | None = None

    @property
    def kind(self) -> CueKind:
        return self.form.kind

    def take(self, zone: Zone) -> int:
        """Record what :meth:`.positions.Positions.zone` met (asked with ``frame=self``); return where it ended."""
        if zone.resump:
            self.resump = True
        if zone.recipient is not None:
            self.recipient = zone.recipient
        if zone.relay is not None:
            self.relay = zone.relay
        return zone.end

    def cue_start(self) -> int:
        """First token of the cue as merged (a leading attribution word: كما أعلنت)."""
        return self.merged_cue[0] if self.merged_cue else self.a
