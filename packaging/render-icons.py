"""Render the application icon into the hicolor theme sizes the Linux desktop asks for.

The master is resources/icons/newsdesk.svg; this writes

    resources/icons/hicolor/scalable/apps/org.newsdesk.Newsdesk.svg
    resources/icons/hicolor/<N>x<N>/apps/org.newsdesk.Newsdesk.png   (N in SIZES)

with QtSvg on the offscreen platform, so it runs without a display. The PNGs are
committed assets: run this again after changing the SVG.

Usage: .venv/bin/python packaging/render-icons.py [--check]
  --check   render to memory and fail if a committed file differs or is missing
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_ID = "org.newsdesk.Newsdesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icons" / "newsdesk.svg"
THEME = ROOT / "resources" / "icons" / "hicolor"


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """Return the PNG bytes of the icon drawn into a transparent size x size square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def targets() -> dict[Path, bytes | None]:
    """Return each output file with its content (None: a copy of the master SVG)."""
    renderer = QSvgRenderer(str(MASTER))
    if not renderer.isValid():
        raise RuntimeError(f"{MASTER} is not an SVG QtSvg can draw")
    outputs: dict[Path, bytes | None] = {THEME / "scalable" / "apps" / f"{APP_ID}.svg": None}
    for size in SIZES:
        outputs[THEME / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = render(renderer, size)
    return outputs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the files")
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    stale = []
    for path, content in targets().items():
        expected = MASTER.read_bytes() if content is None else content
        if args.check:
            if not path.is_file() or path.read_bytes() != expected:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is None:
            shutil.copyfile(MASTER, path)
        else:
            path.write_bytes(content)
        print(path.relative_to(ROOT))
    del app
    if stale:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        print("run: .venv/bin/python packaging/render-icons.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
