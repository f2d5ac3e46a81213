"""Shared helpers for the benchmarks: timing, tables, and a generator of Arabic news articles.

Nothing here is measured by itself. The benchmark scripts beside this file import it
(they put ``bench/`` on ``sys.path`` simply by being run from it).
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import time
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping, Sequence

SEED = 20240229

# --------------------------------------------------------------------------- timing


def time_callable(fn: Callable[[], object], repeat: int = 7, warmup: int = 1) -> list[float]:
    """Call fn warmup times untimed, then repeat times; return each call's seconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def median_time(fn: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    """Return the median seconds of fn over repeat calls after warmup untimed ones."""
    return statistics.median(time_callable(fn, repeat, warmup))


class CommandFailed(RuntimeError):
    """A timed command exited with a non-zero status or timed out."""

    def __init__(self, command: Sequence[str], detail: str) -> None:
        """Keep the command and a one-line reason."""
        super().__init__(f"{' '.join(command)}: {detail}")
        self.command = list(command)
        self.detail = detail


def _last_line(output: str) -> str:
    lines = [line.strip() for line in output.strip().splitlines() if line.strip()]
    return lines[-1] if lines else ""


def time_command(
    command: Sequence[str],
    runs: int = 10,
    env: Mapping[str, str] | None = None,
    timeout: float = 120.0,
    warmup: int = 1,
) -> list[float]:
    """Run command warmup times untimed, then runs times; return each run's wall-clock seconds.

    env is added to (not substituted for) the current environment. Output is captured
    and discarded; a non-zero exit or a timeout raises CommandFailed with the last line
    of stderr (or stdout) as detail.
    """
    full_env = {**os.environ, **(env or {})}

    def once() -> float:
        start = time.perf_counter()
        try:
            done = subprocess.run(
                list(command),
                env=full_env,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise CommandFailed(command, f"timed out after {timeout:g} s") from error
        except OSError as error:
            raise CommandFailed(command, str(error)) from error
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            reason = _last_line(done.stderr) or _last_line(done.stdout) or "no output"
            raise CommandFailed(command, f"exit status {done.returncode}: {reason}")
        return elapsed

    for _ in range(warmup):
        once()
    return [once() for _ in range(runs)]


# --------------------------------------------------------------------------- tables


def display_width(text: str) -> int:
    """Return how many terminal columns text takes (combining marks and controls take none)."""
    return sum(0 if unicodedata.category(ch) in ("Mn", "Me", "Cf") else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * max(0, width - display_width(text))
    return gap + text if right else text + gap


def print_aligned(
    headers: Sequence[str], rows: Sequence[Sequence[str]], right: Sequence[bool] | None = None
) -> None:
    """Print rows under headers in aligned columns (right-aligned where right[i])."""
    right = list(right) if right is not None else [False] + [True] * (len(headers) - 1)
    widths = [
        max(display_width(str(cell)) for cell in column)
        for column in zip(headers, *rows, strict=True)
    ]
    line = "  ".join(
        _pad(header, width, flag)
        for header, width, flag in zip(headers, widths, right, strict=True)
    )
    print(line)
    print("  ".join("-" * width for width in widths))
    for row in rows:
        print(
            "  ".join(
                _pad(str(cell), width, flag)
                for cell, width, flag in zip(row, widths, right, strict=True)
            )
        )


def format_seconds(seconds: float) -> str:
    """Return seconds as a short figure in s, ms or µs."""
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds * 1e6:.0f} µs"


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a ratio table; a figure of None prints as 'unavailable'.

    unit "s" formats the figures as durations; any other unit is printed after the number
    (e.g. "articles/s"). The ratio is always newsdesk / baseline of the same figure.
    """

    operation: str
    newsdesk: float | None
    baseline: float | None
    unit: str = "s"


def _format_figure(value: float | None, unit: str) -> str:
    if value is None:
        return "unavailable"
    if unit == "s":
        return format_seconds(value)
    return f"{value:,.0f} {unit}"


def print_table(
    title: str,
    rows: Sequence[Row],
    newsdesk_label: str = "newsdesk",
    baseline_label: str = "baseline",
    notes: Sequence[str] = (),
) -> None:
    """Print a titled table: operation, newsdesk figure, baseline figure, ratio."""
    print(f"\n{title}")
    cells = []
    for row in rows:
        if row.newsdesk is not None and row.baseline:
            ratio = f"{row.newsdesk / row.baseline:.2f}x"
        else:
            ratio = "-"
        cells.append(
            [
                row.operation,
                _format_figure(row.newsdesk, row.unit),
                _format_figure(row.baseline, row.unit),
                ratio,
            ]
        )
    print_aligned(["operation", newsdesk_label, baseline_label, "ratio"], cells)
    for note in notes:
        print(f"  {note}")


# --------------------------------------------------------------------------- Arabic articles


def _words(text: str) -> list[str]:
    return text.split()


# Real words of Arabic news copy, most frequent first (function words, then news words).
# Zipf rank follows this order, so the early news words are the "frequent" ones.
FUNCTION_WORDS = _words("""
في من على إلى أن عن مع هذا هذه التي الذي الذين كان كانت قال قالت أكد أعلن أشار
أوضح وأضاف وقال حيث بعد قبل خلال بين حول منذ حتى ضد لدى عند أمام أيضا كما لكن
أو ثم ما لا لم لن قد كل بعض جميع عدد أكثر أقل أول آخر اليوم أمس غدا وفي ومن إن
هناك هنا فيما بينما إذا لأن عبر نحو حوالي بنسبة المئة
""")

NEWS_WORDS = _words("""
الرئيس الوزير مجلس الدولة الشعب البرلمان الحزب الجيش القوات الشرطة المتحدث باسم
بيان مؤتمر صحفي اجتماع قمة مفاوضات اتفاق السلام الحرب الصراع العلاقات الحكومة
الأمن الأمم المتحدة النواب السلطات الرسمية الأزمة الاتفاقية الدبلوماسية السفير
السفارة الخارجية الداخلية الدفاع المالية الاقتصاد الاقتصادية التجارة الاستثمار
البنك المركزي الدولار الجنيه الدينار الريال الأسعار التضخم النفط الغاز الطاقة
الكهرباء المياه الزراعة الصناعة الشركات الشركة السوق الأسواق البورصة الأسهم
الميزانية الموازنة الضرائب الديون القرض صندوق النقد الدولي الدولية العالمي
العالمية الاتحاد الأوروبي الأفريقي العربية العربي جامعة الخليج الشرق الأوسط
الغرب الشمال الجنوب المنطقة الإقليمي الحدود اللاجئين المهاجرين الإنسانية المساعدات
الإغاثة الصحة المستشفى المستشفيات الأطباء المرضى الوباء اللقاح التعليم المدارس
الطلاب الجامعات الامتحانات الثقافة الفن المهرجان السينما الرياضة المباراة المنتخب
الفريق الدوري البطولة كأس العالم الهدف اللاعب المدرب الملعب الجمهور الفوز الخسارة
التعادل النتيجة مصر السعودية الإمارات قطر الكويت البحرين الأردن لبنان سوريا العراق
فلسطين إسرائيل اليمن ليبيا تونس الجزائر المغرب السودان تركيا إيران روسيا الصين
أمريكا الولايات فرنسا بريطانيا ألمانيا القاهرة الرياض بيروت دمشق بغداد غزة القدس
طهران أنقرة واشنطن موسكو باريس لندن يأتي تأتي يجب يمكن تم جرى أجرى شهد شهدت تشهد
أدى أسفر مقتل إصابة قتلى جرحى ضحايا انفجار هجوم قصف غارة عملية عمليات اعتقال محكمة
القضاء القاضي حكم قرار قانون مشروع الدستور حقوق الإنسان الحرية الصحافة الإعلام
وسائل التواصل الاجتماعي الإنترنت التكنولوجيا الذكاء الاصطناعي الهاتف التطبيق
المواطنين المواطن السكان المدينة القرية المحافظة الحي الشارع الطريق المطار الميناء
البناء الإسكان الفقر البطالة الشباب المرأة الأطفال الأسر العائلات مسؤول المسؤولين
رئاسة الرئاسة سؤال مسألة شؤون الشؤون هيئة البيئة المناخ الأمطار الطقس درجات الحرارة
فيضانات زلزال إنتاج إنشاء إطلاق إعلان إجراءات الإجراءات إصلاح الإصلاحات أزمة آلاف
آخرين تأكيد مبادرة خطة برنامج الاستراتيجية التنمية المستدامة التعاون الشراكة الدعم
التمويل الاستقرار الإرهاب المسلحين الجماعات وقف النار الهدنة المعبر الحصار أعلنت
وزارة الوزراء رئيس الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت يناير فبراير
مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر مليون مليار ألف
الأسبوع الشهر العام السنة الماضي المقبل الحالي الجاري صباح مساء يوم مصادر مطلعة
وكالة الأنباء تقرير تقارير الصادر مراسل ميدانية مستوى ارتفاع انخفاض زيادة تراجع
نمو معدل نسبة الصادرات الواردات العملة الأجنبية الذهب المعادن القمح الغذاء الأمن
الغذائي الفلاحين المزارعين الموسم المحاصيل الصيف الشتاء
""")

LATIN_NAMES = _words(
    "Reuters AFP AP Biden Macron Trump Putin Erdogan Guterres OPEC NATO UNICEF "
    "CNN BBC Google Meta Apple Tesla FIFA IMF"
)

SECTIONS = ("سياسة", "اقتصاد", "رياضة", "ثقافة", "صحة", "تكنولوجيا", "دولي", "محليات")
TAGS = (
    "مصر", "السعودية", "الأردن", "لبنان", "العراق", "فلسطين", "الخليج", "النفط",
    "الانتخابات", "كرة القدم", "المناخ", "التعليم", "الذكاء الاصطناعي", "الأمم المتحدة",
)  # fmt: skip

# Letters synthetic words are built from (common ones repeated so they come up more).
_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "الملنيوترسبه"
# fatha, damma, kasra, sukun, shadda with fatha
_HARAKAT = ("\u064e", "\u064f", "\u0650", "\u0652", "\u0651\u064e")
_TANWEEN = ("\u064b", "\u064c", "\u064d")
_TATWEEL = "\u0640"
# Letters that do not join the next one: tatweel after them would be wrong.
_NON_JOINING = set("اأإآدذرزوؤءةى")
_ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# How hamza seats, alef maqsura and teh marbuta are commonly mis-spelled in news copy.
_VARIANT = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "ئ"})


def spelling_variant(word: str) -> str:
    """Return word as it is often mis-spelled (bare alef, ئ for ؤ, final ي for ى, ه for ة)."""
    variant = word.translate(_VARIANT)
    if variant.endswith("ى"):
        variant = variant[:-1] + "ي"
    if variant.endswith("ة"):
        variant = variant[:-1] + "ه"
    return variant


def _synthetic_words(rng: random.Random, count: int, taken: set[str]) -> list[str]:
    words: list[str] = []
    seen = set(taken)
    while len(words) < count:
        stem = "".join(rng.choice(_LETTERS) for _ in range(rng.randint(4, 7)))
        word = "ال" + stem if rng.random() < 0.3 else stem
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words


@dataclass(frozen=True, slots=True)
class GeneratedArticle:
    """A generated article: raw texts plus which vocabulary words it uses (by index)."""

    title: str
    paragraphs: tuple[str, ...]
    section: str
    tags: tuple[str, ...]
    word_ids: frozenset[int] = field(repr=False)

    @property
    def body_html(self) -> str:
        """Return the paragraphs as the store's article HTML."""
        return "\n".join(f'<p dir="rtl">{paragraph}</p>' for paragraph in self.paragraphs)

    @property
    def raw_text(self) -> str:
        """Return title and paragraphs as plain, un-normalised text."""
        return "\n".join((self.title, *self.paragraphs))


class ArticleGenerator:
    """Deterministic Arabic news articles with Zipf-distributed words.

    The vocabulary is the real words above followed by synthetic_count words built from
    letters; word rank r is drawn with weight 1 / r**zipf_s. Each word occurrence may be
    written with harakat (vocalised_p), stretched with tatweel (tatweel_p), or, for words
    that have one, in their common mis-spelling (variant_p). Digits (Western or
    Arabic-Indic) and Latin names are mixed in. Articles have 6-10 paragraphs and about
    400 words.
    """

    def __init__(
        self,
        seed: int = SEED,
        synthetic_count: int = 4000,
        zipf_s: float = 1.1,
        vocalised_p: float = 0.03,
        tatweel_p: float = 0.015,
        variant_p: float = 0.2,
    ) -> None:
        """Build the vocabulary and the Zipf weights from seed."""
        self.rng = random.Random(seed)
        real = list(dict.fromkeys(FUNCTION_WORDS + NEWS_WORDS))
        self.vocabulary: list[str] = real + _synthetic_words(self.rng, synthetic_count, set(real))
        self.real_count = len(real)
        self.function_count = len(dict.fromkeys(FUNCTION_WORDS))
        self.index = {word: position for position, word in enumerate(self.vocabulary)}
        self.variants = [spelling_variant(word) for word in self.vocabulary]
        self.cum_weights: list[float] = []
        total = 0.0
        for rank in range(1, len(self.vocabulary) + 1):
            total += rank**-zipf_s
            self.cum_weights.append(total)
        self.vocalised_p = vocalised_p
        self.tatweel_p = tatweel_p
        self.variant_p = variant_p

    def _draw(self, count: int) -> list[int]:
        return self.rng.choices(range(len(self.vocabulary)), cum_weights=self.cum_weights, k=count)

    def _vocalise(self, word: str) -> str:
        rng = self.rng
        out = []
        for position, letter in enumerate(word):
            out.append(letter)
            if letter == "ا" or (position < 2 and word.startswith("ال")):
                continue
            if rng.random() < 0.6:
                out.append(rng.choice(_HARAKAT))
        if rng.random() < 0.2:
            out.append(rng.choice(_TANWEEN))
        return "".join(out)

    def _stretch(self, word: str) -> str:
        spots = [i for i in range(1, len(word) - 1) if word[i] not in _NON_JOINING]
        if not spots:
            return word
        spot = self.rng.choice(spots)
        return word[: spot + 1] + _TATWEEL * self.rng.randint(1, 4) + word[spot + 1 :]

    def _spell(self, index: int) -> str:
        rng = self.rng
        word = self.vocabulary[index]
        variant = self.variants[index]
        if variant != word and rng.random() < self.variant_p:
            word = variant
        roll = rng.random()
        if roll < self.vocalised_p:
            return self._vocalise(word)
        if roll < self.vocalised_p + self.tatweel_p:
            return self._stretch(word)
        return word

    def _extra_token(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            return rng.choice(LATIN_NAMES)
        number = str(rng.choice((rng.randint(1990, 2025), rng.randint(2, 999))))
        return number.translate(_ARABIC_INDIC) if rng.random() < 0.3 else number

    def _paragraph(self, length: int, ids: set[int]) -> str:
        rng = self.rng
        tokens = []
        for position, index in enumerate(self._draw(length), 1):
            ids.add(index)
            token = self._spell(index)
            if rng.random() < 0.02:
                token = f"{token} {self._extra_token()}"
            if position == length:
                token += "."
            elif rng.random() < 0.07:
                token += rng.choice(("،", "،", ".", ":"))
            tokens.append(token)
        return " ".join(tokens)

    def article(self) -> GeneratedArticle:
        """Return the next article."""
        rng = self.rng
        ids: set[int] = set()
        news = range(self.function_count, self.real_count)
        title_ids = [rng.choice(news) for _ in range(rng.randint(6, 10))]
        ids.update(title_ids)
        title = " ".join(self._spell(index) for index in title_ids)
        paragraph_count = rng.randint(6, 10)
        words = max(paragraph_count * 10, round(rng.gauss(400, 40)))
        cuts = sorted(rng.sample(range(1, words), paragraph_count - 1))
        lengths = [b - a for a, b in zip([0, *cuts], [*cuts, words], strict=True)]
        paragraphs = tuple(self._paragraph(max(length, 3), ids) for length in lengths)
        tags = tuple(rng.sample(TAGS, rng.randint(0, 3)))
        return GeneratedArticle(title, paragraphs, rng.choice(SECTIONS), tags, frozenset(ids))

    def articles(self, count: int) -> list[GeneratedArticle]:
        """Return the next count articles."""
        return [self.article() for _ in range(count)]

    def rank(self, word: str) -> int:
        """Return a vocabulary word's Zipf rank (1 = most frequent)."""
        return self.index[word] + 1
