"""Three-way merge of article bodies, block by block (base = the last synced copy).

The units are the canonical HTML of the top-level blocks (a paragraph, a heading, a
whole list or quote), so formatting and direction travel with the text. A region that
only one side changed takes that side; a region both changed the same way takes it
once; a region both changed differently is a conflict the writer settles.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from newsdesk.text.article_html import parse, serialise


class MergeKind(StrEnum):
    """How a region of the merged article came about."""

    SAME = "same"
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class MergeRegion:
    """A run of blocks: what the base, mine and theirs hold there."""

    kind: MergeKind
    base: tuple[str, ...]
    mine: tuple[str, ...]
    theirs: tuple[str, ...]

    @property
    def merged(self) -> tuple[str, ...]:
        """Return the blocks the merge takes (mine for an unsettled conflict)."""
        return self.theirs if self.kind == MergeKind.THEIRS else self.mine


def blocks_of(fragment: str) -> list[str]:
    """Return the canonical HTML of every top-level block."""
    return [serialise([node]) for node in parse(fragment)]


def _matches(base: list[str], other: list[str]) -> dict[int, int]:
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    return {
        block.a + offset: block.b + offset
        for block in matcher.get_matching_blocks()
        for offset in range(block.size)
    }


def merge_blocks(base: list[str], mine: list[str], theirs: list[str]) -> list[MergeRegion]:
    """Merge two edits of base, region by region."""
    in_mine, in_theirs = _matches(base, mine), _matches(base, theirs)
    # Anchors: base blocks both sides kept, in an order both sides agree on.
    anchors = [
        (index, in_mine[index], in_theirs[index])
        for index in range(len(base))
        if index in in_mine and index in in_theirs
    ]
    regions: list[MergeRegion] = []
    previous = (-1, -1, -1)
    for anchor in [*anchors, (len(base), len(mine), len(theirs))]:
        if anchor[1] <= previous[1] or anchor[2] <= previous[2]:
            continue  # crossed moves: leave the block to the region around it
        chunk_base = tuple(base[previous[0] + 1 : anchor[0]])
        chunk_mine = tuple(mine[previous[1] + 1 : anchor[1]])
        chunk_theirs = tuple(theirs[previous[2] + 1 : anchor[2]])
        if len(chunk_base) == len(chunk_mine) == len(chunk_theirs):
            # Blocks edited in place on both sides: settle them one block at a time.
            regions += [
                _region((old,), (new_mine,), (new_theirs,))
                for old, new_mine, new_theirs in zip(
                    chunk_base, chunk_mine, chunk_theirs, strict=True
                )
            ]
        elif chunk_base or chunk_mine or chunk_theirs:
            regions.append(_region(chunk_base, chunk_mine, chunk_theirs))
        if anchor[0] < len(base):
            kept = (base[anchor[0]],)
            regions.append(MergeRegion(MergeKind.SAME, kept, kept, kept))
        previous = anchor
    return regions


def _region(base: tuple[str, ...], mine: tuple[str, ...], theirs: tuple[str, ...]) -> MergeRegion:
    if mine == theirs:
        kind = MergeKind.SAME if mine == base else MergeKind.BOTH
    elif mine == base:
        kind = MergeKind.THEIRS
    elif theirs == base:
        kind = MergeKind.MINE
    else:
        kind = MergeKind.CONFLICT
    return MergeRegion(kind, base, mine, theirs)


def merge_html(base: str, mine: str, theirs: str) -> list[MergeRegion]:
    """Merge three article bodies given as canonical HTML."""
    return merge_blocks(blocks_of(base), blocks_of(mine), blocks_of(theirs))


def merged_html(regions: list[MergeRegion], choices: dict[int, tuple[str, ...]]) -> str:
    """Join the regions into a body; choices replace the blocks of conflicts by index."""
    blocks: list[str] = []
    for index, region in enumerate(regions):
        blocks += choices.get(index, region.merged)
    return "\n".join(blocks)
