"""Tests for word counts and reading-time estimates."""

from __future__ import annotations

import pytest

from newsdesk.text.counts import READING_WORDS_PER_MINUTE, reading_minutes, word_count


def test_word_count_arabic_sentence():
    assert word_count("قال المبعوث الأممي إن المحادثات ستستأنف") == 6


def test_word_count_empty_and_blank_text():
    assert word_count("") == 0
    assert word_count(" \t\n ") == 0


@pytest.mark.parametrize("token", ["—", "..!", "،", "؟", "«»", "ـــ", "\u064e", "-"])
def test_word_count_ignores_punctuation_only_tokens(token):
    assert word_count(f"خبر {token} عاجل") == 2


@pytest.mark.parametrize("token", ["2254", "٢٠٢٤", "COVID-19", "و", "«العقوبات»", "د.محمد"])
def test_word_count_counts_tokens_with_letters_or_digits(token):
    assert word_count(token) == 1


def test_word_count_mixed_text_and_whitespace():
    text = "  القرار 2254 —  صدر عن\tمجلس الأمن\n\nعام ٢٠١٥ .  "
    assert word_count(text) == 8


def test_reading_minutes_zero_words():
    assert reading_minutes(0) == 0


@pytest.mark.parametrize(
    ("words", "minutes"),
    [(1, 1), (199, 1), (200, 1), (201, 2), (400, 2), (401, 3), (1_000_001, 5001)],
)
def test_reading_minutes_rounds_up(words, minutes):
    assert reading_minutes(words) == minutes


def test_reading_minutes_uses_conservative_rate():
    assert READING_WORDS_PER_MINUTE == 200


def test_reading_minutes_rejects_negative_counts():
    with pytest.raises(ValueError, match="negative"):
        reading_minutes(-1)
