"""Tests for paragraph direction, isolation and bidi control detection."""

from __future__ import annotations

import pytest

from newsdesk.text.bidi import (
    Direction,
    has_bidi_controls,
    isolate,
    paragraph_direction,
    strong_counts,
)


def test_direction_values_are_css_keywords():
    assert Direction.RTL == "rtl"
    assert Direction.LTR == "ltr"


def test_strong_counts_counts_arabic_hebrew_and_latin():
    # Arabic letters are AL, Hebrew letters R, Latin letters L; digits and spaces are weak.
    assert strong_counts("قال UN 2254 שלום") == (7, 2)


def test_strong_counts_ignores_weak_and_neutral_characters():
    assert strong_counts("2254 ٢٠٢٤ — ، . \u064e") == (0, 0)


def test_paragraph_direction_arabic_sentence_is_rtl():
    assert paragraph_direction("قال المبعوث الأممي إن المحادثات ستستأنف") is Direction.RTL


def test_paragraph_direction_latin_sentence_is_ltr():
    assert paragraph_direction("The talks will resume next week") is Direction.LTR


def test_paragraph_direction_arabic_opening_with_latin_name_is_rtl():
    text = "Geir Pedersen قال إن المبعوث الأممي سيزور دمشق الأسبوع المقبل"
    assert paragraph_direction(text) is Direction.RTL
    assert paragraph_direction(text, base=Direction.LTR) is Direction.RTL


def test_paragraph_direction_brief_example_is_rtl():
    # 12 Latin letters against 12 Arabic ones: the tie goes to the RTL base.
    assert paragraph_direction("Geir Pedersen قال إن المبعوث …") is Direction.RTL


def test_paragraph_direction_english_with_arabic_quote_is_ltr():
    assert paragraph_direction("The UN envoy قال") is Direction.LTR


def test_paragraph_direction_majority_beats_first_strong():
    assert paragraph_direction("ب The envoy said") is Direction.LTR


@pytest.mark.parametrize("text", ["", "2254", "٢٠٢٤ - 15%", "  ...  ", "ab قل"])
@pytest.mark.parametrize("base", list(Direction))
def test_paragraph_direction_tie_gives_base(text, base):
    assert paragraph_direction(text, base) is base


def test_paragraph_direction_default_base_is_rtl():
    assert paragraph_direction("2254") is Direction.RTL


def test_isolate_wraps_in_fsi_and_pdi():
    assert isolate("Geir Pedersen") == "\u2068Geir Pedersen\u2069"


def test_isolate_empty_text():
    assert isolate("") == "\u2068\u2069"


@pytest.mark.parametrize(
    "control",
    [
        "\u202a",
        "\u202b",
        "\u202c",
        "\u202d",
        "\u202e",
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
        "\u200e",
        "\u200f",
        "\u061c",
    ],
)
def test_has_bidi_controls_finds_each_control(control):
    assert has_bidi_controls(f"اسم{control}name")


@pytest.mark.parametrize(
    "text",
    ["", "محمد", "Geir Pedersen قال", "لا\u200cيمكن", "zero\u200bwidth", "\ufeffبيان"],
)
def test_has_bidi_controls_ignores_plain_and_zero_width_text(text):
    assert not has_bidi_controls(text)


def test_has_bidi_controls_true_for_isolated_text():
    assert has_bidi_controls(isolate("محمد"))
