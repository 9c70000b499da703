"""A made-up municipal logo for the demo vault (a real municipality points org.logo_path at its
own PNG or JPEG)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

DEMO_LOGO_NAME = "demo-logo.png"


def make_demo_logo(directory: Path, size: int = 240) -> Path:
    """Save the demo emblem as PNG in directory."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / DEMO_LOGO_NAME
    path.write_bytes(demo_logo_png(size))
    return path


def demo_logo_png(size: int = 240) -> bytes:
    """A simple emblem: a blue shield with three white waves."""
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    blue, white = (29, 78, 137, 255), (255, 255, 255, 255)
    m = size // 12
    # Shield: a rounded top and a pointed bottom.
    draw.rounded_rectangle((m, m, size - m, size * 0.62), radius=size // 10, fill=blue)
    draw.polygon([(m, size * 0.55), (size - m, size * 0.55), (size / 2, size - m)], fill=blue)
    for i in range(3):
        y = size * (0.30 + 0.14 * i)
        points = []
        for step in range(0, 41):
            x = m * 2 + (size - 4 * m) * step / 40
            wave = size * 0.035 * (1 if step % 10 < 5 else -1)
            points.append((x, y + (wave if step % 5 else 0)))
        draw.line(points, fill=white, width=max(2, size // 28), joint="curve")
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
