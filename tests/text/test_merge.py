"""Three-way merge of article bodies, block by block."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdesk.text.merge import MergeKind, merge_blocks, merge_html, merged_html

A, B, C, D = (f'<p dir="rtl">فقرة {name}</p>' for name in ("أولى", "ثانية", "ثالثة", "رابعة"))
B_MINE = '<p dir="rtl">فقرة ثانية بتعديلي</p>'
B_THEIRS = '<p dir="rtl">فقرة ثانية بتعديلهم</p>'
D_THEIRS = '<p dir="rtl">فقرة رابعة بتعديلهم</p>'


def test_merge_takes_each_sides_change_to_different_blocks():
    regions = merge_blocks([A, B, C, D], [A, B_MINE, C, D], [A, B, C, D_THEIRS])
    assert merged_html(regions, {}) == "\n".join([A, B_MINE, C, D_THEIRS])
    assert MergeKind.CONFLICT not in {region.kind for region in regions}


def test_merge_same_change_on_both_sides_is_taken_once():
    regions = merge_blocks([A, B], [A, B_MINE], [A, B_MINE])
    assert merged_html(regions, {}) == "\n".join([A, B_MINE])


def test_merge_different_changes_to_one_block_conflict():
    regions = merge_blocks([A, B, C], [A, B_MINE, C], [A, B_THEIRS, C])
    conflicts = [index for index, region in enumerate(regions) if region.kind == MergeKind.CONFLICT]
    assert len(conflicts) == 1
    region = regions[conflicts[0]]
    assert (region.base, region.mine, region.theirs) == ((B,), (B_MINE,), (B_THEIRS,))
    assert merged_html(regions, {conflicts[0]: region.theirs}) == "\n".join([A, B_THEIRS, C])


def test_merge_deleted_block_on_one_side_is_deleted():
    regions = merge_blocks([A, B, C], [A, C], [A, B, C])
    assert merged_html(regions, {}) == "\n".join([A, C])


def test_merge_added_blocks_on_both_sides_at_different_places_are_kept():
    regions = merge_blocks([A, C], [A, B, C], [A, C, D])
    assert merged_html(regions, {}) == "\n".join([A, B, C, D])


def test_merge_html_keeps_lists_whole():
    base = '<ul dir="rtl">\n<li dir="rtl">بند</li>\n</ul>'
    regions = merge_html(base, base, base + "\n" + A)
    assert merged_html(regions, {}) == base + "\n" + A


blocks = st.lists(st.sampled_from([A, B, C, D, B_MINE, B_THEIRS, D_THEIRS]), max_size=6)


@given(blocks, blocks)
def test_merge_with_unchanged_side_gives_other_side(base, changed):
    assert merged_html(merge_blocks(base, base, changed), {}) == "\n".join(changed)
    assert merged_html(merge_blocks(base, changed, base), {}) == "\n".join(changed)


@given(blocks, blocks, blocks)
def test_merge_regions_cover_both_sides_exactly(base, mine, theirs):
    regions = merge_blocks(base, mine, theirs)
    assert [block for region in regions for block in region.mine] == mine
    assert [block for region in regions for block in region.theirs] == theirs
    assert [block for region in regions for block in region.base] == base


def test_merge_blocks_edited_in_place_are_settled_one_by_one():
    a_theirs = '<p dir="rtl">فقرة أولى بتعديلهم</p>'
    regions = merge_blocks([A, B], [A, B_MINE], [a_theirs, B_THEIRS])
    assert [region.kind for region in regions] == [MergeKind.THEIRS, MergeKind.CONFLICT]
